// SPDX-License-Identifier: MIT
#include "CardEncoder.h"

#include "RenderLogging.h"
#include "YuvConversion.h"

#include <QBuffer>
#include <QImageWriter>

#include <algorithm>
#include <cstring>

#if BALLSDEX_HAVE_LIBWEBP
#include <webp/encode.h>
#endif

namespace ballsdex::render {

QString EncodedImage::fileName() const
{
    return format == ImageFormat::WebP ? QStringLiteral("card.webp") : QStringLiteral("card.png");
}

QString EncodedImage::mimeType() const
{
    return format == ImageFormat::WebP ? QStringLiteral("image/webp") : QStringLiteral("image/png");
}

QString EncodeOptions::cacheTag() const
{
    if (format == ImageFormat::Png)
        return QStringLiteral("png/q%1").arg(quality);
    return QStringLiteral("webp/q%1/m%2/seg%3/sns%4/f%5/%6")
        .arg(QString::number(quality), QString::number(webpMethod), QString::number(webpSegments),
             QString::number(webpSnsStrength), QString::number(webpFilterStrength),
             libwebpImport ? QStringLiteral("libwebp") : QStringLiteral("direct"));
}

bool webpAvailable()
{
#if BALLSDEX_HAVE_LIBWEBP
    return true;
#else
    static const bool available = QImageWriter::supportedImageFormats().contains("webp");
    return available;
#endif
}

namespace {

#if BALLSDEX_HAVE_LIBWEBP
int appendToBuffer(const uint8_t *data, size_t size, const WebPPicture *picture)
{
    static_cast<QByteArray *>(picture->custom_ptr)
        ->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    return 1;
}

// libwebp's BGRA import converts pixel by pixel in plain C and wants straight alpha: measured
// ~10 ms to unpremultiply plus ~12 ms to import a card, against ~1 ms for convertToYuv420().
bool importDirect(const QImage &image, WebPPicture &picture)
{
    picture.use_argb = 0;
    picture.colorspace = WEBP_YUV420A;
    if (!WebPPictureAlloc(&picture))
        return false;
    const bool transparent
        = convertToYuv420(image,
                          {picture.y, picture.u, picture.v, picture.a, picture.y_stride,
                           picture.uv_stride, picture.a_stride});
    if (!transparent) {
        // The plane shares libwebp's allocation; dropping it skips the encoder's alpha scan.
        picture.a = nullptr;
        picture.colorspace = WEBP_YUV420;
    }
    return true;
}

bool importWithLibWebP(const QImage &image, WebPPicture &picture)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32); // BGRA bytes, straight
    picture.use_argb = 0;
    return WebPPictureImportBGRA(&picture, argb.constBits(), static_cast<int>(argb.bytesPerLine()))
        != 0;
}

bool configure(WebPConfig &config, const EncodeOptions &options)
{
    if (!WebPConfigPreset(&config, WEBP_PRESET_DEFAULT, float(std::clamp(options.quality, 0, 100))))
        return false;
    config.method = std::clamp(options.webpMethod, 0, 6);
    config.thread_level = options.webpThreads ? 1 : 0;
    config.segments = std::clamp(options.webpSegments, 1, 4);
    config.sns_strength = std::clamp(options.webpSnsStrength, 0, 100);
    config.filter_strength = std::clamp(options.webpFilterStrength, 0, 100);
    return WebPValidateConfig(&config) != 0;
}

bool runEncoder(const WebPConfig &config, WebPPicture &picture, QByteArray &out)
{
    out.reserve(qsizetype(picture.width) * picture.height / 16);
    picture.writer = appendToBuffer;
    picture.custom_ptr = &out;
    const bool ok = WebPEncode(&config, &picture) != 0;
    if (!ok)
        qCWarning(lcRender) << "WebP encoding failed, libwebp error" << picture.error_code;
    return ok;
}

// libwebp directly: Qt's plugin cannot choose the encoder's method or threads.
bool encodeWebP(const QImage &image, const EncodeOptions &options, QByteArray &out)
{
    WebPConfig config;
    WebPPicture picture;
    if (!configure(config, options) || !WebPPictureInit(&picture))
        return false;
    picture.width = image.width();
    picture.height = image.height();
    const bool direct = !options.libwebpImport && isDirectYuvSource(image.format());
    const bool ok
        = (options.libwebpImport
               ? importWithLibWebP(image, picture)
               : importDirect(direct ? image
                                     : image.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                              picture))
        && runEncoder(config, picture, out);
    WebPPictureFree(&picture);
    return ok;
}

void copyPlane(const uchar *from, int fromStride, uchar *to, int toStride, int width, int rows)
{
    for (int row = 0; row < rows; ++row)
        std::memcpy(to + qsizetype(row) * toStride, from + qsizetype(row) * fromStride,
                    size_t(width));
}

void fillPlane(uchar *to, int stride, int width, int rows)
{
    for (int row = 0; row < rows; ++row)
        std::memset(to + qsizetype(row) * stride, 0xff, size_t(width));
}

bool encodeYuvWebP(const Yuv420Image &base, const QImage &band, int bandTop,
                   const EncodeOptions &options, QByteArray &out)
{
    WebPConfig config;
    WebPPicture picture;
    if (!configure(config, options) || !WebPPictureInit(&picture))
        return false;
    picture.width = base.width();
    picture.height = base.height();
    picture.use_argb = 0;
    picture.colorspace = WEBP_YUV420A;
    if (!WebPPictureAlloc(&picture))
        return false;
    copyPlane(base.y(), base.width(), picture.y, picture.y_stride, base.width(), base.height());
    copyPlane(base.u(), base.uvWidth(), picture.u, picture.uv_stride, base.uvWidth(),
              base.uvHeight());
    copyPlane(base.v(), base.uvWidth(), picture.v, picture.uv_stride, base.uvWidth(),
              base.uvHeight());
    if (base.transparent())
        copyPlane(base.a(), base.width(), picture.a, picture.a_stride, base.width(), base.height());

    const auto at = [](uchar *plane, int stride, int row) {
        return plane + qsizetype(row) * stride;
    };
    const YuvPlanes bandPlanes {at(picture.y, picture.y_stride, bandTop),
                                at(picture.u, picture.uv_stride, bandTop / 2),
                                at(picture.v, picture.uv_stride, bandTop / 2),
                                at(picture.a, picture.a_stride, bandTop),
                                picture.y_stride,
                                picture.uv_stride,
                                picture.a_stride};
    const bool bandTransparent = isDirectYuvSource(band.format())
        ? convertToYuv420(band, bandPlanes)
        : convertToYuv420(band.convertToFormat(QImage::Format_ARGB32_Premultiplied), bandPlanes);
    if (bandTransparent && !base.transparent()) {
        fillPlane(picture.a, picture.a_stride, base.width(), bandTop);
        const int below = bandTop + band.height();
        fillPlane(at(picture.a, picture.a_stride, below), picture.a_stride, base.width(),
                  base.height() - below);
    } else if (!bandTransparent && !base.transparent()) {
        picture.a = nullptr;
        picture.colorspace = WEBP_YUV420;
    }
    const bool ok = runEncoder(config, picture, out);
    WebPPictureFree(&picture);
    return ok;
}
#endif

} // namespace

EncodedImage encodeImage(const QImage &image, ImageFormat format, int quality, int webpMethod)
{
    EncodeOptions options;
    options.format = format;
    options.quality = quality;
    options.webpMethod = webpMethod;
    return encodeImage(image, options);
}

EncodedImage encodeImage(const QImage &image, const EncodeOptions &options)
{
    EncodedImage out;
    if (image.isNull())
        return out;
    ImageFormat format = options.format;
    if (format == ImageFormat::WebP && !webpAvailable()) {
        static const bool warned = [] {
            qCWarning(lcRender) << "WebP writer plugin missing (qt6-image-formats-plugins);"
                                   " writing PNG instead";
            return true;
        }();
        Q_UNUSED(warned);
        format = ImageFormat::Png;
    }
    out.format = format;
#if BALLSDEX_HAVE_LIBWEBP
    if (format == ImageFormat::WebP) {
        if (!encodeWebP(image, options, out.bytes))
            out.bytes.clear();
        return out;
    }
#endif
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == ImageFormat::WebP ? "webp" : "png");
    // For PNG Qt maps quality to zlib effort: 80 → level 1 (fast, ~lossless anyway).
    writer.setQuality(options.quality);
    if (!writer.write(image)) {
        qCWarning(lcRender).noquote() << "image encoding failed:" << writer.errorString();
        out.bytes.clear();
    }
    return out;
}

bool canEncodeYuv(const EncodeOptions &options)
{
#if BALLSDEX_HAVE_LIBWEBP
    return options.format == ImageFormat::WebP && !options.libwebpImport;
#else
    Q_UNUSED(options);
    return false;
#endif
}

EncodedImage encodeYuv(const Yuv420Image &base, const QImage &band, int bandTop,
                       const EncodeOptions &options)
{
    EncodedImage out;
    out.format = ImageFormat::WebP;
    // Row pairs must be the image's own: an odd band height only at the bottom.
    const bool fits = band.width() == base.width() && bandTop >= 0 && bandTop % 2 == 0
        && bandTop + band.height() <= base.height()
        && (band.height() % 2 == 0 || bandTop + band.height() == base.height());
    if (!canEncodeYuv(options) || !fits || base.width() == 0) {
        qCWarning(lcRender) << "encodeYuv: unsupported options or a band outside the image";
        return out;
    }
#if BALLSDEX_HAVE_LIBWEBP
    if (!encodeYuvWebP(base, band, bandTop, options, out.bytes))
        out.bytes.clear();
#endif
    return out;
}

} // namespace ballsdex::render

// SPDX-License-Identifier: MIT
#include "CardEncoder.h"

#include "RenderLogging.h"

#include <QBuffer>
#include <QImageWriter>

#include <algorithm>

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

// libwebp directly: Qt's plugin cannot choose the encoder's method or threads.
bool encodeWebP(const QImage &image, int quality, int method, QByteArray &out)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32); // BGRA bytes, unpremultiplied
    WebPConfig config;
    if (!WebPConfigPreset(&config, WEBP_PRESET_DEFAULT, float(std::clamp(quality, 0, 100))))
        return false;
    config.method = std::clamp(method, 0, 6);
    config.thread_level = 1;
    WebPPicture picture;
    if (!WebPPictureInit(&picture))
        return false;
    picture.use_argb = 0;
    picture.width = argb.width();
    picture.height = argb.height();
    const bool ok
        = WebPPictureImportBGRA(&picture, argb.constBits(), static_cast<int>(argb.bytesPerLine()))
        && [&] {
               picture.writer = appendToBuffer;
               picture.custom_ptr = &out;
               return WebPEncode(&config, &picture) != 0;
           }();
    if (!ok)
        qCWarning(lcRender) << "WebP encoding failed, libwebp error" << picture.error_code;
    WebPPictureFree(&picture);
    return ok;
}
#endif

} // namespace

EncodedImage encodeImage(const QImage &image, ImageFormat format, int quality, int webpMethod)
{
    EncodedImage out;
    if (image.isNull())
        return out;
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
        if (!encodeWebP(image, quality, webpMethod, out.bytes))
            out.bytes.clear();
        return out;
    }
#else
    Q_UNUSED(webpMethod);
#endif
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == ImageFormat::WebP ? "webp" : "png");
    // For PNG Qt maps quality to zlib effort: 80 → level 1 (fast, ~lossless anyway).
    writer.setQuality(quality);
    if (!writer.write(image)) {
        qCWarning(lcRender).noquote() << "image encoding failed:" << writer.errorString();
        out.bytes.clear();
    }
    return out;
}

} // namespace ballsdex::render

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ballsdex::render {

class Yuv420Image;

enum class ImageFormat { WebP, Png };

struct EncodedImage
{
    QByteArray bytes;
    ImageFormat format = ImageFormat::Png; ///< what was written (WebP may fall back to PNG)

    [[nodiscard]] QString fileName() const; ///< "card.webp" or "card.png"
    [[nodiscard]] QString mimeType() const;
};

/// How to encode. The defaults are the production setting for cards: lossy WebP q80, libwebp's
/// fastest method, its analysis on a second thread, our own RGB→YUV conversion. The tuning
/// fields only apply when libwebp is linked in.
struct EncodeOptions
{
    ImageFormat format = ImageFormat::WebP;
    int quality = 80; ///< WebP: lossy quality 0–100; PNG: Qt's zlib mapping (80 → level 1)
    int webpMethod = 0; ///< 0 fast … 6 small
    bool webpThreads = true;
    int webpSegments = 4; ///< 1–4
    int webpSnsStrength = 50; ///< 0–100, spatial noise shaping
    int webpFilterStrength = 60; ///< 0–100, 0 turns the deblocking filter off
    bool libwebpImport = false; ///< libwebp's own RGB→YUV import: the slower reference path

    /// Distinguishes every setting that changes the bytes, for caches.
    [[nodiscard]] QString cacheTag() const;
};

/// Whether WebP can be written here (libwebp linked in, or Qt's image-formats plugin).
bool webpAvailable();

/// Lossy WebP at `quality` (0–100) with libwebp's `webpMethod` (0 fast … 6 small; ignored when
/// only Qt's plugin is available), or PNG (quality 80 = fast zlib level 1); WebP falls back to PNG
/// when the plugin is missing. Empty bytes only if the image is null.
EncodedImage encodeImage(const QImage &image, ImageFormat format, int quality = 80,
                         int webpMethod = 0);

/// The same with every setting; opaque or not, RGB32 and (premultiplied) ARGB32 images are
/// read without a format conversion.
EncodedImage encodeImage(const QImage &image, const EncodeOptions &options);

/// Whether encodeYuv() can honour `options`: WebP through libwebp with our own conversion.
bool canEncodeYuv(const EncodeOptions &options);

/// `base` with `band` converted over its rows from `bandTop` (even) on, as WebP: the same bytes
/// as encodeImage() of the image pasted together, without converting `base` again (see
/// CardLayers). Empty bytes when !canEncodeYuv(options) or the band does not fit.
EncodedImage encodeYuv(const Yuv420Image &base, const QImage &band, int bandTop,
                       const EncodeOptions &options);

} // namespace ballsdex::render

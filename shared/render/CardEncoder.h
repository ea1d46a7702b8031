// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ballsdex::render {

enum class ImageFormat { WebP, Png };

struct EncodedImage
{
    QByteArray bytes;
    ImageFormat format = ImageFormat::Png; ///< what was written (WebP may fall back to PNG)

    [[nodiscard]] QString fileName() const; ///< "card.webp" or "card.png"
    [[nodiscard]] QString mimeType() const;
};

/// Whether WebP can be written here (libwebp linked in, or Qt's image-formats plugin).
bool webpAvailable();

/// Lossy WebP at `quality` (0–100) with libwebp's `webpMethod` (0 fast … 6 small; ignored when
/// only Qt's plugin is available), or PNG (quality 80 = fast zlib level 1); WebP falls back to PNG
/// when the plugin is missing. Empty bytes only if the image is null.
EncodedImage encodeImage(const QImage &image, ImageFormat format, int quality = 80,
                         int webpMethod = 0);

} // namespace ballsdex::render

// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QSize>

namespace ballsdex::render {

/// Source images already scaled to the size a card draws them at (cover fit, premultiplied), so
/// redrawing a card whose texts changed does not scale its artwork again. Thread-safe; keyed by
/// the source's QImage::cacheKey(), which changes whenever the image does.
class FittedImageCache final
{
public:
    explicit FittedImageCache(int maxImages = 12);

    /// `image` scaled to cover `size` (cropped to the centre), in ARGB32 premultiplied.
    [[nodiscard]] QImage coverFit(const QImage &image, QSize size) const;
    /// `image` stretched to exactly `size`, in ARGB32 premultiplied (a card background).
    [[nodiscard]] QImage stretch(const QImage &image, QSize size) const;

private:
    enum class Fit { Cover, Stretch };
    [[nodiscard]] QImage fitted(const QImage &image, QSize size, Fit fit) const;

    mutable QMutex m_mutex;
    mutable QCache<QString, QImage> m_images;
};

} // namespace ballsdex::render

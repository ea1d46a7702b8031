// SPDX-License-Identifier: MIT
#include "render/FittedImageCache.h"

namespace ballsdex::render {

namespace {

QImage scaleToCover(const QImage &image, QSize size)
{
    const QImage scaled
        = image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    return scaled.copy((scaled.width() - size.width()) / 2, (scaled.height() - size.height()) / 2,
                       size.width(), size.height());
}

QImage scaleToFill(const QImage &image, QSize size)
{
    if (image.size() == size)
        return image.copy();
    return image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

FittedImageCache::FittedImageCache(int maxImages)
{
    m_images.setMaxCost(std::max(1, maxImages));
}

QImage FittedImageCache::coverFit(const QImage &image, QSize size) const
{
    return fitted(image, size, Fit::Cover);
}

QImage FittedImageCache::stretch(const QImage &image, QSize size) const
{
    return fitted(image, size, Fit::Stretch);
}

QImage FittedImageCache::fitted(const QImage &image, QSize size, Fit fit) const
{
    const QString key = QStringLiteral("%1/%2x%3/%4")
                            .arg(image.cacheKey())
                            .arg(size.width())
                            .arg(size.height())
                            .arg(fit == Fit::Cover ? 'c' : 's');
    {
        QMutexLocker lock(&m_mutex);
        if (const QImage *cached = m_images.object(key))
            return *cached;
    }
    QImage result = fit == Fit::Cover ? scaleToCover(image, size) : scaleToFill(image, size);
    result.convertTo(QImage::Format_ARGB32_Premultiplied);
    QMutexLocker lock(&m_mutex);
    m_images.insert(key, new QImage(result), 1);
    return result;
}

} // namespace ballsdex::render

// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QCache>
#include <QDateTime>
#include <QImage>
#include <QMutex>
#include <QString>

namespace ballsdex::render {

/// Why an image could not be provided; `path` is the file that was tried.
struct ImageError
{
    QString path;
    QString reason;
};

/// Resolves the media-relative paths stored in the database to decoded images.
class ImageSource
{
public:
    virtual ~ImageSource() = default;
    /// Thread-safe. The same file version yields the same QImage (same cacheKey()).
    [[nodiscard]] virtual Result<QImage, ImageError> image(const QString &mediaPath) const = 0;
};

/// Images from a media directory, decoded once per file version (path, size, mtime) and kept in
/// a bounded cache. A failure is logged once per file version.
class MediaDirectory final : public ImageSource
{
public:
    explicit MediaDirectory(QString root, qsizetype cacheMegabytes = 256);

    [[nodiscard]] Result<QImage, ImageError> image(const QString &mediaPath) const override;
    /// Absolute file name for a stored path; legacy "/static/uploads/" and
    /// "/ballsdex/core/image_generator/src/" prefixes are stripped.
    [[nodiscard]] QString resolve(const QString &mediaPath) const;
    [[nodiscard]] const QString &root() const { return m_root; }

private:
    struct Entry
    {
        qint64 size = -1;
        QDateTime modified;
        Result<QImage, ImageError> image;
    };

    QString m_root;
    mutable QMutex m_mutex;
    mutable QCache<QString, Entry> m_cache;
};

} // namespace ballsdex::render

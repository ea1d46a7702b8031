// SPDX-License-Identifier: MIT
#include "ImageSource.h"

#include "RenderLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace ballsdex::render {

MediaDirectory::MediaDirectory(QString root, qsizetype cacheMegabytes)
    : m_root(std::move(root))
{
    m_cache.setMaxCost(std::max<qsizetype>(1, cacheMegabytes) * 1024);
}

QString MediaDirectory::resolve(const QString &mediaPath) const
{
    QString relative = mediaPath;
    for (const QString &prefix : {QStringLiteral("/static/uploads/"),
                                  QStringLiteral("/ballsdex/core/image_generator/src/")}) {
        if (relative.startsWith(prefix))
            relative = relative.mid(prefix.size());
    }
    if (QDir::isAbsolutePath(relative))
        return relative;
    return QDir(m_root).filePath(relative);
}

Result<QImage, ImageError> MediaDirectory::image(const QString &mediaPath) const
{
    const QString fileName = resolve(mediaPath);
    const QFileInfo info(fileName);
    const qint64 size = info.exists() ? info.size() : -1;
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();

    QMutexLocker lock(&m_mutex);
    if (const Entry *entry = m_cache.object(fileName);
        entry && entry->size == size && entry->modified == modified)
        return entry->image;

    auto entry = std::make_unique<Entry>(Entry {size, modified, QImage()});
    if (mediaPath.isEmpty()) {
        entry->image = fail(ImageError {fileName, QStringLiteral("no file name")});
    } else if (size < 0) {
        entry->image = fail(ImageError {fileName, QStringLiteral("file not found")});
    } else {
        QImageReader reader(fileName);
        QImage decoded = reader.read();
        if (decoded.isNull())
            entry->image = fail(ImageError {fileName, reader.errorString()});
        else
            entry->image = decoded.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    if (!entry->image)
        qCWarning(lcRender).noquote()
            << "cannot load image" << fileName << "-" << entry->image.error().reason;
    Result<QImage, ImageError> result = entry->image;
    const qsizetype cost = result ? std::max<qsizetype>(1, result->sizeInBytes() / 1024) : 1;
    m_cache.insert(fileName, entry.release(), cost);
    return result;
}

} // namespace ballsdex::render

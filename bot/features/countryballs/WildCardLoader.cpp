// SPDX-License-Identifier: MIT
#include "WildCardLoader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QMutex>
#include <QPainter>
#include <QtConcurrentRun>

namespace ballsdex::features::countryballs {

namespace {

struct FileVersion
{
    qint64 size = -1;
    QDateTime modified;

    bool operator==(const FileVersion &) const = default;
};

/// Why @p data cannot be shown, or empty when it decodes (or its format is unknown to this Qt).
QString imageProblem(const QByteArray &data, const QString &suffix)
{
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (reader.format().isEmpty()) {
        const bool decodable
            = QImageReader::supportedImageFormats().contains(suffix.toLower().toLatin1());
        return decodable ? QStringLiteral("not a readable image") : QString();
    }
    if (reader.read().isNull())
        return QStringLiteral("corrupt image (%1)").arg(reader.errorString());
    return {};
}

} // namespace

struct WildCardLoader::Verified
{
    QMutex mutex;
    QHash<QString, FileVersion> versions; ///< path → the version that decoded fine
};

WildCardLoader::WildCardLoader()
    : m_verified(std::make_shared<Verified>())
{
}

QFuture<WildCardImage> WildCardLoader::load(const QString &path) const
{
    return QtConcurrent::run([loader = *this, path] { return loader.read(path); });
}

WildCardImage WildCardLoader::read(const QString &path) const
{
    WildCardImage image;
    if (path.isEmpty()) {
        image.problem = QStringLiteral("no wild card is set");
    } else {
        const QFileInfo info(path);
        const FileVersion version {info.size(), info.lastModified()};
        image.suffix = info.suffix();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            image.problem = file.errorString();
        } else {
            image.data = file.readAll();
            if (image.data.isEmpty()) {
                image.problem = file.error() != QFileDevice::NoError ? file.errorString()
                                                                     : QStringLiteral("empty file");
            } else {
                QMutexLocker lock(&m_verified->mutex);
                const bool known = m_verified->versions.value(path) == version
                    && version.size == image.data.size();
                lock.unlock();
                if (!known)
                    image.problem = imageProblem(image.data, image.suffix);
                if (!known && image.problem.isEmpty()) {
                    lock.relock();
                    m_verified->versions.insert(path, version);
                }
            }
        }
    }
    if (image.isFallback()) {
        image.data = fallbackPng();
        image.suffix = QStringLiteral("png");
    }
    return image;
}

QByteArray WildCardLoader::fallbackPng()
{
    static const QByteArray png = [] {
        QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(70, 70, 70), 8));
        painter.setBrush(QColor(190, 190, 190));
        painter.drawEllipse(QRectF(16, 16, 224, 224));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }();
    return png;
}

} // namespace ballsdex::features::countryballs

// SPDX-License-Identifier: MIT
#include "media/MediaLibrary.h"

#include "media/ImageCheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryFile>

namespace ballsdex::studio {

namespace {

constexpr qint64 largestImport = 100LL * 1024 * 1024;
constexpr int slugLength = 40;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MediaLibrary)
};

QString extensionOf(const QByteArray &format)
{
    return format == "jpeg" ? QStringLiteral("jpg") : QString::fromLatin1(format);
}

bool sameContent(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() == bytes.size() && file.readAll() == bytes;
}

} // namespace

MediaLibrary::MediaLibrary(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{
}

QString MediaLibrary::slug(const QString &nameHint)
{
    const QString decomposed = nameHint.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(c);
        else if (u >= u'A' && u <= u'Z')
            out.append(c.toLower());
        else if (c.isMark())
            continue; // accents stripped from their letters
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    out.truncate(slugLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("image") : out;
}

Result<QString, QString> MediaLibrary::import(const QString &sourcePath, const QString &nameHint)
{
    const QString shown = QDir::toNativeSeparators(sourcePath);
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(Text::tr("%1 cannot be read: %2").arg(shown, source.errorString()));
    if (source.size() > largestImport)
        return fail(Text::tr("%1 is too large to import.").arg(shown));
    QByteArray bytes = source.read(largestImport + 1);
    if (bytes.size() > largestImport)
        return fail(Text::tr("%1 is too large to import.").arg(shown));

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    if (!isAcceptedImageFormat(format)) {
        return fail(Text::tr("%1 is not an image Studio can read (corrupt or unsupported format).")
                        .arg(shown));
    }

    if (!QDir().mkpath(m_root))
        return fail(Text::tr("The media folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(m_root)));
    const QDir dir(m_root);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(10));
    const QString stem = slug(nameHint) + QLatin1Char('-') + hash;
    const QString extension = extensionOf(format);

    QTemporaryFile temporary(dir.filePath(QStringLiteral(".import-XXXXXX")));
    if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush()) {
        return fail(Text::tr("Cannot write into the media folder %1: %2")
                        .arg(QDir::toNativeSeparators(m_root), temporary.errorString()));
    }
    temporary.close();
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const QString suffix
            = attempt == 1 ? QString() : QLatin1Char('-') + QString::number(attempt);
        const QString name = stem + suffix + QLatin1Char('.') + extension;
        const QString target = dir.filePath(name);
        if (QFileInfo::exists(target)) {
            if (sameContent(target, bytes))
                return name;
            continue;
        }
        // rename() never replaces an existing file, so a concurrent import cannot be clobbered.
        if (temporary.rename(target)) {
            temporary.setAutoRemove(false);
            return name;
        }
    }
    return fail(Text::tr("Cannot store %1 in the media folder %2.")
                    .arg(shown, QDir::toNativeSeparators(m_root)));
}

QString MediaLibrary::absolutePath(const QString &relativePath) const
{
    QString path = relativePath;
    for (const auto legacy : {QLatin1String("/static/uploads/"),
                              QLatin1String("/ballsdex/core/image_generator/src/")}) {
        if (path.startsWith(legacy))
            path = path.mid(legacy.size());
    }
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return {};
    const QString cleaned = QDir::cleanPath(path);
    if (cleaned == QLatin1String("..") || cleaned.startsWith(QLatin1String("../")))
        return {};
    return QDir(m_root).filePath(cleaned);
}

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#include "media/ImageCheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace ballsdex::studio {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageCheck)
};

QString sizeText(QSize size)
{
    return Text::tr("%1×%2").arg(size.width()).arg(size.height());
}

Result<void, QString> checkDimensions(const QString &shown, QSize size,
                                      const ImageRequirements &requirements)
{
    const QString actual = sizeText(size);
    if (requirements.minSize.isValid() && requirements.minSize == requirements.maxSize
        && size != requirements.minSize) {
        return fail(Text::tr("%1 is %2 pixels; a %3 must be exactly %4 pixels.")
                        .arg(shown, actual, requirements.purpose, sizeText(requirements.minSize)));
    }
    if (requirements.maxSize.isValid()
        && (size.width() > requirements.maxSize.width()
            || size.height() > requirements.maxSize.height())) {
        return fail(Text::tr("%1 is %2 pixels; a %3 is at most %4 pixels.")
                        .arg(shown, actual, requirements.purpose, sizeText(requirements.maxSize)));
    }
    if (requirements.minSize.isValid()
        && (size.width() < requirements.minSize.width()
            || size.height() < requirements.minSize.height())) {
        return fail(Text::tr("%1 is %2 pixels; a %3 is at least %4 pixels.")
                        .arg(shown, actual, requirements.purpose, sizeText(requirements.minSize)));
    }
    if (requirements.square && size.width() != size.height()) {
        return fail(Text::tr("%1 is %2 pixels; a %3 must be square.")
                        .arg(shown, actual, requirements.purpose));
    }
    return {};
}

} // namespace

bool isAcceptedImageFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "webp";
}

Result<QImage, QString> checkImageFile(const QString &path, const ImageRequirements &requirements)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("%1 does not exist.").arg(shown));
    if (!info.isFile())
        return fail(Text::tr("%1 is not a file.").arg(shown));
    const QLocale locale;
    if (requirements.maxBytes > 0 && info.size() > requirements.maxBytes) {
        return fail(Text::tr("%1 is %2; a %3 may be at most %4.")
                        .arg(shown, locale.formattedDataSize(info.size()), requirements.purpose,
                             locale.formattedDataSize(requirements.maxBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    // Read what was measured, no more: the file may grow between the check and the read.
    const qint64 limit = requirements.maxBytes > 0 ? requirements.maxBytes : info.size();
    QByteArray bytes = file.read(limit + 1);
    if (requirements.maxBytes > 0 && bytes.size() > requirements.maxBytes) {
        return fail(
            Text::tr("%1 is larger than %2; a %3 may be at most %2.")
                .arg(shown, locale.formattedDataSize(requirements.maxBytes), requirements.purpose));
    }

    const QString unreadable
        = Text::tr("%1 is not an image Studio can read (corrupt or unsupported format).")
              .arg(shown);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return fail(unreadable);
    if (!isAcceptedImageFormat(format)) {
        return fail(Text::tr("%1 is a %2 image; Studio accepts PNG, JPEG and WebP.")
                        .arg(shown, QString::fromLatin1(format.toUpper())));
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return fail(unreadable);
    if (auto fits = checkDimensions(shown, size, requirements); !fits)
        return fail(fits.error());

    // Every preset's maxSize decodes within QImageReader's default 128 MB allocation limit.
    QImage image = reader.read();
    if (image.isNull() || image.size() != size)
        return fail(unreadable);
    return image;
}

} // namespace ballsdex::studio

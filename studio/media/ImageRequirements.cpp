// SPDX-License-Identifier: MIT
#include "media/ImageRequirements.h"

#include <QCoreApplication>

namespace ballsdex::studio {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

QString purposeText(const char *text)
{
    return QCoreApplication::translate("ImageRequirements", text);
}

} // namespace

ImageRequirements ImageRequirements::cardBackground()
{
    return {purposeText(QT_TRANSLATE_NOOP("ImageRequirements", "card background")),
            QSize(1428, 2000), QSize(1428, 2000), 20 * mebibyte, false};
}

ImageRequirements ImageRequirements::specialBackground()
{
    return {purposeText(QT_TRANSLATE_NOOP("ImageRequirements", "special background")),
            QSize(1428, 2000), QSize(1428, 2000), 20 * mebibyte, false};
}

ImageRequirements ImageRequirements::wildCard()
{
    return {purposeText(QT_TRANSLATE_NOOP("ImageRequirements", "wild card")), QSize(64, 64),
            QSize(4096, 4096), 10 * mebibyte, false};
}

ImageRequirements ImageRequirements::collectionCard()
{
    return {purposeText(QT_TRANSLATE_NOOP("ImageRequirements", "collection card")), QSize(272, 146),
            QSize(5000, 5000), 20 * mebibyte, false};
}

ImageRequirements ImageRequirements::economyIcon()
{
    return {purposeText(QT_TRANSLATE_NOOP("ImageRequirements", "economy icon")), QSize(64, 64),
            QSize(2048, 2048), 5 * mebibyte, true};
}

} // namespace ballsdex::studio

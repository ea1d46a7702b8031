// SPDX-License-Identifier: MIT
#include "Catalogue.h"

namespace ballsdex::domain {

bool Special::isActiveAt(const QDateTime &at) const
{
    if (startDate && at < *startDate)
        return false;
    if (endDate && at > *endDate)
        return false;
    return true;
}

QString Ball::cardTitle() const
{
    if (shortName && !shortName->trimmed().isEmpty())
        return *shortName;
    return country;
}

QString normaliseNameList(const QString &list)
{
    QStringList parts;
    for (const QString &part : list.split(QLatin1Char(';'))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed.toLower());
    }
    return parts.join(QLatin1Char(';'));
}

QString normaliseGuess(const QString &guess)
{
    QString text = guess.trimmed().toLower();
    text.replace(QChar(0x2019), QLatin1Char('\''));
    text.replace(QChar(0x2018), QLatin1Char('\''));
    text.replace(QChar(0x201C), QLatin1Char('"'));
    text.replace(QChar(0x201D), QLatin1Char('"'));
    return text;
}

bool guessMatches(const Ball &ball, const QString &guess)
{
    const QString normalised = normaliseGuess(guess);
    if (normalised.isEmpty())
        return false;
    if (normalised == ball.country.trimmed().toLower())
        return true;
    for (const QString *list : {&ball.catchNames, &ball.translations}) {
        for (const QString &name : list->split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (normalised == name.trimmed().toLower())
                return true;
        }
    }
    return false;
}

} // namespace ballsdex::domain

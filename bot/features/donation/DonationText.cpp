// SPDX-License-Identifier: MIT
#include "features/donation/DonationText.h"

namespace ballsdex::bot::features {

QString emojiMarkup(const QString &emoji)
{
    const QString trimmed = emoji.trimmed();
    bool numeric = false;
    trimmed.toLongLong(&numeric);
    return numeric ? QStringLiteral("<:_:%1>").arg(trimmed) : trimmed;
}

QString signedNumber(int value)
{
    return (value < 0 ? QString() : QStringLiteral("+")) + QString::number(value);
}

QString userMention(domain::Snowflake id)
{
    return QStringLiteral("<@%1>").arg(id);
}

QString DonationItem::label() const
{
    QString text;
    if (ball.emojiId != 0)
        text += emojiMarkup(QString::number(ball.emojiId)) + QLatin1Char(' ');
    if (special && special->emoji && !special->emoji->trimmed().isEmpty())
        text += emojiMarkup(*special->emoji) + QLatin1Char(' ');
    return text + domain::displayId(instance.id) + QLatin1Char(' ') + ball.country;
}

QString DonationItem::requestDescription() const
{
    return label()
        + QStringLiteral(" ATK:%1% HP:%2%")
              .arg(signedNumber(instance.attackBonus), signedNumber(instance.healthBonus));
}

QString DonationItem::giftDescription() const
{
    return label()
        + QStringLiteral(" (`%1%/%2%`)")
              .arg(signedNumber(instance.attackBonus), signedNumber(instance.healthBonus));
}

} // namespace ballsdex::bot::features

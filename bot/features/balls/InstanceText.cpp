// SPDX-License-Identifier: MIT
#include "features/balls/InstanceText.h"

#include "features/balls/BallsCommands.h"
#include "features/balls/InstanceCard.h"
#include "services/CatalogueCache.h"

namespace ballsdex::bot::features {
namespace {

bool isCustomEmojiId(const QString &emoji)
{
    bool numeric = false;
    emoji.toLongLong(&numeric);
    return numeric;
}

QString prefixes(const services::CatalogueCache &catalogue, const BallsWording &wording,
                 const domain::BallInstance &instance, bool markup)
{
    QString text;
    if (instance.favorite)
        text += wording.favoriteEmoji + QLatin1Char(' ');
    if (instance.specialId) {
        if (const std::optional<domain::Special> special = catalogue.special(*instance.specialId)) {
            const QString emoji = specialEmojiMarkup(*special);
            if (!emoji.isEmpty() && (markup || !isCustomEmojiId(special->emoji->trimmed())))
                text += emoji + QLatin1Char(' ');
        }
    }
    return text;
}

QString country(const services::CatalogueCache &catalogue, const domain::BallInstance &instance)
{
    const std::optional<domain::Ball> ball = catalogue.ball(instance.ballId);
    return ball ? ball->country : QStringLiteral("Unknown");
}

} // namespace

QString specialEmojiMarkup(const domain::Special &special)
{
    if (!special.emoji)
        return {};
    const QString emoji = special.emoji->trimmed();
    return isCustomEmojiId(emoji) ? QStringLiteral("<:_:%1>").arg(emoji) : emoji;
}

QString instanceEntryName(const services::CatalogueCache &catalogue, const BallsWording &wording,
                          const domain::BallInstance &instance)
{
    return prefixes(catalogue, wording, instance, true) + domain::displayId(instance.id)
        + QLatin1Char(' ') + country(catalogue, instance);
}

QString instanceEntryValue(const services::CatalogueCache &catalogue,
                           const domain::BallInstance &instance)
{
    const std::optional<domain::Ball> ball = catalogue.ball(instance.ballId);
    const int attack = ball ? domain::effectiveStat(ball->attack, instance.attackBonus) : 0;
    const int health = ball ? domain::effectiveStat(ball->health, instance.healthBonus) : 0;
    return QStringLiteral("ATK: %1(%2) • HP: %3(%4) • %5")
        .arg(QString::number(attack), signedPercent(instance.attackBonus), QString::number(health),
             signedPercent(instance.healthBonus),
             instance.catchDate.toUTC().toString(QStringLiteral("yyyy/MM/dd | HH:mm")));
}

interactions::SelectOption instanceSelectOption(const services::CatalogueCache &catalogue,
                                                const BallsWording &wording,
                                                const domain::BallInstance &instance)
{
    interactions::SelectOption option;
    option.label = prefixes(catalogue, wording, instance, false) + domain::displayId(instance.id)
        + QLatin1Char(' ') + country(catalogue, instance);
    option.value = domain::displayId(instance.id).mid(1);
    option.description = instanceEntryValue(catalogue, instance);
    const std::optional<domain::Ball> ball = catalogue.ball(instance.ballId);
    if (ball && ball->emojiId != 0)
        option.emoji = interactions::Emoji {QStringLiteral("ball"), ball->emojiId, false};
    return option;
}

} // namespace ballsdex::bot::features

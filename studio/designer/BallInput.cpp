// SPDX-License-Identifier: MIT
#include "designer/BallInput.h"

#include <QLocale>

namespace ballsdex::studio {

BallInput BallInput::fromBall(const domain::Ball &ball)
{
    BallInput input;
    input.id = ball.id;
    input.country = ball.country;
    input.shortName = ball.shortName.value_or(QString());
    input.catchNames = ball.catchNames;
    input.translations = ball.translations;
    input.rarity = QString::number(ball.rarity, 'g', QLocale::FloatingPointShortest);
    input.health = QString::number(ball.health);
    input.attack = QString::number(ball.attack);
    input.enabled = ball.enabled;
    input.tradeable = ball.tradeable;
    input.capacityName = ball.capacityName;
    input.capacityDescription = ball.capacityDescription;
    input.credits = ball.credits;
    input.emojiId = ball.emojiId == 0 ? QString() : QString::number(ball.emojiId);
    input.regimeId = ball.regimeId;
    input.economyId = ball.economyId;
    input.quicksellValue = QString::number(ball.quicksellValue);
    input.wildCard = ball.wildCard;
    input.collectionCard = ball.collectionCard;
    return input;
}

} // namespace ballsdex::studio

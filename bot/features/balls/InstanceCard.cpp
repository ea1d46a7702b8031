// SPDX-License-Identifier: MIT
#include "features/balls/InstanceCard.h"

#include "render/CardEncoder.h"
#include "render/CardRenderer.h"
#include "render/EncodedCardCache.h"
#include "services/CatalogueCache.h"

#include <QCoroFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace ballsdex::bot::features {

QString signedPercent(int bonus)
{
    return (bonus >= 0 ? QStringLiteral("+%1%") : QStringLiteral("%1%")).arg(bonus);
}

QString instanceCardText(const domain::BallInstance &instance, const domain::Ball &ball,
                         std::optional<domain::Snowflake> previousOwner)
{
    const qint64 caught = instance.catchDate.toSecsSinceEpoch();
    QString text = QStringLiteral("ID: `%1`\nCaught on <t:%2:f> (<t:%2:R>).\n")
                       .arg(domain::displayId(instance.id), QString::number(caught));
    if (previousOwner)
        text += QStringLiteral("Obtained by trade with <@%1>.\n").arg(*previousOwner);
    return text
        + QStringLiteral("\nATK: %1 (%2)\nHP: %3 (%4)")
              .arg(QString::number(domain::effectiveStat(ball.attack, instance.attackBonus)),
                   signedPercent(instance.attackBonus),
                   QString::number(domain::effectiveStat(ball.health, instance.healthBonus)),
                   signedPercent(instance.healthBonus));
}

QCoro::Task<std::optional<interactions::Message>>
instanceCardMessage(const services::CatalogueCache &catalogue,
                    std::shared_ptr<const render::EncodedCardCache> cards,
                    domain::BallInstance instance, std::optional<domain::Snowflake> previousOwner)
{
    const std::optional<domain::Ball> ball = catalogue.ball(instance.ballId);
    if (!ball)
        co_return std::nullopt;
    const std::optional<domain::Regime> regime = catalogue.regime(ball->regimeId);
    if (!regime)
        co_return std::nullopt;
    render::CardData card;
    card.ball = *ball;
    card.regime = *regime;
    if (ball->economyId)
        card.economy = catalogue.economy(*ball->economyId);
    if (instance.specialId)
        card.special = catalogue.special(*instance.specialId);
    card.healthBonus = instance.healthBonus;
    card.attackBonus = instance.attackBonus;

    auto work = [cards, card] {
        return cards->card(card);
    };
    QFuture<render::EncodedImage> rendering = QtConcurrent::run(std::move(work));
    const render::EncodedImage encoded = co_await rendering;

    interactions::Message message(instanceCardText(instance, *ball, previousOwner));
    message.allowedMentions(interactions::AllowedMentions::none());
    message.file(interactions::FileUpload {encoded.fileName(), encoded.bytes, encoded.mimeType(),
                                           QString()});
    co_return message;
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/player/PlayerCsv.h"

#include "domain/Instance.h"

namespace ballsdex::bot::features {
namespace {

QString items(const QList<storage::ExportedTradeItem> &received)
{
    QStringList texts;
    texts.reserve(received.size());
    for (const storage::ExportedTradeItem &item : received)
        texts.append(domain::displayId(item.instanceId) + QLatin1Char(' ') + item.ballName);
    return texts.join(QStringLiteral(", "));
}

} // namespace

QString PlayerCsv::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QStringList PlayerCsv::instanceHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("hex_id"),
            QStringLiteral("name"),
            QStringLiteral("catch_date"),
            QStringLiteral("previous_owner_id"),
            QStringLiteral("special"),
            QStringLiteral("attack"),
            QStringLiteral("attack_bonus"),
            QStringLiteral("hp"),
            QStringLiteral("hp_bonus")};
}

QStringList PlayerCsv::instanceRow(const storage::ExportedInstance &instance)
{
    return {QString::number(instance.id),
            domain::displayId(instance.id),
            instance.ballName,
            timestamp(instance.catchDate),
            instance.previousOwner ? QString::number(*instance.previousOwner) : QString(),
            instance.special.value_or(QString()),
            QString::number(domain::effectiveStat(instance.attack, instance.attackBonus)),
            QString::number(instance.attackBonus),
            QString::number(domain::effectiveStat(instance.health, instance.healthBonus)),
            QString::number(instance.healthBonus)};
}

QStringList PlayerCsv::tradeHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("hex_id"),
            QStringLiteral("date"),
            QStringLiteral("player1_id"),
            QStringLiteral("player2_id"),
            QStringLiteral("player1_received"),
            QStringLiteral("player2_received")};
}

QStringList PlayerCsv::tradeRow(const storage::ExportedTrade &trade)
{
    return {QString::number(trade.id),      domain::displayId(trade.id),
            timestamp(trade.date),          QString::number(trade.player1),
            QString::number(trade.player2), items(trade.player1Received),
            items(trade.player2Received)};
}

} // namespace ballsdex::bot::features

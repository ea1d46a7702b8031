// SPDX-License-Identifier: MIT
#include "CatalogueRows.h"

#include "storage/SqlValues.h"

namespace ballsdex::storage::rows {
namespace {

using domain::Ball;
using domain::Economy;
using domain::Regime;
using domain::Special;

QJsonValue orNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue();
}

QJsonValue orNull(const std::optional<QDateTime> &at)
{
    return at ? QJsonValue(at->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

Ball toBall(const pqxx::row &row)
{
    Ball ball;
    ball.id = row[0].as<domain::RowId>();
    ball.country = sql::text(row[1]);
    ball.shortName = sql::optText(row[2]);
    ball.catchNames = sql::textOrEmpty(row[3]);
    ball.translations = sql::textOrEmpty(row[4]);
    ball.health = row[5].as<int>();
    ball.attack = row[6].as<int>();
    ball.rarity = row[7].as<double>();
    ball.enabled = row[8].as<bool>();
    ball.tradeable = row[9].as<bool>();
    ball.emojiId = row[10].as<domain::Snowflake>();
    ball.wildCard = sql::text(row[11]);
    ball.collectionCard = sql::text(row[12]);
    ball.credits = sql::text(row[13]);
    ball.capacityName = sql::text(row[14]);
    ball.capacityDescription = sql::text(row[15]);
    ball.regimeId = row[16].as<domain::RowId>();
    ball.economyId = sql::opt<domain::RowId>(row[17]);
    ball.quicksellValue = row[18].as<std::int64_t>();
    ball.createdAt = sql::optDateTime(row[19]);
    return ball;
}

Special toSpecial(const pqxx::row &row)
{
    Special special;
    special.id = row[0].as<domain::RowId>();
    special.name = sql::text(row[1]);
    special.catchPhrase = sql::optText(row[2]);
    special.startDate = sql::optDateTime(row[3]);
    special.endDate = sql::optDateTime(row[4]);
    special.rarity = row[5].as<double>();
    special.emoji = sql::optText(row[6]);
    special.background = sql::optText(row[7]);
    special.tradeable = row[8].as<bool>();
    special.hidden = row[9].as<bool>();
    special.credits = sql::optText(row[10]);
    return special;
}

Regime toRegime(const pqxx::row &row)
{
    return Regime {row[0].as<domain::RowId>(), sql::text(row[1]), sql::text(row[2])};
}

Economy toEconomy(const pqxx::row &row)
{
    return Economy {row[0].as<domain::RowId>(), sql::text(row[1]), sql::text(row[2])};
}

QJsonObject toJson(const Ball &ball)
{
    return QJsonObject {
        {QStringLiteral("id"), QString::number(ball.id)},
        {QStringLiteral("country"), ball.country},
        {QStringLiteral("short_name"), ball.shortName.value_or(QString())},
        {QStringLiteral("catch_names"), ball.catchNames},
        {QStringLiteral("translations"), ball.translations},
        {QStringLiteral("health"), ball.health},
        {QStringLiteral("attack"), ball.attack},
        {QStringLiteral("rarity"), ball.rarity},
        {QStringLiteral("enabled"), ball.enabled},
        {QStringLiteral("tradeable"), ball.tradeable},
        {QStringLiteral("emoji_id"), QString::number(ball.emojiId)},
        {QStringLiteral("wild_card"), ball.wildCard},
        {QStringLiteral("collection_card"), ball.collectionCard},
        {QStringLiteral("credits"), ball.credits},
        {QStringLiteral("capacity_name"), ball.capacityName},
        {QStringLiteral("capacity_description"), ball.capacityDescription},
        {QStringLiteral("regime_id"), QString::number(ball.regimeId)},
        {QStringLiteral("economy_id"),
         ball.economyId ? QJsonValue(QString::number(*ball.economyId)) : QJsonValue()},
        {QStringLiteral("quicksell_value"), QString::number(ball.quicksellValue)},
    };
}

QJsonObject toJson(const Regime &regime)
{
    return {{QStringLiteral("id"), QString::number(regime.id)},
            {QStringLiteral("name"), regime.name},
            {QStringLiteral("background"), regime.background}};
}

QJsonObject toJson(const Economy &economy)
{
    return {{QStringLiteral("id"), QString::number(economy.id)},
            {QStringLiteral("name"), economy.name},
            {QStringLiteral("icon"), economy.icon}};
}

QJsonObject toJson(const Special &special)
{
    return {{QStringLiteral("id"), QString::number(special.id)},
            {QStringLiteral("name"), special.name},
            {QStringLiteral("catch_phrase"), orNull(special.catchPhrase)},
            {QStringLiteral("start_date"), orNull(special.startDate)},
            {QStringLiteral("end_date"), orNull(special.endDate)},
            {QStringLiteral("rarity"), special.rarity},
            {QStringLiteral("emoji"), orNull(special.emoji)},
            {QStringLiteral("background"), orNull(special.background)},
            {QStringLiteral("tradeable"), special.tradeable},
            {QStringLiteral("hidden"), special.hidden},
            {QStringLiteral("credits"), orNull(special.credits)}};
}

} // namespace ballsdex::storage::rows

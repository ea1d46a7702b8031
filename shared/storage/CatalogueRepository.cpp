// SPDX-License-Identifier: MIT
#include "CatalogueRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace ballsdex::storage {
namespace {

using domain::Ball;
using domain::Economy;
using domain::Regime;
using domain::Special;
using Kind = StorageError::Kind;

const std::string ballColumns
    = "id, country, short_name, catch_names, translations, health, attack, rarity, enabled, "
      "tradeable, emoji_id, wild_card, collection_card, credits, capacity_name, "
      "capacity_description, regime_id, economy_id, quicksell_value, created_at";
const std::string specialColumns = "id, name, catch_phrase, start_date, end_date, rarity, emoji, "
                                   "background, tradeable, hidden, credits";

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

std::optional<QString> nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

/// The stored form: names normalised, an empty list is NULL as upstream writes it.
Ball normalised(Ball ball)
{
    ball.catchNames = domain::normaliseNameList(ball.catchNames);
    ball.translations = domain::normaliseNameList(ball.translations);
    return ball;
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

std::optional<Ball> findBallIn(Transaction &tx, domain::RowId id)
{
    const auto row = tx.exec01("SELECT " + ballColumns + " FROM ball WHERE id = $1", id);
    return row ? std::optional(toBall(*row)) : std::nullopt;
}

} // namespace

CatalogueSnapshot CatalogueRepository::loadAll(Transaction &tx)
{
    CatalogueSnapshot snapshot;
    for (const pqxx::row &row : tx.exec("SELECT id, name, background FROM regime ORDER BY id"))
        snapshot.regimes.append(
            Regime {row[0].as<domain::RowId>(), sql::text(row[1]), sql::text(row[2])});
    for (const pqxx::row &row : tx.exec("SELECT id, name, icon FROM economy ORDER BY id"))
        snapshot.economies.append(
            Economy {row[0].as<domain::RowId>(), sql::text(row[1]), sql::text(row[2])});
    for (const pqxx::row &row : tx.exec("SELECT " + specialColumns + " FROM special ORDER BY id"))
        snapshot.specials.append(toSpecial(row));
    for (const pqxx::row &row : tx.exec("SELECT " + ballColumns + " FROM ball ORDER BY id"))
        snapshot.balls.append(toBall(row));
    return snapshot;
}

QFuture<Result<CatalogueSnapshot, StorageError>> CatalogueRepository::loadAll()
{
    return m_database.transact(
        [](Transaction &tx) { return loadAll(tx); },
        TxOptions {.isolation = Isolation::RepeatableRead, .readOnly = true});
}

QFuture<Result<std::optional<Ball>, StorageError>> CatalogueRepository::findBall(domain::RowId id)
{
    return m_database.transact([id](Transaction &tx) { return findBallIn(tx, id); },
                               TxOptions {.readOnly = true});
}

QFuture<Result<Ball, StorageError>> CatalogueRepository::createBall(Ball input,
                                                                    std::optional<AuditActor> actor)
{
    return m_database.transact([ball = normalised(std::move(input)), actor](Transaction &tx) {
        const Ball stored = toBall(tx.exec1(
            "INSERT INTO ball (country, short_name, catch_names, translations, health, attack, "
            "rarity, enabled, tradeable, emoji_id, wild_card, collection_card, credits, "
            "capacity_name, capacity_description, regime_id, economy_id, quicksell_value) VALUES "
            "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) "
            "RETURNING "
                + ballColumns,
            ball.country, ball.shortName, nullIfEmpty(ball.catchNames),
            nullIfEmpty(ball.translations), ball.health, ball.attack, ball.rarity, ball.enabled,
            ball.tradeable, ball.emojiId, ball.wildCard, ball.collectionCard, ball.credits,
            ball.capacityName, ball.capacityDescription, ball.regimeId, ball.economyId,
            ball.quicksellValue));
        if (actor) {
            AuditLogRepository::append(tx, *actor, QStringLiteral("ball.create"),
                                       QStringLiteral("ball"), QString::number(stored.id), {},
                                       toJson(stored));
        }
        return stored;
    });
}

QFuture<Result<Ball, StorageError>> CatalogueRepository::updateBall(Ball input,
                                                                    std::optional<AuditActor> actor)
{
    return m_database.transact([ball = normalised(std::move(input)), actor](Transaction &tx) {
        const auto before
            = tx.exec01("SELECT " + ballColumns + " FROM ball WHERE id = $1 FOR UPDATE", ball.id);
        if (!before)
            tx.abort(Kind::NotFound, QStringLiteral("No ball with id %1").arg(ball.id));
        const Ball stored = toBall(tx.exec1(
            "UPDATE ball SET country = $2, short_name = $3, catch_names = $4, translations = $5, "
            "health = $6, attack = $7, rarity = $8, enabled = $9, tradeable = $10, emoji_id = $11, "
            "wild_card = $12, collection_card = $13, credits = $14, capacity_name = $15, "
            "capacity_description = $16, regime_id = $17, economy_id = $18, quicksell_value = $19 "
            "WHERE id = $1 RETURNING "
                + ballColumns,
            ball.id, ball.country, ball.shortName, nullIfEmpty(ball.catchNames),
            nullIfEmpty(ball.translations), ball.health, ball.attack, ball.rarity, ball.enabled,
            ball.tradeable, ball.emojiId, ball.wildCard, ball.collectionCard, ball.credits,
            ball.capacityName, ball.capacityDescription, ball.regimeId, ball.economyId,
            ball.quicksellValue));
        if (actor) {
            AuditLogRepository::append(tx, *actor, QStringLiteral("ball.update"),
                                       QStringLiteral("ball"), QString::number(stored.id),
                                       toJson(toBall(*before)), toJson(stored));
        }
        return stored;
    });
}

QFuture<Result<Regime, StorageError>> CatalogueRepository::createRegime(Regime regime)
{
    return m_database.transact([regime](Transaction &tx) {
        Regime stored = regime;
        stored.id = tx.exec1("INSERT INTO regime (name, background) VALUES ($1, $2) RETURNING id",
                             regime.name, regime.background)[0]
                        .as<domain::RowId>();
        return stored;
    });
}

QFuture<Result<Economy, StorageError>> CatalogueRepository::createEconomy(Economy economy)
{
    return m_database.transact([economy](Transaction &tx) {
        Economy stored = economy;
        stored.id = tx.exec1("INSERT INTO economy (name, icon) VALUES ($1, $2) RETURNING id",
                             economy.name, economy.icon)[0]
                        .as<domain::RowId>();
        return stored;
    });
}

QFuture<Result<Special, StorageError>> CatalogueRepository::createSpecial(Special special)
{
    return m_database.transact([special](Transaction &tx) {
        return toSpecial(tx.exec1(
            "INSERT INTO special (name, catch_phrase, start_date, end_date, rarity, emoji, "
            "background, tradeable, hidden, credits) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
            "$10) RETURNING "
                + specialColumns,
            special.name, special.catchPhrase, special.startDate, special.endDate, special.rarity,
            special.emoji, special.background, special.tradeable, special.hidden, special.credits));
    });
}

} // namespace ballsdex::storage

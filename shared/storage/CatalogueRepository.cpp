// SPDX-License-Identifier: MIT
#include "CatalogueRepository.h"

#include "storage/CatalogueRows.h"
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
using namespace rows;

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

namespace {

using OptActor = std::optional<AuditActor>;

/// Empty names are refused; with an actor, so is a name another row of `table` already has.
/// The advisory lock serialises concurrent editors checking the same table.
QString checkedName(Transaction &tx, const std::string &table, const QString &name,
                    domain::RowId self, bool unique)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        tx.abort(Kind::InvalidArgument, QStringLiteral("The name must not be empty"));
    if (!unique)
        return trimmed;
    tx.exec("SELECT pg_advisory_xact_lock(hashtext($1))", "ballsdex.name." + table);
    if (tx.exec01("SELECT id FROM " + table
                      + " WHERE lower(btrim(name)) = lower($1) AND id <> $2 LIMIT 1",
                  trimmed, self)) {
        StorageError error = StorageError::make(Kind::UniqueViolation,
                                                QStringLiteral("A %1 named \"%2\" already exists")
                                                    .arg(QString::fromStdString(table), trimmed));
        error.constraint = QString::fromStdString(table) + QStringLiteral("_name_unique");
        tx.abort(error);
    }
    return trimmed;
}

void audit(Transaction &tx, const OptActor &actor, const std::string &kind, const char *verb,
           domain::RowId id, const QJsonObject &before, const QJsonObject &after)
{
    if (!actor)
        return;
    const QString target = QString::fromStdString(kind);
    AuditLogRepository::append(tx, *actor, target + QLatin1Char('.') + QLatin1String(verb), target,
                               QString::number(id), before, after);
}

pqxx::row lockedRow(Transaction &tx, const std::string &columns, const std::string &table,
                    domain::RowId id)
{
    const auto row
        = tx.exec01("SELECT " + columns + " FROM " + table + " WHERE id = $1 FOR UPDATE", id);
    if (!row)
        tx.abort(Kind::NotFound,
                 QStringLiteral("No %1 with id %2").arg(QString::fromStdString(table)).arg(id));
    return *row;
}

std::int64_t count(Transaction &tx, const std::string &statement, domain::RowId id)
{
    return tx.exec1(statement, id)[0].as<std::int64_t>();
}

void refuseInUse(Transaction &tx, const QString &message, const QString &constraint)
{
    StorageError error = StorageError::make(Kind::ForeignKeyViolation, message);
    error.constraint = constraint;
    tx.abort(error);
}

} // namespace

QFuture<Result<Regime, StorageError>> CatalogueRepository::createRegime(Regime regime,
                                                                        OptActor actor)
{
    return m_database.transact([regime, actor](Transaction &tx) {
        const QString name = checkedName(tx, "regime", regime.name, 0, actor.has_value());
        const Regime stored
            = toRegime(tx.exec1("INSERT INTO regime (name, background) VALUES ($1, $2) "
                                "RETURNING id, name, background",
                                name, regime.background));
        audit(tx, actor, "regime", "create", stored.id, {}, toJson(stored));
        return stored;
    });
}

QFuture<Result<Regime, StorageError>> CatalogueRepository::updateRegime(Regime regime,
                                                                        OptActor actor)
{
    return m_database.transact([regime, actor](Transaction &tx) {
        const Regime before = toRegime(lockedRow(tx, "id, name, background", "regime", regime.id));
        const QString name = checkedName(tx, "regime", regime.name, regime.id, actor.has_value());
        const Regime stored
            = toRegime(tx.exec1("UPDATE regime SET name = $2, background = $3 WHERE id = $1 "
                                "RETURNING id, name, background",
                                regime.id, name, regime.background));
        audit(tx, actor, "regime", "update", stored.id, toJson(before), toJson(stored));
        return stored;
    });
}

QFuture<Result<void, StorageError>> CatalogueRepository::deleteRegime(domain::RowId id,
                                                                      OptActor actor)
{
    return m_database.transact([id, actor](Transaction &tx) {
        // The row lock also blocks balls being attached meanwhile (their FK check needs it).
        const Regime before = toRegime(lockedRow(tx, "id, name, background", "regime", id));
        const std::int64_t balls = count(tx, "SELECT count(*) FROM ball WHERE regime_id = $1", id);
        if (balls > 0) {
            refuseInUse(
                tx,
                QStringLiteral("Regime \"%1\" is in use by %2 ball(s)").arg(before.name).arg(balls),
                QStringLiteral("ball_regime_id_fkey"));
        }
        tx.exec("DELETE FROM regime WHERE id = $1", id);
        audit(tx, actor, "regime", "delete", id, toJson(before), {});
    });
}

QFuture<Result<Economy, StorageError>> CatalogueRepository::createEconomy(Economy economy,
                                                                          OptActor actor)
{
    return m_database.transact([economy, actor](Transaction &tx) {
        const QString name = checkedName(tx, "economy", economy.name, 0, actor.has_value());
        const Economy stored
            = toEconomy(tx.exec1("INSERT INTO economy (name, icon) VALUES ($1, $2) "
                                 "RETURNING id, name, icon",
                                 name, economy.icon));
        audit(tx, actor, "economy", "create", stored.id, {}, toJson(stored));
        return stored;
    });
}

QFuture<Result<Economy, StorageError>> CatalogueRepository::updateEconomy(Economy economy,
                                                                          OptActor actor)
{
    return m_database.transact([economy, actor](Transaction &tx) {
        const Economy before = toEconomy(lockedRow(tx, "id, name, icon", "economy", economy.id));
        const QString name
            = checkedName(tx, "economy", economy.name, economy.id, actor.has_value());
        const Economy stored
            = toEconomy(tx.exec1("UPDATE economy SET name = $2, icon = $3 WHERE id = $1 "
                                 "RETURNING id, name, icon",
                                 economy.id, name, economy.icon));
        audit(tx, actor, "economy", "update", stored.id, toJson(before), toJson(stored));
        return stored;
    });
}

QFuture<Result<void, StorageError>> CatalogueRepository::deleteEconomy(domain::RowId id,
                                                                       OptActor actor)
{
    return m_database.transact([id, actor](Transaction &tx) {
        const Economy before = toEconomy(lockedRow(tx, "id, name, icon", "economy", id));
        tx.exec("DELETE FROM economy WHERE id = $1", id);
        audit(tx, actor, "economy", "delete", id, toJson(before), {});
    });
}

QFuture<Result<Special, StorageError>> CatalogueRepository::createSpecial(Special special,
                                                                          OptActor actor)
{
    return m_database.transact([special, actor](Transaction &tx) {
        const QString name = checkedName(tx, "special", special.name, 0, actor.has_value());
        const Special stored = toSpecial(tx.exec1(
            "INSERT INTO special (name, catch_phrase, start_date, end_date, rarity, emoji, "
            "background, tradeable, hidden, credits) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
            "$10) RETURNING "
                + specialColumns,
            name, special.catchPhrase, special.startDate, special.endDate, special.rarity,
            special.emoji, special.background, special.tradeable, special.hidden, special.credits));
        audit(tx, actor, "special", "create", stored.id, {}, toJson(stored));
        return stored;
    });
}

QFuture<Result<Special, StorageError>> CatalogueRepository::updateSpecial(Special special,
                                                                          OptActor actor)
{
    return m_database.transact([special, actor](Transaction &tx) {
        const Special before = toSpecial(lockedRow(tx, specialColumns, "special", special.id));
        const QString name
            = checkedName(tx, "special", special.name, special.id, actor.has_value());
        const Special stored = toSpecial(tx.exec1(
            "UPDATE special SET name = $2, catch_phrase = $3, start_date = $4, end_date = $5, "
            "rarity = $6, emoji = $7, background = $8, tradeable = $9, hidden = $10, "
            "credits = $11 WHERE id = $1 RETURNING "
                + specialColumns,
            special.id, name, special.catchPhrase, special.startDate, special.endDate,
            special.rarity, special.emoji, special.background, special.tradeable, special.hidden,
            special.credits));
        audit(tx, actor, "special", "update", stored.id, toJson(before), toJson(stored));
        return stored;
    });
}

QFuture<Result<void, StorageError>> CatalogueRepository::deleteSpecial(domain::RowId id,
                                                                       OptActor actor)
{
    return m_database.transact([id, actor](Transaction &tx) {
        const Special before = toSpecial(lockedRow(tx, specialColumns, "special", id));
        const std::int64_t forced
            = count(tx, "SELECT count(*) FROM pack WHERE special_id = $1 AND special_mode = 3", id);
        if (forced > 0) {
            refuseInUse(tx,
                        QStringLiteral("Special \"%1\" is forced by %2 pack(s)")
                            .arg(before.name)
                            .arg(forced),
                        QStringLiteral("pack_forced_special_check"));
        }
        tx.exec("DELETE FROM special WHERE id = $1", id);
        audit(tx, actor, "special", "delete", id, toJson(before), {});
    });
}

QFuture<Result<CatalogueUsage, StorageError>> CatalogueRepository::regimeUsage(domain::RowId id)
{
    return m_database.transact(
        [id](Transaction &tx) {
            const pqxx::row row
                = tx.exec1("SELECT (SELECT count(*) FROM ball WHERE regime_id = $1), "
                           "(SELECT count(*) FROM ballinstance i JOIN ball b ON b.id = i.ball_id "
                           "WHERE b.regime_id = $1)",
                           id);
            return CatalogueUsage {.balls = row[0].as<std::int64_t>(),
                                   .instances = row[1].as<std::int64_t>()};
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<CatalogueUsage, StorageError>> CatalogueRepository::economyUsage(domain::RowId id)
{
    return m_database.transact(
        [id](Transaction &tx) {
            return CatalogueUsage {
                .balls = count(tx, "SELECT count(*) FROM ball WHERE economy_id = $1", id)};
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<CatalogueUsage, StorageError>> CatalogueRepository::specialUsage(domain::RowId id)
{
    return m_database.transact(
        [id](Transaction &tx) {
            const pqxx::row row
                = tx.exec1("SELECT (SELECT count(*) FROM ballinstance WHERE special_id = $1), "
                           "(SELECT count(*) FROM pack WHERE special_id = $1), "
                           "(SELECT count(*) FROM pack WHERE special_id = $1 AND special_mode = 3)",
                           id);
            return CatalogueUsage {.instances = row[0].as<std::int64_t>(),
                                   .packs = row[1].as<std::int64_t>(),
                                   .forcedPacks = row[2].as<std::int64_t>()};
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage

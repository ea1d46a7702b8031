// SPDX-License-Identifier: MIT
#include "InstanceRepository.h"

#include "storage/Database.h"
#include "storage/InstanceRows.h"
#include "storage/Transaction.h"

#include <QSet>

namespace ballsdex::storage {
namespace {

using domain::BallInstance;
using Kind = StorageError::Kind;

const std::string columns = rows::instanceColumns();

/// A bigint[] parameter in PostgreSQL's array text form ("{1,2,3}").
std::string idArray(const QList<domain::RowId> &ids)
{
    std::string text = "{";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += std::to_string(ids.at(i));
    }
    return text + '}';
}

} // namespace

BallInstance InstanceRepository::create(Transaction &tx, const BallInstance &instance)
{
    return rows::readInstance(tx.exec1(
        "INSERT INTO ballinstance (ball_id, player_id, trade_player_id, special_id, server_id, "
        "catch_date, spawned_time, health_bonus, attack_bonus, favorite, tradeable, locked, "
        "extra_data) VALUES ($1, $2, $3, $4, $5, COALESCE($6::timestamptz, now()), $7, $8, $9, "
        "$10, $11, $12, $13) RETURNING "
            + columns,
        instance.ballId, instance.playerId, instance.tradePlayerId, instance.specialId,
        instance.serverId, instance.catchDate, instance.spawnedTime, instance.healthBonus,
        instance.attackBonus, instance.favorite, instance.tradeable, instance.locked,
        instance.extraData));
}

domain::RowId InstanceRepository::transfer(Transaction &tx, const QList<domain::RowId> &instanceIds,
                                           domain::RowId fromPlayerId, domain::RowId toPlayerId)
{
    if (instanceIds.isEmpty())
        tx.abort(Kind::InvalidArgument, QStringLiteral("A transfer needs at least one instance"));
    if (fromPlayerId == toPlayerId)
        tx.abort(Kind::InvalidArgument, QStringLiteral("Cannot transfer to the same player"));
    const QSet<domain::RowId> unique(instanceIds.begin(), instanceIds.end());
    if (unique.size() != instanceIds.size())
        tx.abort(Kind::InvalidArgument, QStringLiteral("An instance is listed twice"));

    const std::string ids = idArray(instanceIds);
    const pqxx::result locked = tx.exec("SELECT id, player_id FROM ballinstance "
                                        "WHERE id = ANY($1::bigint[]) AND NOT deleted "
                                        "ORDER BY id FOR UPDATE",
                                        ids);
    if (locked.size() != static_cast<pqxx::result::size_type>(instanceIds.size()))
        tx.abort(Kind::NotFound, QStringLiteral("An instance of the transfer no longer exists"));
    for (const pqxx::row &row : locked) {
        if (row[1].as<domain::RowId>() != fromPlayerId) {
            tx.abort(Kind::Conflict,
                     QStringLiteral("Instance %1 does not belong to player %2")
                         .arg(domain::displayId(row[0].as<domain::RowId>()))
                         .arg(fromPlayerId));
        }
    }
    tx.exec("UPDATE ballinstance SET player_id = $2, trade_player_id = $3, favorite = false, "
            "locked = NULL WHERE id = ANY($1::bigint[])",
            ids, toPlayerId, fromPlayerId);
    const auto tradeId = tx.exec1("INSERT INTO trade (player1_id, player2_id) VALUES ($1, $2) "
                                  "RETURNING id",
                                  fromPlayerId, toPlayerId)[0]
                             .as<domain::RowId>();
    tx.exec("INSERT INTO tradeobject (ballinstance_id, player_id, trade_id) "
            "SELECT unnest($1::bigint[]), $2, $3",
            ids, fromPlayerId, tradeId);
    return tradeId;
}

QFuture<Result<BallInstance, StorageError>> InstanceRepository::create(BallInstance instance)
{
    return m_database.transact([instance](Transaction &tx) { return create(tx, instance); });
}

QFuture<Result<std::optional<BallInstance>, StorageError>>
InstanceRepository::find(domain::RowId id)
{
    return m_database.transact(
        [id](Transaction &tx) {
            const auto row = tx.exec01(
                "SELECT " + columns + " FROM ballinstance WHERE id = $1 AND NOT deleted", id);
            return row ? std::optional(rows::readInstance(*row)) : std::nullopt;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<std::optional<BallInstance>, StorageError>>
InstanceRepository::findOwned(domain::RowId id, domain::RowId ownerId)
{
    return m_database.transact(
        [id, ownerId](Transaction &tx) {
            const auto row = tx.exec01("SELECT " + columns
                                           + " FROM ballinstance WHERE id = $1 AND player_id = $2 "
                                             "AND NOT deleted",
                                       id, ownerId);
            return row ? std::optional(rows::readInstance(*row)) : std::nullopt;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<InstancePage, StorageError>>
InstanceRepository::listForPlayer(domain::RowId playerId, InstancePageRequest request)
{
    return m_database.transact(
        [playerId, request](Transaction &tx) {
            const int limit = std::clamp(request.limit, 1, 500);
            const std::optional<QString> afterDate
                = request.after ? std::optional(request.after->catchDate) : std::nullopt;
            const domain::RowId afterId = request.after ? request.after->id : 0;
            // One extra row tells whether another page follows.
            const pqxx::result rows
                = tx.exec("SELECT " + columns
                              + ", catch_date::text AS cursor_date FROM ballinstance WHERE "
                                "player_id = $1 AND NOT deleted "
                                "AND ($2::bigint IS NULL OR ball_id = $2) "
                                "AND ($3::timestamptz IS NULL OR (catch_date, id) < "
                                "($3::timestamptz, $4::bigint)) "
                                "ORDER BY catch_date DESC, id DESC LIMIT $5",
                          playerId, request.ballId, afterDate, afterId, limit + 1);
            InstancePage page;
            for (pqxx::result::size_type i = 0;
                 i < rows.size() && i < pqxx::result::size_type(limit); ++i)
                page.items.append(rows::readInstance(rows[i]));
            if (rows.size() > pqxx::result::size_type(limit)) {
                const pqxx::row last = rows[limit - 1];
                page.next = InstanceCursor {sql::text(last[15]), last[0].as<domain::RowId>()};
            }
            return page;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<std::int64_t, StorageError>>
InstanceRepository::count(domain::RowId playerId, std::optional<domain::RowId> ballId)
{
    return m_database.transact(
        [playerId, ballId](Transaction &tx) {
            return tx
                .exec1("SELECT count(*) FROM ballinstance WHERE player_id = $1 AND NOT deleted "
                       "AND ($2::bigint IS NULL OR ball_id = $2)",
                       playerId, ballId)[0]
                .as<std::int64_t>();
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<void, StorageError>> InstanceRepository::softDelete(domain::RowId id,
                                                                   domain::RowId ownerId)
{
    return m_database.transact([id, ownerId](Transaction &tx) {
        const auto row = tx.exec01("UPDATE ballinstance SET deleted = true WHERE id = $1 AND "
                                   "player_id = $2 AND NOT deleted RETURNING id",
                                   id, ownerId);
        if (!row)
            tx.abort(Kind::NotFound,
                     QStringLiteral("Instance %1 is not one of the player's live instances")
                         .arg(domain::displayId(id)));
    });
}

QFuture<Result<domain::RowId, StorageError>>
InstanceRepository::transfer(QList<domain::RowId> instanceIds, domain::RowId fromPlayerId,
                             domain::RowId toPlayerId)
{
    return m_database.transact([instanceIds, fromPlayerId, toPlayerId](Transaction &tx) {
        return transfer(tx, instanceIds, fromPlayerId, toPlayerId);
    });
}

} // namespace ballsdex::storage

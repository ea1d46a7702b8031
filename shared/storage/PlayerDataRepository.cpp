// SPDX-License-Identifier: MIT
#include "PlayerDataRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace ballsdex::storage {
namespace {

using Kind = StorageError::Kind;

// Matches BallInstance::isLockedAt: a lock older than 30 minutes has expired.
constexpr const char *LiveLock = "locked IS NOT NULL AND locked > now() - interval '30 minutes'";

std::int64_t count(const pqxx::field &field)
{
    return field.as<std::int64_t>();
}

int clampedLimit(int limit)
{
    return std::clamp(limit, 1, PlayerDataRepository::MaxBatch);
}

/// "{1,2,3}": a bigint[] parameter.
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

double PlayerSummary::completionPercent() const
{
    if (enabledBalls <= 0)
        return 0.0;
    return 100.0 * double(ownedEnabledBalls) / double(enabledBalls);
}

QFuture<Result<PlayerSummary, StorageError>> PlayerDataRepository::summary(domain::RowId playerId)
{
    return m_database.transact(
        [playerId](Transaction &tx) {
            const pqxx::row row = tx.exec1(
                "SELECT "
                "(SELECT count(*) FROM friendship WHERE player1_id = $1 OR player2_id = $1), "
                "(SELECT count(*) FROM block WHERE player1_id = $1), "
                "(SELECT count(*) FROM ball WHERE enabled), "
                "(SELECT count(DISTINCT i.ball_id) FROM ballinstance i "
                " JOIN ball b ON b.id = i.ball_id "
                " WHERE i.player_id = $1 AND NOT i.deleted AND b.enabled), "
                "s.total, s.self_caught, s.specials, "
                "(SELECT count(*) FROM trade WHERE player1_id = $1 OR player2_id = $1), "
                "(SELECT count(DISTINCT CASE WHEN player1_id = $1 THEN player2_id "
                " ELSE player1_id END) FROM trade WHERE player1_id = $1 OR player2_id = $1) "
                "FROM (SELECT count(*) AS total, "
                " count(*) FILTER (WHERE trade_player_id IS NULL) AS self_caught, "
                " count(*) FILTER (WHERE special_id IS NOT NULL) AS specials "
                " FROM ballinstance WHERE player_id = $1 AND NOT deleted) s",
                playerId);
            PlayerSummary summary;
            summary.friends = count(row[0]);
            summary.blocked = count(row[1]);
            summary.enabledBalls = count(row[2]);
            summary.ownedEnabledBalls = count(row[3]);
            summary.instances = count(row[4]);
            summary.selfCaught = count(row[5]);
            summary.specials = count(row[6]);
            summary.trades = count(row[7]);
            summary.tradePartners = count(row[8]);
            return summary;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<DeletionPreview, StorageError>>
PlayerDataRepository::deletionPreview(domain::RowId playerId)
{
    return m_database.transact(
        [playerId](Transaction &tx) {
            const pqxx::row row = tx.exec1(
                std::string("SELECT count(*), count(*) FILTER (WHERE ") + LiveLock
                    + "), "
                      "(SELECT count(*) FROM trade WHERE player1_id = $1 OR player2_id = $1), "
                      "(SELECT count(*) FROM friendship WHERE player1_id = $1 "
                      " OR player2_id = $1), "
                      "(SELECT count(*) FROM block WHERE player1_id = $1) "
                      "FROM ballinstance WHERE player_id = $1 AND NOT deleted",
                playerId);
            return DeletionPreview {count(row[0]), count(row[1]), count(row[2]), count(row[3]),
                                    count(row[4])};
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<ExportBatch<ExportedInstance>, StorageError>>
PlayerDataRepository::exportInstances(domain::RowId playerId, std::optional<ExportCursor> after,
                                      int limit)
{
    return m_database.transact(
        [playerId, after, limit = clampedLimit(limit)](Transaction &tx) {
            const std::optional<QString> afterKey
                = after ? std::optional(after->sortKey) : std::nullopt;
            // Walks the (player_id, catch_date DESC, id DESC) index backwards; one extra row
            // tells whether another batch follows.
            const pqxx::result rows = tx.exec(
                "SELECT i.id, b.country, i.catch_date, prev.discord_id, s.name, b.attack, "
                "i.attack_bonus, b.health, i.health_bonus, i.catch_date::text "
                "FROM ballinstance i JOIN ball b ON b.id = i.ball_id "
                "LEFT JOIN player prev ON prev.id = i.trade_player_id "
                "LEFT JOIN special s ON s.id = i.special_id "
                "WHERE i.player_id = $1 AND NOT i.deleted "
                "AND ($2::timestamptz IS NULL OR (i.catch_date, i.id) > ($2::timestamptz, $3)) "
                "ORDER BY i.catch_date, i.id LIMIT $4",
                playerId, afterKey, after ? after->id : 0, limit + 1);
            ExportBatch<ExportedInstance> batch;
            const auto size = std::min<pqxx::result::size_type>(rows.size(), limit);
            batch.items.reserve(static_cast<qsizetype>(size));
            for (pqxx::result::size_type i = 0; i < size; ++i) {
                const pqxx::row row = rows[i];
                batch.items.append(ExportedInstance {
                    row[0].as<domain::RowId>(), sql::text(row[1]), sql::dateTime(row[2]),
                    sql::opt<domain::Snowflake>(row[3]), sql::optText(row[4]), row[5].as<int>(),
                    row[6].as<int>(), row[7].as<int>(), row[8].as<int>()});
            }
            if (rows.size() > size) {
                const pqxx::row last = rows[size - 1];
                batch.next = ExportCursor {sql::text(last[9]), last[0].as<domain::RowId>()};
            }
            return batch;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<ExportBatch<ExportedTrade>, StorageError>>
PlayerDataRepository::exportTrades(domain::RowId playerId, std::optional<ExportCursor> after,
                                   int limit)
{
    return m_database.transact(
        [playerId, after, limit = clampedLimit(limit)](Transaction &tx) {
            const std::optional<QString> afterKey
                = after ? std::optional(after->sortKey) : std::nullopt;
            const pqxx::result rows = tx.exec(
                "SELECT t.id, t.date, p1.discord_id, p2.discord_id, t.player1_id, t.date::text "
                "FROM trade t JOIN player p1 ON p1.id = t.player1_id "
                "JOIN player p2 ON p2.id = t.player2_id "
                "WHERE (t.player1_id = $1 OR t.player2_id = $1) "
                "AND ($2::timestamptz IS NULL OR (t.date, t.id) > ($2::timestamptz, $3)) "
                "ORDER BY t.date, t.id LIMIT $4",
                playerId, afterKey, after ? after->id : 0, limit + 1);
            ExportBatch<ExportedTrade> batch;
            const auto size = std::min<pqxx::result::size_type>(rows.size(), limit);
            QHash<domain::RowId, qsizetype> indexOf;
            QHash<domain::RowId, domain::RowId> player1Of;
            QList<domain::RowId> ids;
            for (pqxx::result::size_type i = 0; i < size; ++i) {
                const pqxx::row row = rows[i];
                ExportedTrade trade;
                trade.id = row[0].as<domain::RowId>();
                trade.date = sql::dateTime(row[1]);
                trade.player1 = row[2].as<domain::Snowflake>();
                trade.player2 = row[3].as<domain::Snowflake>();
                indexOf.insert(trade.id, batch.items.size());
                player1Of.insert(trade.id, row[4].as<domain::RowId>());
                ids.append(trade.id);
                batch.items.append(std::move(trade));
            }
            if (rows.size() > size) {
                const pqxx::row last = rows[size - 1];
                batch.next = ExportCursor {sql::text(last[5]), last[0].as<domain::RowId>()};
            }
            if (ids.isEmpty())
                return batch;
            // tradeobject.player_id is the giver: what player2 gave, player1 received.
            const pqxx::result objects
                = tx.exec("SELECT o.trade_id, o.player_id, o.ballinstance_id, b.country "
                          "FROM tradeobject o JOIN ballinstance i ON i.id = o.ballinstance_id "
                          "JOIN ball b ON b.id = i.ball_id "
                          "WHERE o.trade_id = ANY($1::bigint[]) ORDER BY o.trade_id, o.id",
                          idArray(ids));
            for (const pqxx::row &row : objects) {
                const auto tradeId = row[0].as<domain::RowId>();
                ExportedTrade &trade = batch.items[indexOf.value(tradeId)];
                ExportedTradeItem item {row[2].as<domain::RowId>(), sql::text(row[3])};
                if (row[1].as<domain::RowId>() == player1Of.value(tradeId))
                    trade.player2Received.append(std::move(item));
                else
                    trade.player1Received.append(std::move(item));
            }
            return batch;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<void, StorageError>> PlayerDataRepository::deletePlayer(domain::RowId playerId)
{
    return m_database.transact([playerId](Transaction &tx) {
        if (!tx.exec01("SELECT id FROM player WHERE id = $1 FOR UPDATE", playerId))
            tx.abort(Kind::NotFound, QStringLiteral("The player does not exist"));
        const pqxx::row locked = tx.exec1(
            std::string("SELECT count(*) FROM ballinstance WHERE player_id = $1 AND NOT deleted "
                        "AND ")
                + LiveLock,
            playerId);
        if (count(locked[0]) > 0)
            tx.abort(Kind::Conflict,
                     QStringLiteral("%1 instance(s) are locked by a trade or donation")
                         .arg(count(locked[0])));
        tx.exec("DELETE FROM player WHERE id = $1", playerId);
    });
}

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#include "CollectionStats.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

// Every query starts from the player's partial index (player_id, catch_date, id) WHERE NOT
// deleted, so other players' rows are never read.
const std::string livePlayerRows = " FROM ballinstance WHERE player_id = $1 AND NOT deleted";

TxOptions readOnly()
{
    TxOptions options;
    options.readOnly = true;
    return options;
}

std::string provenanceCondition(Provenance provenance)
{
    switch (provenance) {
    case Provenance::SelfCaught:
        return " AND trade_player_id IS NULL";
    case Provenance::Traded:
        return " AND trade_player_id IS NOT NULL";
    case Provenance::Any:
        break;
    }
    return {};
}

QList<IdCount> idCounts(const pqxx::result &rows)
{
    QList<IdCount> counts;
    counts.reserve(qsizetype(rows.size()));
    for (const pqxx::row &row : rows)
        counts.append(IdCount {row[0].as<domain::RowId>(), row[1].as<std::int64_t>()});
    return counts;
}

} // namespace

QList<domain::RowId> CollectionStats::ownedBallIds(Transaction &tx, domain::RowId playerId,
                                                   const OwnedBallsFilter &filter)
{
    std::string statement = "SELECT DISTINCT ball_id" + livePlayerRows;
    std::vector<sql::Param> params {sql::param(playerId)};
    if (filter.specialId) {
        statement += " AND special_id = $2";
        params.push_back(sql::param(*filter.specialId));
    }
    statement += provenanceCondition(filter.provenance) + " ORDER BY ball_id";
    QList<domain::RowId> ids;
    for (const pqxx::row &row : tx.execParams(statement, params))
        ids.append(row[0].as<domain::RowId>());
    return ids;
}

CollectionTotals CollectionStats::totals(Transaction &tx, domain::RowId playerId,
                                         std::optional<domain::RowId> ballId)
{
    // One pass: a group per special (NULL = none), each with its never-traded share.
    std::string statement = "SELECT special_id, count(*), "
                            "count(*) FILTER (WHERE trade_player_id IS NULL)"
        + livePlayerRows;
    std::vector<sql::Param> params {sql::param(playerId)};
    if (ballId) {
        statement += " AND ball_id = $2";
        params.push_back(sql::param(*ballId));
    }
    statement += " GROUP BY special_id ORDER BY count(*) DESC, special_id";
    CollectionTotals totals;
    for (const pqxx::row &row : tx.execParams(statement, params)) {
        const auto count = row[1].as<std::int64_t>();
        totals.total += count;
        totals.caught += row[2].as<std::int64_t>();
        if (!row[0].is_null()) {
            totals.withSpecial += count;
            totals.perSpecial.append(IdCount {row[0].as<domain::RowId>(), count});
        }
    }
    return totals;
}

QList<IdCount> CollectionStats::duplicates(Transaction &tx, domain::RowId playerId,
                                           DuplicateGrouping grouping, std::optional<int> limit)
{
    std::string statement;
    if (grouping == DuplicateGrouping::Balls) {
        statement
            = "SELECT i.ball_id, count(*) FROM ballinstance i JOIN ball b ON b.id = i.ball_id "
              "WHERE i.player_id = $1 AND NOT i.deleted AND b.tradeable "
              "GROUP BY i.ball_id ORDER BY count(*) DESC, i.ball_id";
    } else {
        statement = "SELECT special_id, count(*)" + livePlayerRows
            + " AND special_id IS NOT NULL GROUP BY special_id ORDER BY count(*) DESC, special_id";
    }
    std::vector<sql::Param> params {sql::param(playerId)};
    if (limit && *limit > 0) {
        statement += " LIMIT $2";
        params.push_back(sql::param(*limit));
    }
    return idCounts(tx.execParams(statement, params));
}

std::int64_t CollectionStats::count(Transaction &tx, domain::RowId playerId,
                                    DuplicateGrouping grouping, domain::RowId id)
{
    const std::string column = grouping == DuplicateGrouping::Balls ? "ball_id" : "special_id";
    return tx
        .exec1("SELECT count(*)" + livePlayerRows + " AND " + column + " = $2", playerId, id)[0]
        .as<std::int64_t>();
}

QFuture<Result<QList<domain::RowId>, StorageError>>
CollectionStats::ownedBallIds(domain::RowId playerId, OwnedBallsFilter filter)
{
    return m_database.transact(
        [playerId, filter](Transaction &tx) { return ownedBallIds(tx, playerId, filter); },
        readOnly());
}

QFuture<Result<std::pair<QList<domain::RowId>, QList<domain::RowId>>, StorageError>>
CollectionStats::ownedBallIds(domain::RowId first, domain::RowId second, OwnedBallsFilter filter)
{
    TxOptions options = readOnly();
    options.isolation = Isolation::RepeatableRead;
    return m_database.transact(
        [first, second, filter](Transaction &tx) {
            return std::pair(ownedBallIds(tx, first, filter), ownedBallIds(tx, second, filter));
        },
        options);
}

QFuture<Result<CollectionTotals, StorageError>>
CollectionStats::totals(domain::RowId playerId, std::optional<domain::RowId> ballId)
{
    return m_database.transact(
        [playerId, ballId](Transaction &tx) { return totals(tx, playerId, ballId); }, readOnly());
}

QFuture<Result<QList<IdCount>, StorageError>>
CollectionStats::duplicates(domain::RowId playerId, DuplicateGrouping grouping,
                            std::optional<int> limit)
{
    return m_database.transact(
        [playerId, grouping, limit](Transaction &tx) {
            return duplicates(tx, playerId, grouping, limit);
        },
        readOnly());
}

QFuture<Result<std::int64_t, StorageError>>
CollectionStats::count(domain::RowId playerId, DuplicateGrouping grouping, domain::RowId id)
{
    return m_database.transact(
        [playerId, grouping, id](Transaction &tx) { return count(tx, playerId, grouping, id); },
        readOnly());
}

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

#include <cstdint>
#include <optional>
#include <utility>

namespace ballsdex::storage {

class Database;
class Transaction;

/// How the counted instances reached their owner.
enum class Provenance {
    Any,
    SelfCaught, ///< never traded (trade_player_id IS NULL)
    Traded, ///< received from another player
};

/// Which of a player's live instances count as "owning" a ball.
struct OwnedBallsFilter
{
    std::optional<domain::RowId> specialId;
    Provenance provenance = Provenance::Any;
};

/// A ball or special id with how many live instances carry it.
struct IdCount
{
    domain::RowId id = 0;
    std::int64_t count = 0;

    friend bool operator==(const IdCount &, const IdCount &) = default;
};

/// The /balls collection figures of one player (optionally one ball).
struct CollectionTotals
{
    std::int64_t total = 0;
    std::int64_t caught = 0; ///< never traded; total - caught were received
    std::int64_t withSpecial = 0;
    QList<IdCount> perSpecial; ///< most frequent first, then by special id
};

/// What /balls duplicate groups by.
enum class DuplicateGrouping {
    Balls, ///< instances of tradeable balls, per ball
    Specials, ///< instances with a special, per special
};

/// Aggregates over a player's live (not deleted) instances, computed by the server: a call
/// returns at most one row per ball or special, never the instances themselves.
class CollectionStats final
{
public:
    explicit CollectionStats(Database &database)
        : m_database(database)
    {
    }

    /// Distinct ball ids the player owns under the filter, ascending.
    [[nodiscard]] QFuture<Result<QList<domain::RowId>, StorageError>>
    ownedBallIds(domain::RowId playerId, OwnedBallsFilter filter = {});
    /// The same for two players in one snapshot (/balls compare).
    [[nodiscard]] QFuture<
        Result<std::pair<QList<domain::RowId>, QList<domain::RowId>>, StorageError>>
    ownedBallIds(domain::RowId first, domain::RowId second, OwnedBallsFilter filter = {});
    [[nodiscard]] QFuture<Result<CollectionTotals, StorageError>>
    totals(domain::RowId playerId, std::optional<domain::RowId> ballId = std::nullopt);
    /// Groups sorted by count descending, then id; limit (> 0) keeps the first rows.
    [[nodiscard]] QFuture<Result<QList<IdCount>, StorageError>>
    duplicates(domain::RowId playerId, DuplicateGrouping grouping,
               std::optional<int> limit = std::nullopt);
    /// Live instances of one ball (Balls) or with one special (Specials).
    [[nodiscard]] QFuture<Result<std::int64_t, StorageError>>
    count(domain::RowId playerId, DuplicateGrouping grouping, domain::RowId id);

    static QList<domain::RowId> ownedBallIds(Transaction &tx, domain::RowId playerId,
                                             const OwnedBallsFilter &filter);
    static CollectionTotals totals(Transaction &tx, domain::RowId playerId,
                                   std::optional<domain::RowId> ballId);
    static QList<IdCount> duplicates(Transaction &tx, domain::RowId playerId,
                                     DuplicateGrouping grouping, std::optional<int> limit);
    static std::int64_t count(Transaction &tx, domain::RowId playerId, DuplicateGrouping grouping,
                              domain::RowId id);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

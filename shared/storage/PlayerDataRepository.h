// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace ballsdex::storage {

class Database;

/// The statistics of `/player info` (live instances only).
struct PlayerSummary
{
    std::int64_t friends = 0;
    std::int64_t blocked = 0; ///< players this one blocked
    std::int64_t enabledBalls = 0; ///< the whole enabled catalogue
    std::int64_t ownedEnabledBalls = 0; ///< distinct enabled balls this player owns
    std::int64_t instances = 0;
    std::int64_t selfCaught = 0; ///< never traded or donated to this player
    std::int64_t specials = 0;
    std::int64_t trades = 0; ///< trade rows on either side (donations included)
    std::int64_t tradePartners = 0; ///< distinct other players of those trades

    /// ownedEnabledBalls over enabledBalls, in percent (0 for an empty catalogue).
    [[nodiscard]] double completionPercent() const;
};

/// What deleting a player would remove, and what currently forbids it.
struct DeletionPreview
{
    std::int64_t instances = 0;
    std::int64_t lockedInstances = 0; ///< locked by a trade or donation within the last 30 min
    std::int64_t trades = 0;
    std::int64_t friends = 0;
    std::int64_t blocked = 0;
};

/// Keyset position of an export: the last row of the previous batch. catchDate is the server's
/// exact text so no precision is lost between batches.
struct ExportCursor
{
    QString sortKey;
    domain::RowId id = 0;
};

/// One live instance as exported (base stats; the bonuses are percentages).
struct ExportedInstance
{
    domain::RowId id = 0;
    QString ballName;
    QDateTime catchDate;
    std::optional<domain::Snowflake> previousOwner; ///< discord id; nullopt when self-caught
    std::optional<QString> special;
    int attack = 0;
    int attackBonus = 0;
    int health = 0;
    int healthBonus = 0;
};

struct ExportedTradeItem
{
    domain::RowId instanceId = 0;
    QString ballName;
};

/// One trade the player took part in; the received lists say who ended up with what.
struct ExportedTrade
{
    domain::RowId id = 0;
    QDateTime date;
    domain::Snowflake player1 = 0;
    domain::Snowflake player2 = 0;
    QList<ExportedTradeItem> player1Received;
    QList<ExportedTradeItem> player2Received;
};

template<typename T> struct ExportBatch
{
    QList<T> items;
    std::optional<ExportCursor> next; ///< nullopt after the last batch
};

/// Aggregates and exports over one player's data (/player info, export, delete).
class PlayerDataRepository final
{
public:
    static constexpr int MaxBatch = 5000;

    explicit PlayerDataRepository(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<PlayerSummary, StorageError>> summary(domain::RowId playerId);
    [[nodiscard]] QFuture<Result<DeletionPreview, StorageError>>
    deletionPreview(domain::RowId playerId);
    /// Live instances, oldest catch first, `limit` (≤ MaxBatch) at a time.
    [[nodiscard]] QFuture<Result<ExportBatch<ExportedInstance>, StorageError>>
    exportInstances(domain::RowId playerId, std::optional<ExportCursor> after, int limit);
    /// Trades on either side, oldest first, `limit` (≤ MaxBatch) at a time.
    [[nodiscard]] QFuture<Result<ExportBatch<ExportedTrade>, StorageError>>
    exportTrades(domain::RowId playerId, std::optional<ExportCursor> after, int limit);
    /// Deletes the player row and, through the foreign keys, everything depending on it, in one
    /// transaction. NotFound when the row is gone; Conflict (nothing deleted) while one of their
    /// instances is locked by a trade or donation.
    [[nodiscard]] QFuture<Result<void, StorageError>> deletePlayer(domain::RowId playerId);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

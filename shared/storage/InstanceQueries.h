// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Instance.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ballsdex::storage {

class Database;

/// Orderings of /balls list (bot-features.md §1.3). Ties end on the instance id so every
/// ordering is total, which keyset paging needs.
enum class InstanceSort {
    Default, ///< favorites first, then newest catch
    CatchDate, ///< newest catch first
    Alphabetic, ///< country A→Z, then newest
    Rarity, ///< rarest ball first (lowest rarity), then country, then newest
    Special, ///< special id ascending, non-specials last, then newest
    Health, ///< base health + health bonus, descending
    Attack, ///< base attack + attack bonus, descending
    HealthBonus,
    AttackBonus,
    StatsBonus, ///< attack bonus + health bonus, descending
    Duplicates, ///< instances of the most-owned ball first (within the filter)
};

enum class SpecialFilter { Any, OnlySpecials, NonSpecials };

/// Which of one player's live instances a listing or a count covers.
struct InstanceFilter
{
    domain::RowId playerId = 0;
    std::optional<domain::RowId> ballId;
    std::optional<domain::RowId> specialId;
    SpecialFilter specials = SpecialFilter::Any;
    bool selfCaughtOnly = false; ///< never traded (no previous owner)
    std::optional<domain::Snowflake> serverId; ///< caught in this guild
};

struct InstanceOrder
{
    InstanceSort sort = InstanceSort::Default;
    bool reverse = false;
};

/// The sort key of one row, for keyset paging. Opaque to callers; only valid for the filter
/// and order it came from.
struct InstanceSortKey
{
    QStringList values;
};

/// Which rows of the ordered listing a slice holds.
struct InstanceSliceRequest
{
    enum class From {
        Start, ///< skip `offset` rows from the start
        End, ///< skip `offset` rows from the end (the rows still come in display order)
        After, ///< the rows right after `key`
        Before, ///< the rows right before `key`
    };
    From from = From::Start;
    std::int64_t offset = 0;
    std::optional<InstanceSortKey> key;
    int limit = 25; ///< clamped to 1..500
};

struct InstanceSlice
{
    QList<domain::BallInstance> items; ///< display order
    std::optional<InstanceSortKey> firstKey; ///< of items.first()
    std::optional<InstanceSortKey> lastKey; ///< of items.last()
};

enum class InstanceLocks { Any, Locked, Unlocked };

/// An instance option's autocomplete query (bot-features.md §1.2). Name matching happens in
/// memory first; the database only sees ball ids and an id prefix.
struct InstanceSearch
{
    domain::RowId playerId = 0;
    bool matchAll = true; ///< empty input: every instance (newest first)
    QList<domain::RowId> ballIds; ///< instances of these balls match
    /// Upper-case hex digits (no leading zero): ids whose hex form starts with them match.
    QString hexPrefix;
    std::optional<domain::RowId> specialId;
    InstanceLocks locks = InstanceLocks::Any;
    /// Locks taken at or before this moment have expired (now - 30 minutes).
    QDateTime lockCutoff;
    int limit = 25;
};

/// An instance with its owners' Discord ids (card text, ownership messages).
struct OwnedInstance
{
    domain::BallInstance instance;
    domain::Snowflake ownerDiscordId = 0;
    std::optional<domain::Snowflake> previousOwnerDiscordId;
};

/// Read-only queries over a player's instances for /balls and the instance options. Every query
/// is bounded by `limit`; nothing returns a whole collection. The catch-date orderings walk the
/// (player, catch_date, id) index, so their pages cost the same at any depth by keyset; the
/// other orderings scan the player's rows once per page for a top-N sort (see
/// tests/features_balls/bench_balls_list.cpp for the figures).
class InstanceQueries final
{
public:
    explicit InstanceQueries(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<std::int64_t, StorageError>> count(InstanceFilter filter);
    [[nodiscard]] QFuture<Result<InstanceSlice, StorageError>>
    slice(InstanceFilter filter, InstanceOrder order, InstanceSliceRequest request);
    /// Up to `limit` matches, newest first; an exact id match (hexPrefix being the whole id)
    /// comes first.
    [[nodiscard]] QFuture<Result<QList<domain::BallInstance>, StorageError>>
    search(InstanceSearch search);
    /// A live instance whoever owns it; nullopt when missing or deleted.
    [[nodiscard]] QFuture<Result<std::optional<OwnedInstance>, StorageError>>
    findWithOwners(domain::RowId id);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

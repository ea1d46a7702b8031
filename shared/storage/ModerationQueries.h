// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Instance.h"
#include "domain/Player.h"
#include "domain/Policies.h"
#include "storage/AuditLogRepository.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace ballsdex::storage {

class Database;

/// Where a newest-first keyset page ends: the row's timestamp in the server's own text form
/// (microseconds survive the round trip, which QDateTime would truncate) and its id.
struct PageCursor
{
    QString timestamp;
    domain::RowId id = 0;
};

/// What Studio shows about one Discord user. The player row may be missing (never played) while
/// a ban exists, and the other way round.
struct PlayerSummary
{
    domain::Snowflake discordId = 0;
    std::optional<domain::Player> player;
    std::optional<domain::BlacklistEntry> ban;
};

struct GuildSummary
{
    domain::Snowflake guildId = 0;
    std::optional<domain::GuildConfig> config;
    std::optional<domain::BlacklistEntry> ban;
};

/// One instance as the moderation lists show it, deleted ones included.
struct ModerationInstance
{
    domain::BallInstance instance;
    QString ballName;
    std::optional<QString> specialName;
    domain::Snowflake ownerDiscordId = 0;
};

/// Whose instances a page lists: a player's collection or what was caught in one guild.
struct InstanceScope
{
    enum class Kind { Player, Guild };
    Kind kind = Kind::Player;
    /// player.id for Kind::Player, the guild's Discord id for Kind::Guild.
    std::int64_t id = 0;
};

struct InstancePage
{
    QList<ModerationInstance> rows; ///< newest catch first
    std::optional<PageCursor> next; ///< nullopt when this was the last page
};

/// A completed trade seen from the moderation desk, with how many instances each side gave.
struct TradeSummary
{
    domain::RowId id = 0;
    QDateTime date;
    domain::Snowflake player1DiscordId = 0;
    domain::Snowflake player2DiscordId = 0;
    int player1Items = 0;
    int player2Items = 0;
    std::int64_t player1Coins = 0;
    std::int64_t player2Coins = 0;
};

struct TradePage
{
    QList<TradeSummary> rows; ///< newest first
    std::optional<PageCursor> next;
};

/// Which blacklist history entries a page covers; empty fields do not filter.
struct HistoryFilter
{
    std::optional<domain::BlacklistTarget> target;
    /// Entries about this id, or made by this moderator.
    std::optional<domain::Snowflake> discordId;
    /// Case-insensitive substring of the reason (LIKE wildcards in it are matched literally).
    QString reasonContains;
};

struct HistoryPage
{
    QList<domain::BlacklistHistoryEntry> rows; ///< newest first
    std::optional<PageCursor> next;
};

/// The read side of Studio's moderation desk, plus the one write BlacklistRepository lacks
/// (editing a ban's reason). Every listing is a newest-first keyset page over an index
/// (migration 0009), so a page costs the same at any depth; limits are clamped to 1..500.
class ModerationQueries final
{
public:
    explicit ModerationQueries(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<PlayerSummary, StorageError>>
    findPlayer(domain::Snowflake discordId);
    [[nodiscard]] QFuture<Result<GuildSummary, StorageError>> findGuild(domain::Snowflake guildId);

    /// after = nullopt for the first page.
    [[nodiscard]] QFuture<Result<InstancePage, StorageError>>
    instances(InstanceScope scope, std::optional<PageCursor> after, int limit);
    /// Trades the player took part in, on either side.
    [[nodiscard]] QFuture<Result<TradePage, StorageError>>
    trades(domain::RowId playerId, std::optional<PageCursor> after, int limit);
    [[nodiscard]] QFuture<Result<HistoryPage, StorageError>>
    history(HistoryFilter filter, std::optional<PageCursor> after, int limit);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "domain/Player.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QCoroTask>
#include <QHash>

#include <optional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {

/// Where each guild spawns: guilds with spawning enabled and a channel set. Read by the spawn
/// logic on every message, so it never touches the database; /config keeps it current.
class GuildSpawnChannels final
{
public:
    explicit GuildSpawnChannels(storage::Database &database);

    /// Replaces the map with the database's enabled guilds that have a channel.
    QCoro::Task<Result<void, storage::StorageError>> load();
    /// Applies a guild's stored configuration (after a /config write).
    void apply(const domain::GuildConfig &config);
    void remove(domain::Snowflake guildId);
    /// Drops @p guildId only while its channel is still @p channelId (a channel Discord no longer
    /// knows); a channel set meanwhile by /config stays. True when it dropped the entry.
    bool forget(domain::Snowflake guildId, domain::Snowflake channelId);

    [[nodiscard]] std::optional<domain::Snowflake> channelFor(domain::Snowflake guildId) const;
    [[nodiscard]] qsizetype size() const { return m_channels.size(); }
    [[nodiscard]] const QHash<domain::Snowflake, domain::Snowflake> &all() const
    {
        return m_channels;
    }

private:
    storage::Database &m_database;
    QHash<domain::Snowflake, domain::Snowflake> m_channels;
};

} // namespace ballsdex::bot::services

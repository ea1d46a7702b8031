// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace ballsdex::storage {

class Database;
class Transaction;

class GuildConfigRepository final
{
public:
    explicit GuildConfigRepository(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<std::optional<domain::GuildConfig>, StorageError>>
    find(domain::Snowflake guildId);
    [[nodiscard]] QFuture<Result<domain::GuildConfig, StorageError>>
    getOrCreate(domain::Snowflake guildId);
    /// Creates the row if needed; nullopt clears the channel (no spawns).
    [[nodiscard]] QFuture<Result<domain::GuildConfig, StorageError>>
    setSpawnChannel(domain::Snowflake guildId, std::optional<domain::Snowflake> channelId);
    /// Clears the spawn channel of @p guildId only while it is still @p channelId (a channel
    /// Discord no longer knows), so a concurrent /config channel is kept. True when it cleared.
    [[nodiscard]] QFuture<Result<bool, StorageError>>
    clearSpawnChannel(domain::Snowflake guildId, domain::Snowflake channelId);
    /// Creates the row if needed.
    [[nodiscard]] QFuture<Result<domain::GuildConfig, StorageError>>
    setEnabled(domain::Snowflake guildId, bool enabled);
    /// Guilds where spawning is on and a channel is set, by guild id.
    [[nodiscard]] QFuture<Result<QList<domain::GuildConfig>, StorageError>>
    listEnabledWithChannel();

    static domain::GuildConfig getOrCreate(Transaction &tx, domain::Snowflake guildId);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

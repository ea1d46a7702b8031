// SPDX-License-Identifier: MIT
#include "GuildConfigRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

using domain::GuildConfig;

const std::string columns = "id, guild_id, spawn_channel, enabled, silent";

GuildConfig toConfig(const pqxx::row &row)
{
    GuildConfig config;
    config.id = row[0].as<domain::RowId>();
    config.guildId = row[1].as<domain::Snowflake>();
    config.spawnChannel = sql::opt<domain::Snowflake>(row[2]);
    config.enabled = row[3].as<bool>();
    config.silent = row[4].as<bool>();
    return config;
}

std::optional<GuildConfig> findConfig(Transaction &tx, domain::Snowflake guildId)
{
    const auto row
        = tx.exec01("SELECT " + columns + " FROM guildconfig WHERE guild_id = $1", guildId);
    return row ? std::optional(toConfig(*row)) : std::nullopt;
}

} // namespace

GuildConfig GuildConfigRepository::getOrCreate(Transaction &tx, domain::Snowflake guildId)
{
    if (auto existing = findConfig(tx, guildId))
        return *existing;
    const auto inserted = tx.exec01("INSERT INTO guildconfig (guild_id) VALUES ($1) "
                                    "ON CONFLICT (guild_id) DO NOTHING RETURNING "
                                        + columns,
                                    guildId);
    if (inserted)
        return toConfig(*inserted);
    if (auto concurrent = findConfig(tx, guildId))
        return *concurrent;
    tx.abort(StorageError::Kind::Conflict,
             QStringLiteral("Guild configuration %1 could not be created").arg(guildId));
}

QFuture<Result<std::optional<GuildConfig>, StorageError>>
GuildConfigRepository::find(domain::Snowflake guildId)
{
    return m_database.transact([guildId](Transaction &tx) { return findConfig(tx, guildId); },
                               TxOptions {.readOnly = true});
}

QFuture<Result<GuildConfig, StorageError>>
GuildConfigRepository::getOrCreate(domain::Snowflake guildId)
{
    return m_database.transact([guildId](Transaction &tx) { return getOrCreate(tx, guildId); });
}

QFuture<Result<GuildConfig, StorageError>>
GuildConfigRepository::setSpawnChannel(domain::Snowflake guildId,
                                       std::optional<domain::Snowflake> channelId)
{
    return m_database.transact([guildId, channelId](Transaction &tx) {
        return toConfig(
            tx.exec1("INSERT INTO guildconfig (guild_id, spawn_channel) VALUES ($1, $2) "
                     "ON CONFLICT (guild_id) DO UPDATE SET spawn_channel = "
                     "EXCLUDED.spawn_channel RETURNING "
                         + columns,
                     guildId, channelId));
    });
}

QFuture<Result<bool, StorageError>>
GuildConfigRepository::clearSpawnChannel(domain::Snowflake guildId, domain::Snowflake channelId)
{
    return m_database.transact([guildId, channelId](Transaction &tx) {
        return tx
            .exec01("UPDATE guildconfig SET spawn_channel = NULL "
                    "WHERE guild_id = $1 AND spawn_channel = $2 RETURNING guild_id",
                    guildId, channelId)
            .has_value();
    });
}

QFuture<Result<GuildConfig, StorageError>>
GuildConfigRepository::setEnabled(domain::Snowflake guildId, bool enabled)
{
    return m_database.transact([guildId, enabled](Transaction &tx) {
        return toConfig(tx.exec1("INSERT INTO guildconfig (guild_id, enabled) VALUES ($1, $2) "
                                 "ON CONFLICT (guild_id) DO UPDATE SET enabled = EXCLUDED.enabled "
                                 "RETURNING "
                                     + columns,
                                 guildId, enabled));
    });
}

QFuture<Result<QList<GuildConfig>, StorageError>> GuildConfigRepository::listEnabledWithChannel()
{
    return m_database.transact(
        [](Transaction &tx) {
            QList<GuildConfig> configs;
            for (const pqxx::row &row :
                 tx.exec("SELECT " + columns
                         + " FROM guildconfig WHERE enabled AND spawn_channel IS NOT NULL "
                           "ORDER BY guild_id"))
                configs.append(toConfig(row));
            return configs;
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#include "services/GuildSpawnChannels.h"

#include "storage/Database.h"
#include "storage/GuildConfigRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::services {

GuildSpawnChannels::GuildSpawnChannels(storage::Database &database)
    : m_database(database)
{
}

QCoro::Task<Result<void, storage::StorageError>> GuildSpawnChannels::load()
{
    storage::GuildConfigRepository repository(m_database);
    auto future = repository.listEnabledWithChannel();
    const Result<QList<domain::GuildConfig>, storage::StorageError> configs = co_await future;
    if (!configs)
        co_return fail(configs.error());
    QHash<domain::Snowflake, domain::Snowflake> channels;
    channels.reserve(configs->size());
    for (const domain::GuildConfig &config : *configs) {
        if (config.enabled && config.spawnChannel)
            channels.insert(config.guildId, *config.spawnChannel);
    }
    m_channels = std::move(channels);
    co_return Result<void, storage::StorageError> {};
}

void GuildSpawnChannels::apply(const domain::GuildConfig &config)
{
    if (config.enabled && config.spawnChannel)
        m_channels.insert(config.guildId, *config.spawnChannel);
    else
        m_channels.remove(config.guildId);
}

void GuildSpawnChannels::remove(domain::Snowflake guildId)
{
    m_channels.remove(guildId);
}

bool GuildSpawnChannels::forget(domain::Snowflake guildId, domain::Snowflake channelId)
{
    const auto found = m_channels.constFind(guildId);
    if (found == m_channels.cend() || *found != channelId)
        return false;
    m_channels.erase(found);
    return true;
}

std::optional<domain::Snowflake> GuildSpawnChannels::channelFor(domain::Snowflake guildId) const
{
    const auto found = m_channels.constFind(guildId);
    if (found == m_channels.cend())
        return std::nullopt;
    return *found;
}

} // namespace ballsdex::bot::services

// SPDX-License-Identifier: MIT
#pragma once

#include "features/countryballs/CountryballsWorld.h"
#include "game/SpawnRules.h"

#include <QHash>

namespace ballsdex::config {
struct Settings;
}
namespace ballsdex::gateway {
class GatewayEvent;
}
namespace ballsdex::bot::services {
class BlacklistCache;
class CatalogueCache;
class GuildSpawnChannels;
} // namespace ballsdex::bot::services

namespace ballsdex::bot {

/// The spawn and catch flow's view of the bot's caches, plus guild member counts taken from
/// GUILD_CREATE (the bot has no members intent).
class GameWorld final : public ::ballsdex::features::countryballs::CountryballsWorld
{
public:
    GameWorld(const services::CatalogueCache &catalogue, const services::BlacklistCache &blacklist,
              services::GuildSpawnChannels &spawnChannels, QString mediaDirectory);

    /// Keeps member counts current; call for every dispatch.
    void observe(const gateway::GatewayEvent &event);

    [[nodiscard]] QList<domain::Ball> enabledBalls() const override;
    [[nodiscard]] QList<domain::Special> specials() const override;
    [[nodiscard]] std::optional<domain::Snowflake>
    spawnChannelFor(domain::Snowflake guildId) const override;
    [[nodiscard]] bool isGuildBlacklisted(domain::Snowflake guildId) const override;
    [[nodiscard]] bool isUserBlacklisted(domain::Snowflake userId) const override;
    [[nodiscard]] int memberCount(domain::Snowflake guildId) const override;
    [[nodiscard]] QString mediaPath(const QString &relative) const override;
    void forgetSpawnChannel(domain::Snowflake guildId, domain::Snowflake channelId) override;
    /// Member count of every guild the bot is in (from GUILD_CREATE).
    [[nodiscard]] const QHash<domain::Snowflake, int> &memberCounts() const
    {
        return m_memberCounts;
    }

private:
    const services::CatalogueCache &m_catalogue;
    const services::BlacklistCache &m_blacklist;
    services::GuildSpawnChannels &m_spawnChannels;
    QString m_mediaDirectory;
    QHash<domain::Snowflake, int> m_memberCounts;
};

/// config.yml's spawn keys as the spawn manager's rules.
game::SpawnRules spawnRules(const config::Settings &settings);
/// config.yml's wording and catch keys for the spawn and catch flow.
::ballsdex::features::countryballs::CountryballsSettings
countryballsSettings(const config::Settings &settings);

} // namespace ballsdex::bot

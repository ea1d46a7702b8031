// SPDX-License-Identifier: MIT
#include "app/GameWorld.h"

#include "config/Settings.h"
#include "gateway/DispatchModels.h"
#include "gateway/GatewayEvent.h"
#include "services/BlacklistCache.h"
#include "services/CatalogueCache.h"
#include "services/GuildSpawnChannels.h"

#include <QDir>

namespace ballsdex::bot {

GameWorld::GameWorld(const services::CatalogueCache &catalogue,
                     const services::BlacklistCache &blacklist,
                     services::GuildSpawnChannels &spawnChannels, QString mediaDirectory)
    : m_catalogue(catalogue)
    , m_blacklist(blacklist)
    , m_spawnChannels(spawnChannels)
    , m_mediaDirectory(std::move(mediaDirectory))
{
}

void GameWorld::observe(const gateway::GatewayEvent &event)
{
    switch (event.type()) {
    case gateway::DispatchType::GuildCreate:
    case gateway::DispatchType::GuildUpdate:
        if (const auto guild = gateway::parseGuildSummary(event); guild && !guild->unavailable) {
            if (guild->memberCount > 0)
                m_memberCounts.insert(guild->guildId, int(guild->memberCount));
        }
        break;
    case gateway::DispatchType::GuildDelete:
        if (const auto guild = gateway::parseGuildAvailability(event); guild && !guild->unavailable)
            m_memberCounts.remove(guild->guildId);
        break;
    default:
        break;
    }
}

QList<domain::Ball> GameWorld::enabledBalls() const
{
    return m_catalogue.enabledBalls();
}

QList<domain::Special> GameWorld::specials() const
{
    return m_catalogue.snapshot()->data.specials;
}

std::optional<domain::Snowflake> GameWorld::spawnChannelFor(domain::Snowflake guildId) const
{
    return m_spawnChannels.channelFor(guildId);
}

bool GameWorld::isGuildBlacklisted(domain::Snowflake guildId) const
{
    return m_blacklist.isGuildBlacklisted(guildId);
}

bool GameWorld::isUserBlacklisted(domain::Snowflake userId) const
{
    return m_blacklist.isUserBlacklisted(userId);
}

int GameWorld::memberCount(domain::Snowflake guildId) const
{
    return m_memberCounts.value(guildId, 0);
}

QString GameWorld::mediaPath(const QString &relative) const
{
    return QDir(m_mediaDirectory).filePath(relative);
}

game::SpawnRules spawnRules(const config::Settings &settings)
{
    const config::SpawnSettings &spawn = settings.spawn;
    game::SpawnRules rules;
    rules.chanceMin = spawn.chanceMin;
    rules.chanceMax = spawn.chanceMax;
    rules.minCycleSeconds = spawn.minCycleSeconds;
    rules.messageCooldownSeconds = spawn.messageCooldownSeconds;
    rules.messageCacheSize = spawn.messageCacheSize;
    rules.minDistinctAuthors = spawn.minDistinctAuthors;
    rules.maxAuthorShare = spawn.maxAuthorShare;
    rules.shortMessageLength = spawn.shortMessageLength;
    rules.penaltyMultiplier = spawn.penaltyMultiplier;
    rules.timeFactorTiny = spawn.timeFactorTiny;
    rules.timeFactorSmall = spawn.timeFactorSmall;
    rules.timeFactorMedium = spawn.timeFactorMedium;
    rules.timeFactorLarge = spawn.timeFactorLarge;
    return rules.sanitised();
}

::ballsdex::features::countryballs::CountryballsSettings
countryballsSettings(const config::Settings &settings)
{
    ::ballsdex::features::countryballs::CountryballsSettings result;
    result.collectible = settings.collectibleName;
    result.collectibles = settings.pluralCollectibleName;
    result.catchButtonLabel = settings.catchSettings.buttonLabel;
    result.spawnMessages = settings.catchSettings.spawnMessages;
    result.caughtMessages = settings.catchSettings.caughtMessages;
    result.wrongMessages = settings.catchSettings.wrongMessages;
    result.slowMessages = settings.catchSettings.slowMessages;
    result.blacklistMessage
        = QStringLiteral(
              "You are blacklisted from the bot. You can appeal in our support server: %1")
              .arg(settings.about.discordInvite);
    result.maxAttackBonus = settings.maxAttackBonus;
    result.maxHealthBonus = settings.maxHealthBonus;
    result.viewTimeout = std::chrono::seconds(settings.spawn.catchTimeoutSeconds);
    result.messageContentIntent = settings.discord.messageContentIntent;
    return result;
}

} // namespace ballsdex::bot

namespace ballsdex::bot {

void GameWorld::forgetSpawnChannel(domain::Snowflake guildId, domain::Snowflake channelId)
{
    m_spawnChannels.forget(guildId, channelId);
}

} // namespace ballsdex::bot

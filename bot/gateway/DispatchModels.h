// SPDX-License-Identifier: MIT
#pragma once

#include "GatewayEvent.h"
#include "domain/Ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ballsdex::gateway {

/// The parts of READY the gateway and the bot keep (discord-protocol.md §1.10).
struct ReadyInfo
{
    QString sessionId;
    QString resumeGatewayUrl;
    domain::Snowflake userId = 0;
    QString userName;
    domain::Snowflake applicationId = 0;
    QList<domain::Snowflake> guildIds; ///< all unavailable until their GUILD_CREATE arrives
    int shardId = 0;
    int shardCount = 1;
};

/// `{id, unavailable?}` of a GUILD_CREATE or GUILD_DELETE.
struct GuildAvailability
{
    domain::Snowflake guildId = 0;
    bool unavailable = false;
};

/// What the bot keeps of a GUILD_CREATE: a few fields, never the JSON (the spawn logic needs the
/// member count, the admin commands the name).
struct GuildSummary
{
    domain::Snowflake guildId = 0;
    bool unavailable = false;
    qint64 memberCount = 0;
    QString name;
};

/// The fields of a MESSAGE_CREATE the spawn logic reads (bot-features.md §2.1).
struct MessageSummary
{
    domain::Snowflake messageId = 0;
    domain::Snowflake channelId = 0;
    domain::Snowflake guildId = 0; ///< 0 in DMs
    domain::Snowflake authorId = 0;
    bool authorIsBot = false;
    bool fromWebhook = false;
    QString content;
};

/// Snowflakes arrive as strings; returns 0 for anything else.
[[nodiscard]] domain::Snowflake snowflakeFrom(const QJsonValue &value);

[[nodiscard]] std::optional<ReadyInfo> parseReady(const QJsonObject &d);
[[nodiscard]] std::optional<GuildAvailability> parseGuildAvailability(const QJsonObject &d);

/// The same readings from an event: from its raw `d` text without building a tree when it has
/// one (GatewayEvent::rawData()), else from data(). Both ways give the same result.
[[nodiscard]] std::optional<GuildAvailability> parseGuildAvailability(const GatewayEvent &event);
[[nodiscard]] std::optional<GuildSummary> parseGuildSummary(const GatewayEvent &event);
[[nodiscard]] std::optional<MessageSummary> parseMessageSummary(const GatewayEvent &event);

} // namespace ballsdex::gateway

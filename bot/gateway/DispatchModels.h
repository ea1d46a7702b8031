// SPDX-License-Identifier: MIT
#pragma once

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

/// Snowflakes arrive as strings; returns 0 for anything else.
[[nodiscard]] domain::Snowflake snowflakeFrom(const QJsonValue &value);

[[nodiscard]] std::optional<ReadyInfo> parseReady(const QJsonObject &d);
[[nodiscard]] std::optional<GuildAvailability> parseGuildAvailability(const QJsonObject &d);

} // namespace ballsdex::gateway

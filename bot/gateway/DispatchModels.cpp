// SPDX-License-Identifier: MIT
#include "DispatchModels.h"

#include <QJsonArray>

namespace ballsdex::gateway {

domain::Snowflake snowflakeFrom(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    }
    if (value.isDouble())
        return value.toInteger();
    return 0;
}

std::optional<ReadyInfo> parseReady(const QJsonObject &d)
{
    ReadyInfo info;
    info.sessionId = d.value(QLatin1String("session_id")).toString();
    info.resumeGatewayUrl = d.value(QLatin1String("resume_gateway_url")).toString();
    if (info.sessionId.isEmpty())
        return std::nullopt;
    const QJsonObject user = d.value(QLatin1String("user")).toObject();
    info.userId = snowflakeFrom(user.value(QLatin1String("id")));
    info.userName = user.value(QLatin1String("username")).toString();
    info.applicationId = snowflakeFrom(
        d.value(QLatin1String("application")).toObject().value(QLatin1String("id")));
    const QJsonArray guilds = d.value(QLatin1String("guilds")).toArray();
    info.guildIds.reserve(guilds.size());
    for (const QJsonValue &guild : guilds) {
        const domain::Snowflake id = snowflakeFrom(guild.toObject().value(QLatin1String("id")));
        if (id != 0)
            info.guildIds.append(id);
    }
    const QJsonArray shard = d.value(QLatin1String("shard")).toArray();
    if (shard.size() == 2) {
        info.shardId = shard.at(0).toInt();
        info.shardCount = shard.at(1).toInt(1);
    }
    return info;
}

std::optional<GuildAvailability> parseGuildAvailability(const QJsonObject &d)
{
    const domain::Snowflake id = snowflakeFrom(d.value(QLatin1String("id")));
    if (id == 0)
        return std::nullopt;
    return GuildAvailability {id, d.value(QLatin1String("unavailable")).toBool(false)};
}

} // namespace ballsdex::gateway

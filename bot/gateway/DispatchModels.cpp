// SPDX-License-Identifier: MIT
#include "DispatchModels.h"

#include "GatewayPayload.h"

#include <QJsonArray>

#include <array>
#include <limits>

namespace ballsdex::gateway {

namespace {

// 1 to 19 ASCII digits that fit in a positive qint64: the form of every real snowflake.
std::optional<domain::Snowflake> plainSnowflake(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 19)
        return std::nullopt;
    quint64 id = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        id = id * 10 + quint64(c - '0');
    }
    if (id == 0 || id > quint64(std::numeric_limits<domain::Snowflake>::max()))
        return std::nullopt;
    return domain::Snowflake(id);
}

/// Chosen top-level fields of one object, read from a QJsonObject or from raw JSON text with the
/// same conversions (QJsonValue's), so the two ways to build an event read alike.
template<std::size_t N> class Fields
{
public:
    using Keys = std::array<QByteArrayView, N>;

    Fields(const GatewayEvent &event, const Keys &keys)
    {
        if (event.hasRawData())
            (void)rawjson::findMembers(event.rawData(), keys, m_raw);
        else
            take(event.data(), keys);
    }
    Fields(const QJsonObject &object, const Keys &keys) { take(object, keys); }
    Fields(QByteArrayView rawObject, const Keys &keys)
    {
        (void)rawjson::findMembers(rawObject, keys, m_raw);
    }

    [[nodiscard]] domain::Snowflake snowflake(std::size_t i) const
    {
        if (m_fromObject)
            return snowflakeFrom(m_values[i]);
        if (rawjson::isString(m_raw[i])) {
            if (const auto id = plainSnowflake(m_raw[i].sliced(1, m_raw[i].size() - 2)))
                return *id;
            // Anything unusual (signs, spaces, escapes, non-ASCII) the way snowflakeFrom reads it.
            bool ok = false;
            const qint64 id = rawjson::toString(m_raw[i]).toLongLong(&ok);
            return ok && id > 0 ? id : 0;
        }
        return rawjson::isNumber(m_raw[i]) ? rawjson::toInteger(m_raw[i]) : 0;
    }
    [[nodiscard]] QString string(std::size_t i) const
    {
        return m_fromObject ? m_values[i].toString() : rawjson::toString(m_raw[i]);
    }
    [[nodiscard]] qint64 integer(std::size_t i) const
    {
        return m_fromObject ? m_values[i].toInteger() : rawjson::toInteger(m_raw[i]);
    }
    [[nodiscard]] bool boolean(std::size_t i, bool defaultValue) const
    {
        return m_fromObject ? m_values[i].toBool(defaultValue)
                            : rawjson::toBool(m_raw[i], defaultValue);
    }
    /// Present and neither null nor undefined.
    [[nodiscard]] bool isSet(std::size_t i) const
    {
        return m_fromObject ? !m_values[i].isNull() && !m_values[i].isUndefined()
                            : !m_raw[i].isEmpty() && m_raw[i] != QByteArrayView("null");
    }
    /// A nested object's fields ({} when the value is not an object).
    template<std::size_t M>
    [[nodiscard]] Fields<M> object(std::size_t i, const typename Fields<M>::Keys &keys) const
    {
        if (m_fromObject)
            return Fields<M>(m_values[i].toObject(), keys);
        return rawjson::isObject(m_raw[i]) ? Fields<M>(m_raw[i], keys)
                                           : Fields<M>(QJsonObject(), keys);
    }

private:
    void take(const QJsonObject &object, const Keys &keys)
    {
        m_fromObject = true;
        for (std::size_t i = 0; i < N; ++i)
            m_values[i] = object.value(QLatin1String(keys[i].data(), keys[i].size()));
    }

    std::array<QByteArrayView, N> m_raw {};
    std::array<QJsonValue, N> m_values {};
    bool m_fromObject = false;
};

} // namespace

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

namespace ballsdex::gateway {

std::optional<GuildAvailability> parseGuildAvailability(const GatewayEvent &event)
{
    const Fields<2> fields(event, {"id", "unavailable"});
    const domain::Snowflake id = fields.snowflake(0);
    if (id == 0)
        return std::nullopt;
    return GuildAvailability {id, fields.boolean(1, false)};
}

std::optional<GuildSummary> parseGuildSummary(const GatewayEvent &event)
{
    const Fields<4> fields(event, {"id", "unavailable", "member_count", "name"});
    const domain::Snowflake id = fields.snowflake(0);
    if (id == 0)
        return std::nullopt;
    return GuildSummary {id, fields.boolean(1, false), fields.integer(2), fields.string(3)};
}

std::optional<MessageSummary> parseMessageSummary(const GatewayEvent &event)
{
    const Fields<6> fields(event,
                           {"id", "channel_id", "guild_id", "author", "webhook_id", "content"});
    MessageSummary message;
    message.messageId = fields.snowflake(0);
    message.channelId = fields.snowflake(1);
    if (message.messageId == 0 || message.channelId == 0)
        return std::nullopt;
    message.guildId = fields.snowflake(2);
    const auto author = fields.object<2>(3, {"id", "bot"});
    message.authorId = author.snowflake(0);
    message.authorIsBot = author.boolean(1, false);
    message.fromWebhook = fields.isSet(4);
    message.content = fields.string(5);
    return message;
}

} // namespace ballsdex::gateway

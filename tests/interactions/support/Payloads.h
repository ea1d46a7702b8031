// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/Interaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ballsdex::interactions::testing {

inline constexpr Snowflake ApplicationId = 1100000000000000001LL;
inline constexpr Snowflake GuildId = 1200000000000000001LL;
inline constexpr Snowflake ChannelId = 1300000000000000001LL;
inline constexpr Snowflake InvokerId = 1400000000000000001LL;
inline constexpr Snowflake OtherUserId = 1400000000000000002LL;
inline constexpr Snowflake SourceMessageId = 1500000000000000001LL;

/// An id whose embedded creation time is `time` (plus a sequence for uniqueness).
inline Snowflake snowflakeAt(const QDateTime &time, int sequence = 0)
{
    const qint64 ms = time.toMSecsSinceEpoch() - 1420070400000LL;
    return (ms << 22) | (sequence & 0xFFF);
}

inline QJsonObject parseJson(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

inline QJsonObject userJson(Snowflake id, const QString &name)
{
    return QJsonObject {{QStringLiteral("id"), QString::number(id)},
                        {QStringLiteral("username"), name},
                        {QStringLiteral("global_name"), name.toUpper()},
                        {QStringLiteral("avatar"), QJsonValue::Null}};
}

/// The envelope every interaction shares: in a guild, invoked by `user`.
inline QJsonObject envelope(InteractionType type, const QDateTime &createdAt,
                            Snowflake user = InvokerId, int sequence = 0)
{
    QJsonObject member {{QStringLiteral("user"), userJson(user, QStringLiteral("player"))},
                        {QStringLiteral("roles"), QJsonArray()},
                        {QStringLiteral("permissions"), QStringLiteral("2248473465835073")},
                        {QStringLiteral("nick"), QJsonValue::Null}};
    return QJsonObject {{QStringLiteral("id"), QString::number(snowflakeAt(createdAt, sequence))},
                        {QStringLiteral("application_id"), QString::number(ApplicationId)},
                        {QStringLiteral("type"), static_cast<int>(type)},
                        {QStringLiteral("token"), QStringLiteral("aW50ZXJhY3Rpb246dG9rZW4")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("guild_id"), QString::number(GuildId)},
                        {QStringLiteral("channel_id"), QString::number(ChannelId)},
                        {QStringLiteral("member"), member},
                        {QStringLiteral("app_permissions"), QStringLiteral("562949953421311")},
                        {QStringLiteral("locale"), QStringLiteral("en-US")},
                        {QStringLiteral("guild_locale"), QStringLiteral("en-US")},
                        {QStringLiteral("context"), 0}};
}

inline QJsonObject option(const QString &name, OptionType type, QJsonValue value,
                          bool focused = false)
{
    QJsonObject json {{QStringLiteral("name"), name},
                      {QStringLiteral("type"), static_cast<int>(type)},
                      {QStringLiteral("value"), value}};
    if (focused) {
        json.insert(QStringLiteral("focused"), true);
    }
    return json;
}

inline QJsonObject nested(const QString &name, OptionType type, QJsonArray options)
{
    return QJsonObject {{QStringLiteral("name"), name},
                        {QStringLiteral("type"), static_cast<int>(type)},
                        {QStringLiteral("options"), options}};
}

inline QJsonObject commandPayload(const QDateTime &createdAt, const QString &name,
                                  QJsonArray options = {}, Snowflake user = InvokerId,
                                  InteractionType type = InteractionType::ApplicationCommand,
                                  int sequence = 0)
{
    QJsonObject payload = envelope(type, createdAt, user, sequence);
    QJsonObject data {{QStringLiteral("id"), QStringLiteral("1600000000000000001")},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("type"), 1}};
    if (!options.isEmpty()) {
        data.insert(QStringLiteral("options"), options);
    }
    payload.insert(QStringLiteral("data"), data);
    return payload;
}

inline QJsonObject componentPayload(const QDateTime &createdAt, const QString &customId,
                                    Snowflake user = InvokerId, QStringList values = {},
                                    int sequence = 0)
{
    QJsonObject payload = envelope(InteractionType::MessageComponent, createdAt, user, sequence);
    QJsonObject data {{QStringLiteral("custom_id"), customId},
                      {QStringLiteral("component_type"), values.isEmpty() ? 2 : 3}};
    if (!values.isEmpty()) {
        data.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    }
    payload.insert(QStringLiteral("data"), data);
    payload.insert(QStringLiteral("message"),
                   QJsonObject {{QStringLiteral("id"), QString::number(SourceMessageId)},
                                {QStringLiteral("channel_id"), QString::number(ChannelId)},
                                {QStringLiteral("content"), QStringLiteral("source")}});
    return payload;
}

/// Modal submit in the Label layout; `fromMessage` adds the source message (button-opened).
inline QJsonObject modalPayload(const QDateTime &createdAt, const QString &customId,
                                const QString &fieldId, const QString &value,
                                bool fromMessage = true, Snowflake user = InvokerId,
                                int sequence = 0)
{
    QJsonObject payload = envelope(InteractionType::ModalSubmit, createdAt, user, sequence);
    QJsonObject input {{QStringLiteral("type"), 4},
                       {QStringLiteral("id"), 2},
                       {QStringLiteral("custom_id"), fieldId},
                       {QStringLiteral("value"), value}};
    QJsonObject label {{QStringLiteral("type"), 18},
                       {QStringLiteral("id"), 1},
                       {QStringLiteral("component"), input}};
    payload.insert(QStringLiteral("data"),
                   QJsonObject {{QStringLiteral("custom_id"), customId},
                                {QStringLiteral("components"), QJsonArray {label}}});
    if (fromMessage) {
        payload.insert(QStringLiteral("message"),
                       QJsonObject {{QStringLiteral("id"), QString::number(SourceMessageId)},
                                    {QStringLiteral("channel_id"), QString::number(ChannelId)}});
    }
    return payload;
}

} // namespace ballsdex::interactions::testing

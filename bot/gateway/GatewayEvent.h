// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace ballsdex::gateway {

/// The dispatch events the bot acts on; everything else is Other (still delivered, by name).
enum class DispatchType {
    Other,
    Ready,
    Resumed,
    GuildCreate,
    GuildUpdate,
    GuildDelete,
    GuildEmojisUpdate,
    ChannelDelete,
    MessageCreate,
    MessageDelete,
    InteractionCreate,
    RateLimited,
};

[[nodiscard]] DispatchType dispatchTypeFromName(QStringView name);

/// One op-0 dispatch as delivered to features. The `d` object is implicitly shared: copying an
/// event copies no JSON. Handlers read typed views from data() (see DispatchModels.h).
class GatewayEvent final
{
public:
    GatewayEvent() = default;
    GatewayEvent(QString name, qint64 sequence, int shardId, QJsonObject data);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] DispatchType type() const { return m_type; }
    [[nodiscard]] qint64 sequence() const { return m_sequence; }
    [[nodiscard]] int shardId() const { return m_shardId; }
    [[nodiscard]] const QJsonObject &data() const { return m_data; }

private:
    QString m_name;
    QJsonObject m_data;
    qint64 m_sequence = 0;
    int m_shardId = 0;
    DispatchType m_type = DispatchType::Other;
};

} // namespace ballsdex::gateway

Q_DECLARE_METATYPE(ballsdex::gateway::GatewayEvent)

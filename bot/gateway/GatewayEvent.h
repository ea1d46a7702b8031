// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <memory>

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
/// An event built from the raw `d` text (decodePayloadLazily) parses it on the first data() call
/// only; DispatchModels' event overloads read single fields from rawData() without a tree.
class GatewayEvent final
{
public:
    GatewayEvent() = default;
    GatewayEvent(QString name, qint64 sequence, int shardId, QJsonObject data);
    GatewayEvent(QString name, qint64 sequence, int shardId, QByteArray rawData);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] DispatchType type() const { return m_type; }
    [[nodiscard]] qint64 sequence() const { return m_sequence; }
    [[nodiscard]] int shardId() const { return m_shardId; }
    /// `d` as an object ({} when it is not one). Thread-safe; parses a raw event once.
    [[nodiscard]] const QJsonObject &data() const;
    /// The JSON text of `d` for events built from it, else empty.
    [[nodiscard]] QByteArrayView rawData() const;
    [[nodiscard]] bool hasRawData() const { return m_lazy != nullptr; }

private:
    struct LazyData;

    QString m_name;
    QJsonObject m_data;
    std::shared_ptr<LazyData> m_lazy;
    qint64 m_sequence = 0;
    int m_shardId = 0;
    DispatchType m_type = DispatchType::Other;
};

} // namespace ballsdex::gateway

Q_DECLARE_METATYPE(ballsdex::gateway::GatewayEvent)

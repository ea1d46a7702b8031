// SPDX-License-Identifier: MIT
#include "GatewayEvent.h"

#include <QJsonDocument>

#include <array>
#include <mutex>
#include <utility>

namespace ballsdex::gateway {

DispatchType dispatchTypeFromName(QStringView name)
{
    static const std::array<std::pair<QLatin1String, DispatchType>, 11> table {{
        {QLatin1String("MESSAGE_CREATE"), DispatchType::MessageCreate},
        {QLatin1String("INTERACTION_CREATE"), DispatchType::InteractionCreate},
        {QLatin1String("GUILD_CREATE"), DispatchType::GuildCreate},
        {QLatin1String("GUILD_UPDATE"), DispatchType::GuildUpdate},
        {QLatin1String("GUILD_DELETE"), DispatchType::GuildDelete},
        {QLatin1String("GUILD_EMOJIS_UPDATE"), DispatchType::GuildEmojisUpdate},
        {QLatin1String("CHANNEL_DELETE"), DispatchType::ChannelDelete},
        {QLatin1String("MESSAGE_DELETE"), DispatchType::MessageDelete},
        {QLatin1String("READY"), DispatchType::Ready},
        {QLatin1String("RESUMED"), DispatchType::Resumed},
        {QLatin1String("RATE_LIMITED"), DispatchType::RateLimited},
    }};
    for (const auto &[text, type] : table) {
        if (name == text)
            return type;
    }
    return DispatchType::Other;
}

GatewayEvent::GatewayEvent(QString name, qint64 sequence, int shardId, QJsonObject data)
    : m_name(std::move(name))
    , m_data(std::move(data))
    , m_sequence(sequence)
    , m_shardId(shardId)
    , m_type(dispatchTypeFromName(m_name))
{
}

struct GatewayEvent::LazyData
{
    QByteArray raw;
    std::once_flag parsed;
    QJsonObject object;
};

GatewayEvent::GatewayEvent(QString name, qint64 sequence, int shardId, QByteArray rawData)
    : m_name(std::move(name))
    , m_lazy(std::make_shared<LazyData>())
    , m_sequence(sequence)
    , m_shardId(shardId)
    , m_type(dispatchTypeFromName(m_name))
{
    m_lazy->raw = std::move(rawData);
}

const QJsonObject &GatewayEvent::data() const
{
    if (!m_lazy)
        return m_data;
    std::call_once(m_lazy->parsed, [lazy = m_lazy.get()] {
        lazy->object = QJsonDocument::fromJson(lazy->raw).object();
    });
    return m_lazy->object;
}

QByteArrayView GatewayEvent::rawData() const
{
    return m_lazy ? QByteArrayView(m_lazy->raw) : QByteArrayView();
}

} // namespace ballsdex::gateway

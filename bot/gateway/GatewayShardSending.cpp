// SPDX-License-Identifier: MIT
// The sending half of GatewayShard: IDENTIFY, RESUME, heartbeats and the paced send queue.
#include "GatewayLogging.h"
#include "GatewayShard.h"

#include <QJsonArray>
#include <QWebSocket>

namespace ballsdex::gateway {

namespace {

constexpr qsizetype MaxQueuedPayloads = 1000;

} // namespace

void GatewayShard::sendIdentify()
{
    if (!m_socket || m_state != ShardState::Identifying)
        return;
    QJsonObject properties;
    properties.insert(QLatin1String("os"), m_options.os);
    properties.insert(QLatin1String("browser"), m_options.libraryName);
    properties.insert(QLatin1String("device"), m_options.libraryName);
    QJsonObject d;
    d.insert(QLatin1String("token"), m_options.token);
    d.insert(QLatin1String("properties"), properties);
    d.insert(QLatin1String("intents"), qint64(m_options.intents));
    d.insert(QLatin1String("compress"), false);
    d.insert(QLatin1String("large_threshold"), m_options.largeThreshold);
    d.insert(QLatin1String("shard"), QJsonArray {m_shardId, m_shardCount});
    if (!m_options.presence.isEmpty())
        d.insert(QLatin1String("presence"), m_options.presence);
    qCInfo(lcGateway, "shard %d/%d: IDENTIFY (intents %llu)", m_shardId, m_shardCount,
           static_cast<unsigned long long>(m_options.intents));
    transmit(Opcode::Identify, d, SendRateLimiter::Priority::Normal);
}

void GatewayShard::sendResume()
{
    QJsonObject d;
    d.insert(QLatin1String("token"), m_options.token);
    d.insert(QLatin1String("session_id"), m_sessionId);
    d.insert(QLatin1String("seq"), m_sequence);
    qCInfo(lcGateway, "shard %d: RESUME at sequence %lld", m_shardId,
           static_cast<long long>(m_sequence));
    transmit(Opcode::Resume, d, SendRateLimiter::Priority::Normal);
}

void GatewayShard::sendHeartbeat()
{
    const QJsonValue d = m_sequence > 0 ? QJsonValue(m_sequence) : QJsonValue(QJsonValue::Null);
    transmit(Opcode::Heartbeat, d, SendRateLimiter::Priority::Heartbeat);
}

bool GatewayShard::send(Opcode op, const QJsonValue &d)
{
    if (m_state == ShardState::Stopped)
        return false;
    QByteArray bytes = encodePayload(op, d);
    if (bytes.size() > MaxOutgoingPayloadBytes) {
        qCWarning(lcGateway,
                  "shard %d: refusing to send op %d: %lld bytes exceed the 4096-byte "
                  "limit",
                  m_shardId, int(op), static_cast<long long>(bytes.size()));
        return false;
    }
    if (m_queue.size() >= MaxQueuedPayloads) {
        qCWarning(lcGateway, "shard %d: send queue full; dropping op %d", m_shardId, int(op));
        return false;
    }
    m_queue.append(std::move(bytes));
    flushQueue();
    return true;
}

void GatewayShard::flushQueue()
{
    if (!m_socket || m_state != ShardState::Connected || m_closeIntent != NextStep::None)
        return;
    while (!m_queue.isEmpty()) {
        if (!m_limiter.tryAcquire(nowMs(), SendRateLimiter::Priority::Normal)) {
            m_queueTimer.start(int(m_limiter.msUntilAvailable(nowMs())));
            return;
        }
        m_socket->sendTextMessage(QString::fromUtf8(m_queue.takeFirst()));
    }
}

bool GatewayShard::transmit(Opcode op, const QJsonValue &d, SendRateLimiter::Priority priority)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const QByteArray bytes = encodePayload(op, d);
    if (bytes.size() > MaxOutgoingPayloadBytes) {
        qCWarning(lcGateway, "shard %d: op %d payload of %lld bytes is over the limit; not sent",
                  m_shardId, int(op), static_cast<long long>(bytes.size()));
        return false;
    }
    if (!m_limiter.tryAcquire(nowMs(), priority)) {
        qCWarning(lcGateway, "shard %d: send limit reached; op %d not sent", m_shardId, int(op));
        return false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(bytes));
    return true;
}

} // namespace ballsdex::gateway

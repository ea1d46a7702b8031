// SPDX-License-Identifier: MIT
// The scripting and inspection half of FakeGateway.
#include "FakeGateway.h"
#include "FakeGatewayPrivate.h"

#include <QJsonArray>

namespace ballsdex::fakediscord {

FakeGateway::Connection *FakeGateway::liveForShard(int shard)
{
    const auto session = m_sessions.value(m_currentSession.value(shard));
    if (session) {
        if (Connection *connection = live(session->connection))
            return connection;
    }
    Connection *newest = nullptr;
    for (auto &[index, connection] : m_connections) {
        if (live(index) && connection->shardId == shard)
            newest = connection.get();
    }
    if (newest || shard != 0)
        return newest;
    for (auto &[index, connection] : m_connections) {
        if (live(index))
            newest = connection.get();
    }
    return newest;
}

int FakeGateway::connectionFor(int shard) const
{
    return const_cast<FakeGateway *>(this)->liveForShard(shard)
        ? const_cast<FakeGateway *>(this)->liveForShard(shard)->index
        : -1;
}

int FakeGateway::shardOfGuild(qint64 guildId) const
{
    if (guildId <= 0 || m_shardCount <= 1)
        return 0;
    return int((quint64(guildId) >> 22) % quint64(m_shardCount));
}

qint64 FakeGateway::sendDispatch(const QString &event, const QJsonObject &d, int shard)
{
    const auto session = m_sessions.value(m_currentSession.value(shard));
    if (!session || !session->valid)
        return -1;
    return appendDispatch(*session, event, d);
}

qint64 FakeGateway::sendGuildDispatch(const QString &event, const QJsonObject &d)
{
    const qint64 guildId = d.value(QLatin1String("guild_id")).toString().toLongLong();
    return sendDispatch(event, d, shardOfGuild(guildId));
}

qint64 FakeGateway::sendGuildCreate(qint64 guildId, bool unavailable)
{
    QJsonObject d {{QStringLiteral("id"), QString::number(guildId)}};
    if (unavailable) {
        d.insert(QLatin1String("unavailable"), true);
    } else {
        d.insert(QLatin1String("name"), QStringLiteral("Guild %1").arg(guildId));
        d.insert(QLatin1String("unavailable"), false);
        d.insert(QLatin1String("member_count"), 2);
        d.insert(QLatin1String("channels"), QJsonArray());
        d.insert(QLatin1String("members"), QJsonArray());
        d.insert(QLatin1String("emojis"), QJsonArray());
    }
    return sendDispatch(QStringLiteral("GUILD_CREATE"), d, shardOfGuild(guildId));
}

qint64 FakeGateway::sendGuildDelete(qint64 guildId, bool unavailable)
{
    QJsonObject d {{QStringLiteral("id"), QString::number(guildId)}};
    if (unavailable)
        d.insert(QLatin1String("unavailable"), true);
    return sendDispatch(QStringLiteral("GUILD_DELETE"), d, shardOfGuild(guildId));
}

qint64 FakeGateway::sendReady(int shard)
{
    const auto session = m_sessions.value(m_currentSession.value(shard));
    if (!session)
        return -1;
    const qint64 s = appendDispatch(*session, QStringLiteral("READY"), readyPayload(*session));
    if (m_autoGuildCreate) {
        for (const qint64 id : std::as_const(m_guilds)) {
            if (int((quint64(id) >> 22) % quint64(std::max(session->shardCount, 1))) == shard)
                sendGuildCreate(id);
        }
    }
    return s;
}

void FakeGateway::sendHelloOn(int index)
{
    if (Connection *connection = live(index))
        sendEnvelope(*connection, 10,
                     QJsonObject {{QStringLiteral("heartbeat_interval"), m_heartbeatIntervalMs}});
}

void FakeGateway::sendReconnect(int shard)
{
    if (Connection *connection = liveForShard(shard))
        sendEnvelope(*connection, 7, QJsonValue());
}

void FakeGateway::sendReconnectOn(int index)
{
    if (Connection *connection = live(index))
        sendEnvelope(*connection, 7, QJsonValue());
}

void FakeGateway::sendInvalidSession(bool resumable, int shard)
{
    Connection *connection = liveForShard(shard);
    if (!connection)
        return;
    if (!resumable) {
        if (const auto session = m_sessions.value(connection->sessionId))
            session->valid = false;
    }
    sendEnvelope(*connection, 9, resumable);
}

void FakeGateway::sendHeartbeatRequest(int shard)
{
    if (Connection *connection = liveForShard(shard))
        sendEnvelope(*connection, 1, QJsonValue());
}

void FakeGateway::closeWith(int code, int shard, const QString &reason)
{
    if (Connection *connection = liveForShard(shard))
        close(*connection, code, reason);
}

void FakeGateway::closeWithOn(int index, int code, const QString &reason)
{
    if (Connection *connection = live(index))
        close(*connection, code, reason);
}

void FakeGateway::dropTcp(int shard)
{
    Connection *connection = liveForShard(shard);
    if (!connection)
        return;
    connection->closing = true;
    m_infos[connection->index].closeCode = 1006;
    m_infos[connection->index].closedByServer = true;
    connection->socket->abort();
}

void FakeGateway::sendRaw(const QByteArray &bytes, bool binary, int shard)
{
    Connection *connection = liveForShard(shard);
    if (!connection)
        return;
    if (binary)
        connection->socket->sendBinaryMessage(bytes);
    else
        connection->socket->sendTextMessage(QString::fromUtf8(bytes));
}

void FakeGateway::sendPayloadBytes(const QByteArray &payload, int shard)
{
    if (Connection *connection = liveForShard(shard))
        sendBytes(*connection, payload);
}

void FakeGateway::sendCorruptCompressedFrame(int shard)
{
    static constexpr char garbage[]
        = {'\x13', '\x37', '\xde', '\xad', '\xbe', '\xef', '\x42', '\x00', '\x00', '\xff', '\xff'};
    sendRaw(QByteArray(garbage, sizeof garbage), true, shard);
}

QList<ReceivedPayload> FakeGateway::received(int op, int connection) const
{
    QList<ReceivedPayload> matching;
    for (const ReceivedPayload &payload : m_received) {
        if (payload.op == op && (connection < 0 || payload.connection == connection))
            matching.append(payload);
    }
    return matching;
}

qint64 FakeGateway::lastSequence(int shard) const
{
    const auto session = m_sessions.value(m_currentSession.value(shard));
    return session ? session->seq : 0;
}

bool FakeGateway::isSessionValid(const QString &sessionId) const
{
    const auto session = m_sessions.value(sessionId);
    return session && session->valid;
}

} // namespace ballsdex::fakediscord

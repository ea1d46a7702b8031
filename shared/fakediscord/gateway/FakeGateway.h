// SPDX-License-Identifier: MIT
#pragma once

#include "IdentifyValidation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>

#include <cstdint>
#include <map>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace ballsdex::fakediscord {

/// One payload the fake received from a client.
struct ReceivedPayload
{
    int connection = -1;
    int shardId = -1; ///< -1 until the connection identified or resumed
    qint64 atMs = 0; ///< since the fake was created
    int op = -1; ///< -1 when the payload was not valid JSON with an op
    QJsonValue d;
    QByteArray raw;
};

/// What the fake knows about one client connection.
struct ConnectionInfo
{
    int index = -1;
    QString path; ///< "/" for the base URL, "/resume" for resume_gateway_url
    QString query; ///< e.g. "v=10&encoding=json&compress=zlib-stream"
    bool compressed = false;
    bool open = true;
    qint64 openedAtMs = 0;
    QString sessionId;
    int shardId = -1;
    bool identified = false; ///< a new session started on it
    bool resumed = false; ///< a session was resumed on it
    int closeCode = -1; ///< the code the connection ended with (client's or the fake's)
    bool closedByServer = false;
};

/// A Discord gateway v10 on 127.0.0.1 for tests (discord-protocol.md §1, §7). It validates what
/// Discord validates, enforces the send limit and identify concurrency, speaks zlib-stream, keeps
/// sessions for RESUME (with replay), injects faults and records everything it receives.
///
/// Script methods taking a shard act on that shard's live connection (the one its session is
/// attached to, else the newest open connection that announced the shard, else for shard 0 the
/// newest open connection); the *On variants take a connection index.
class FakeGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGateway)

public:
    explicit FakeGateway(QObject *parent = nullptr);
    ~FakeGateway() override;

    /// Listens on 127.0.0.1 with a free port.
    bool listen();
    [[nodiscard]] QUrl url() const; ///< ws://127.0.0.1:<port> (no query, like /gateway/bot)
    [[nodiscard]] QUrl resumeUrl() const; ///< ws://127.0.0.1:<port>/resume (READY's resume URL)

    // configuration
    void setHeartbeatIntervalMs(int ms) { m_heartbeatIntervalMs = ms; }
    void setToken(const QString &token) { m_rules.token = token; }
    void setPrivilegedIntentsAllowed(std::uint64_t mask)
    {
        m_rules.privilegedIntentsAllowed = mask;
    }
    void setRequiredShardCount(int count) { m_rules.requiredShardCount = count; }
    void setMaxConcurrency(int value) { m_maxConcurrency = value < 1 ? 1 : value; }
    void setIdentifyWindowMs(int ms) { m_identifyWindowMs = ms; }
    void setSendLimit(int count, int windowMs);
    void setSessionStartsRemaining(int remaining) { m_sessionStartsRemaining = remaining; }
    /// Guilds the bot is in; READY lists (unavailable) those routed to the identifying shard.
    void setGuilds(const QList<qint64> &guildIds) { m_guilds = guildIds; }
    void setAutoHello(bool on) { m_autoHello = on; }
    void setAutoReady(bool on) { m_autoReady = on; }
    /// After READY, send a GUILD_CREATE for each of the shard's guilds.
    void setAutoGuildCreate(bool on) { m_autoGuildCreate = on; }
    /// Split each compressed payload over this many WebSocket messages (suffix only on the last).
    void setCompressedSplit(int parts) { m_compressedSplit = parts < 1 ? 1 : parts; }
    void setWithholdAcks(bool on) { m_withholdAcks = on; }
    /// The resume_gateway_url READY announces (default resumeUrl()), e.g. an unreachable one.
    void setAnnouncedResumeUrl(const QUrl &url) { m_announcedResumeUrl = url; }

    // scripting
    /// Sends (or, with no live connection, stores for replay) a dispatch in the shard's session.
    /// Returns its seq, or -1 when the shard has no session.
    qint64 sendDispatch(const QString &event, const QJsonObject &d, int shard = 0);
    /// Routes by d.guild_id as Discord does ((id >> 22) % shards; no guild_id = shard 0).
    qint64 sendGuildDispatch(const QString &event, const QJsonObject &d);
    qint64 sendGuildCreate(qint64 guildId, bool unavailable = false);
    qint64 sendGuildDelete(qint64 guildId, bool unavailable);
    qint64 sendReady(int shard = 0);
    void sendHelloOn(int connection);
    void sendReconnect(int shard = 0);
    void sendReconnectOn(int connection);
    void sendInvalidSession(bool resumable, int shard = 0);
    void sendHeartbeatRequest(int shard = 0);
    /// Closes with a code; codes after which a client must re-identify also end the session.
    void closeWith(int code, int shard = 0, const QString &reason = {});
    void closeWithOn(int connection, int code, const QString &reason = {});
    /// Drops the TCP connection without a close frame; the session stays resumable.
    void dropTcp(int shard = 0);
    /// Sends bytes as they are, bypassing compression (binary or text frame).
    void sendRaw(const QByteArray &bytes, bool binary, int shard = 0);
    /// Sends bytes as one payload through the connection's compression (if any).
    void sendPayloadBytes(const QByteArray &payload, int shard = 0);
    /// Sends a binary message that is not a valid deflate stream but ends with the flush suffix.
    void sendCorruptCompressedFrame(int shard = 0);

    // inspection
    [[nodiscard]] int shardOfGuild(qint64 guildId) const;
    [[nodiscard]] int connectionFor(int shard) const;
    [[nodiscard]] QList<ReceivedPayload> received() const { return m_received; }
    [[nodiscard]] QList<ReceivedPayload> received(int op, int connection = -1) const;
    [[nodiscard]] QList<ConnectionInfo> connections() const { return m_infos; }
    [[nodiscard]] ConnectionInfo connection(int index) const { return m_infos.value(index); }
    [[nodiscard]] int connectionCount() const { return int(m_infos.size()); }
    [[nodiscard]] QString sessionId(int shard = 0) const { return m_currentSession.value(shard); }
    [[nodiscard]] qint64 lastSequence(int shard = 0) const;
    [[nodiscard]] bool isSessionValid(const QString &sessionId) const;
    [[nodiscard]] int shardCount() const { return m_shardCount; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void clientConnected(int connection);
    void clientDisconnected(int connection, int closeCode);
    void payloadReceived(int connection, int op);
    void sessionIdentified(int connection, int shardId, const QString &sessionId);
    void sessionResumed(int connection, int shardId, int replayedCount);
    void identifyRejected(int connection, int shardId);

private:
    struct Connection;
    struct Session;

    void onNewConnection();
    void onMessage(int index, const QByteArray &bytes);
    void onDisconnected(int index);
    void handleIdentify(Connection &connection, const QJsonValue &d);
    void handleResume(Connection &connection, const QJsonValue &d);
    void sendEnvelope(Connection &connection, int op, const QJsonValue &d, qint64 s = -1,
                      const QString &t = {});
    void sendBytes(Connection &connection, const QByteArray &payload);
    qint64 appendDispatch(Session &session, const QString &event, const QJsonObject &d);
    void close(Connection &connection, int code, const QString &reason);
    Connection *live(int index);
    Connection *liveForShard(int shard);
    QJsonObject readyPayload(const Session &session) const;

    std::unique_ptr<QWebSocketServer> m_server;
    std::map<int, std::unique_ptr<Connection>> m_connections;
    QHash<QString, std::shared_ptr<Session>> m_sessions;
    QHash<int, QString> m_currentSession;
    QHash<int, qint64> m_lastIdentifyAt; ///< per max_concurrency bucket
    QList<ConnectionInfo> m_infos;
    QList<ReceivedPayload> m_received;
    QList<qint64> m_guilds;
    QElapsedTimer m_clock;
    QUrl m_announcedResumeUrl;
    IdentifyRules m_rules;
    int m_heartbeatIntervalMs = 250;
    int m_maxConcurrency = 1;
    int m_identifyWindowMs = 5000;
    int m_sendLimit = 120;
    int m_sendWindowMs = 60'000;
    int m_sessionStartsRemaining = 1000;
    int m_compressedSplit = 1;
    int m_shardCount = 1;
    bool m_autoHello = true;
    bool m_autoReady = true;
    bool m_autoGuildCreate = true;
    bool m_withholdAcks = false;
};

} // namespace ballsdex::fakediscord

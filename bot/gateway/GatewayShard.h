// SPDX-License-Identifier: MIT
#pragma once

#include "GatewayEvent.h"
#include "GatewayOptions.h"
#include "GatewayPayload.h"
#include "Heartbeater.h"
#include "Opcode.h"
#include "ReconnectBackoff.h"
#include "SendRateLimiter.h"
#include "ZlibStreamInflater.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace ballsdex::gateway {

enum class ShardState {
    Idle, ///< not started
    Connecting, ///< socket opening, waiting for HELLO
    Identifying, ///< IDENTIFY sent (or waiting for its slot), waiting for READY
    Resuming, ///< RESUME sent, waiting for the replay and RESUMED
    Connected, ///< READY or RESUMED received
    WaitingToReconnect, ///< disconnected; a reconnect is scheduled
    Stopped, ///< shut down or stopped by a fatal close code
};

/// One gateway connection (one shard) over QWebSocket: HELLO, heartbeats and zombie detection,
/// IDENTIFY / RESUME, op 1/7/9/11, close codes, reconnect backoff, zlib-stream and the send limit.
class GatewayShard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayShard)

public:
    /// Returns how many milliseconds the shard must wait before sending IDENTIFY (identify pacing).
    using IdentifyGate = std::function<qint64(int shardId)>;

    GatewayShard(GatewayOptions options, int shardId, int shardCount, QObject *parent = nullptr);
    ~GatewayShard() override;

    /// The base URL (from /gateway/bot, without query) used for new sessions.
    void setGatewayUrl(const QUrl &url) { m_gatewayUrl = url; }
    void setIdentifyGate(IdentifyGate gate) { m_identifyGate = std::move(gate); }

    /// Connects; resumes when a session is known, identifies otherwise.
    void start();
    /// Closes with 1000 (the session ends) and emits stopped(); no reconnect afterwards.
    void shutdown();

    /// Sends a payload subject to the send limit; held back until the session is connected.
    /// False when the payload is over 4096 bytes or the shard is stopped.
    bool send(Opcode op, const QJsonValue &d);
    bool updatePresence(const QJsonObject &presence)
    {
        return send(Opcode::PresenceUpdate, presence);
    }

    [[nodiscard]] int shardId() const { return m_shardId; }
    [[nodiscard]] int shardCount() const { return m_shardCount; }
    [[nodiscard]] ShardState state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == ShardState::Connected; }
    [[nodiscard]] const QString &sessionId() const { return m_sessionId; }
    [[nodiscard]] const QUrl &resumeUrl() const { return m_resumeUrl; }
    [[nodiscard]] qint64 lastSequence() const { return m_sequence; }
    [[nodiscard]] qint64 latencyMs() const { return m_heartbeater.latencyMs(); }
    [[nodiscard]] qsizetype queuedPayloads() const { return m_queue.size(); }
    /// The URL the current (or last) connection was opened with, query included.
    [[nodiscard]] const QUrl &connectedUrl() const { return m_connectedUrl; }

Q_SIGNALS:
    void dispatchReceived(const ballsdex::gateway::GatewayEvent &event);
    void sessionReady(int shardId);
    void sessionResumed(int shardId);
    /// The connection dropped unexpectedly (or was dropped to recover); a reconnect follows.
    void connectionLost(int shardId, int closeCode);
    void fatalError(int shardId, int closeCode, const QString &message);
    void stopped(int shardId);
    void stateChanged(int shardId, ballsdex::gateway::ShardState state);

private:
    enum class NextStep { None, Resume, Reidentify, InvalidSessionWait, Stop };

    void openConnection();
    void discardSocket();
    void setState(ShardState state);
    void closeForReconnect(NextStep next, const QString &reason);
    void onDisconnected();
    void scheduleReconnect(NextStep next);
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void handleRaw(QByteArrayView json);
    void handlePayload(RawGatewayPayload payload);
    void handleDispatch(RawGatewayPayload &payload);
    void handleHello(const QJsonValue &d);
    void handleInvalidSession(bool resumable);
    void sendIdentify();
    void sendResume();
    void sendHeartbeat();
    bool transmit(Opcode op, const QJsonValue &d, SendRateLimiter::Priority priority);
    void flushQueue();
    void clearSession();
    [[nodiscard]] double random01() const;
    [[nodiscard]] qint64 nowMs() const { return m_uptime.elapsed(); }

    GatewayOptions m_options;
    int m_shardId;
    int m_shardCount;
    QUrl m_gatewayUrl;
    QUrl m_connectedUrl;
    IdentifyGate m_identifyGate;

    QPointer<QWebSocket> m_socket;
    ZlibStreamInflater m_inflater;
    Heartbeater m_heartbeater;
    SendRateLimiter m_limiter;
    ReconnectBackoff m_backoff;
    QElapsedTimer m_uptime;
    QList<QByteArray> m_queue;

    QTimer m_reconnectTimer;
    QTimer m_identifyTimer;
    QTimer m_closeTimer;
    QTimer m_helloTimer;
    QTimer m_queueTimer;

    QString m_sessionId;
    QUrl m_resumeUrl;
    qint64 m_sequence = 0;
    ShardState m_state = ShardState::Idle;
    NextStep m_closeIntent = NextStep::None;
    NextStep m_pendingStep = NextStep::None;
    bool m_closeFrameSeen = false;
};

} // namespace ballsdex::gateway

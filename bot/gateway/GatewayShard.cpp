// SPDX-License-Identifier: MIT
#include "GatewayShard.h"

#include "CloseCode.h"
#include "DispatchModels.h"
#include "GatewayLogging.h"

#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

namespace ballsdex::gateway {

namespace {

constexpr int MaxResumeUrlFailures = 3;

QUrl withQuery(const QUrl &base, bool compress)
{
    QUrl url(base);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("10"));
    query.addQueryItem(QStringLiteral("encoding"), QStringLiteral("json"));
    if (compress)
        query.addQueryItem(QStringLiteral("compress"), QStringLiteral("zlib-stream"));
    url.setQuery(query);
    return url;
}

} // namespace

GatewayShard::GatewayShard(GatewayOptions options, int shardId, int shardCount, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_shardId(shardId)
    , m_shardCount(std::max(shardCount, 1))
    , m_gatewayUrl(m_options.gatewayUrlOverride)
    , m_inflater(m_options.maxPayloadBytes)
    , m_limiter(m_options.timing.sendLimit, m_options.timing.sendWindowMs,
                m_options.timing.heartbeatReserve)
    , m_backoff(m_options.timing.reconnectBaseMs, m_options.timing.reconnectMaxMs)
{
    m_uptime.start();
    for (QTimer *timer :
         {&m_reconnectTimer, &m_identifyTimer, &m_closeTimer, &m_helloTimer, &m_queueTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_reconnectTimer, &QTimer::timeout, this, &GatewayShard::openConnection);
    connect(&m_identifyTimer, &QTimer::timeout, this, &GatewayShard::sendIdentify);
    connect(&m_queueTimer, &QTimer::timeout, this, &GatewayShard::flushQueue);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (!m_socket || m_closeIntent == NextStep::None)
            return;
        qCWarning(lcGateway, "shard %d: close handshake timed out; aborting the socket", m_shardId);
        m_socket->abort();
    });
    connect(&m_helloTimer, &QTimer::timeout, this,
            [this] { closeForReconnect(NextStep::Resume, QStringLiteral("no HELLO received")); });
    connect(&m_heartbeater, &Heartbeater::beatDue, this, &GatewayShard::sendHeartbeat);
    connect(&m_heartbeater, &Heartbeater::zombieDetected, this, [this] {
        closeForReconnect(NextStep::Resume, QStringLiteral("heartbeat not acknowledged (zombie)"));
    });
}

GatewayShard::~GatewayShard()
{
    discardSocket();
}

void GatewayShard::start()
{
    if (m_state != ShardState::Idle && m_state != ShardState::Stopped)
        return;
    openConnection();
}

void GatewayShard::shutdown()
{
    if (m_state == ShardState::Stopped)
        return;
    m_reconnectTimer.stop();
    m_identifyTimer.stop();
    m_helloTimer.stop();
    m_queueTimer.stop();
    m_heartbeater.stop();
    setState(ShardState::Stopped);
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        qCInfo(lcGateway, "shard %d: closing the gateway connection (1000)", m_shardId);
        m_closeIntent = NextStep::Stop;
        // close() may report the disconnect synchronously, so arm the timeout first.
        m_closeTimer.start(m_options.timing.closeTimeoutMs);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("shutting down"));
        return;
    }
    discardSocket();
    Q_EMIT stopped(m_shardId);
}

void GatewayShard::setState(ShardState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_shardId, state);
}

double GatewayShard::random01() const
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

void GatewayShard::discardSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void GatewayShard::openConnection()
{
    discardSocket();
    m_closeIntent = NextStep::None;
    const bool resuming = !m_sessionId.isEmpty() && m_resumeUrl.isValid();
    // A resume URL that keeps failing is given up for the base URL; RESUME still works there.
    const bool resumeUrlFailing = m_backoff.failures() > MaxResumeUrlFailures;
    const QUrl base = resuming && !resumeUrlFailing ? m_resumeUrl : m_gatewayUrl;
    if (!base.isValid()) {
        setState(ShardState::Stopped);
        const QString message = QStringLiteral("no gateway URL configured");
        qCCritical(lcGateway, "shard %d: %s", m_shardId, qUtf8Printable(message));
        Q_EMIT fatalError(m_shardId, 0, message);
        Q_EMIT stopped(m_shardId);
        return;
    }
    m_connectedUrl = withQuery(base, m_options.compress);
    m_inflater.reset();
    m_limiter.reset();
    setState(ShardState::Connecting);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxPayloadBytes));
    connect(socket, &QWebSocket::textMessageReceived, this, &GatewayShard::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &GatewayShard::onBinaryMessage);
    connect(socket, &QWebSocket::disconnected, this, &GatewayShard::onDisconnected);
    // Emitted for any closing handshake; a TCP drop disconnects without it.
    connect(socket, &QWebSocket::aboutToClose, this, [this] { m_closeFrameSeen = true; });
    m_closeFrameSeen = false;
    qCInfo(lcGateway, "shard %d/%d: connecting to %s (%s)", m_shardId, m_shardCount,
           qUtf8Printable(m_connectedUrl.toString()), resuming ? "resume" : "new session");
    m_helloTimer.start(m_options.timing.helloTimeoutMs);
    socket->open(m_connectedUrl);
}

void GatewayShard::closeForReconnect(NextStep next, const QString &reason)
{
    if (!m_socket || m_closeIntent != NextStep::None)
        return;
    qCInfo(lcGateway, "shard %d: reconnecting: %s", m_shardId, qUtf8Printable(reason));
    m_closeIntent = next;
    m_heartbeater.stop();
    m_helloTimer.stop();
    m_identifyTimer.stop();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_closeTimer.start(m_options.timing.closeTimeoutMs);
        m_socket->close(QWebSocketProtocol::CloseCode(ResumableClientCloseCode), reason);
    } else {
        m_socket->abort();
    }
}

void GatewayShard::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = m_closeFrameSeen ? int(m_socket->closeCode()) : 1006;
    const QString reason = m_socket->closeReason();
    const NextStep intent = std::exchange(m_closeIntent, NextStep::None);
    m_closeTimer.stop();
    m_helloTimer.stop();
    m_identifyTimer.stop();
    m_heartbeater.stop();
    discardSocket();

    if (intent == NextStep::Stop || m_state == ShardState::Stopped) {
        qCInfo(lcGateway, "shard %d: gateway connection closed", m_shardId);
        setState(ShardState::Stopped);
        Q_EMIT stopped(m_shardId);
        return;
    }
    if (intent != NextStep::None) {
        scheduleReconnect(intent);
        return;
    }

    const CloseAction action = closeCodeAction(code);
    if (action == CloseAction::Fatal) {
        setState(ShardState::Stopped);
        const QString message = QStringLiteral("gateway closed the connection with %1 (%2): %3")
                                    .arg(code)
                                    .arg(closeCodeDescription(code), closeCodeHint(code));
        qCCritical(lcGateway, "shard %d: %s; not reconnecting", m_shardId, qUtf8Printable(message));
        Q_EMIT fatalError(m_shardId, code, message);
        Q_EMIT stopped(m_shardId);
        return;
    }
    qCWarning(lcGateway, "shard %d: connection closed with %d (%s)%s%s", m_shardId, code,
              qUtf8Printable(closeCodeDescription(code)), reason.isEmpty() ? "" : ": ",
              qUtf8Printable(reason));
    Q_EMIT connectionLost(m_shardId, code);
    scheduleReconnect(action == CloseAction::Reidentify ? NextStep::Reidentify : NextStep::Resume);
}

void GatewayShard::scheduleReconnect(NextStep next)
{
    int delayMs = 0;
    if (next == NextStep::Reidentify || next == NextStep::InvalidSessionWait)
        clearSession();
    if (next == NextStep::InvalidSessionWait) {
        const int low = m_options.timing.invalidSessionMinMs;
        const int high = std::max(low, m_options.timing.invalidSessionMaxMs);
        delayMs = low + int(random01() * double(high - low));
    } else {
        delayMs = m_backoff.nextDelayMs(random01());
    }
    qCInfo(lcGateway, "shard %d: reconnecting in %d ms (%s)", m_shardId, delayMs,
           m_sessionId.isEmpty() ? "new session" : "resume");
    setState(ShardState::WaitingToReconnect);
    m_reconnectTimer.start(delayMs);
}

void GatewayShard::clearSession()
{
    m_sessionId.clear();
    m_resumeUrl.clear();
    m_sequence = 0;
}

void GatewayShard::onTextMessage(const QString &message)
{
    handleRaw(message.toUtf8());
}

void GatewayShard::onBinaryMessage(const QByteArray &message)
{
    if (!m_options.compress) {
        handleRaw(message);
        return;
    }
    auto result = m_inflater.feed(message);
    if (!result) {
        qCWarning(lcGateway, "shard %d: zlib-stream error: %s", m_shardId,
                  qUtf8Printable(result.error().message));
        closeForReconnect(NextStep::Resume, QStringLiteral("corrupt zlib stream"));
        return;
    }
    if (*result)
        handleRaw(**result);
}

void GatewayShard::handleRaw(QByteArrayView json)
{
    if (m_closeIntent != NextStep::None)
        return;
    // Only the envelope is parsed here; each handler reads just the fields it needs from `d`.
    auto payload = decodePayloadLazily(json);
    if (!payload) {
        qCWarning(lcGateway, "shard %d: ignoring undecodable payload (%lld bytes): %s", m_shardId,
                  static_cast<long long>(json.size()), qUtf8Printable(payload.error().message));
        return;
    }
    handlePayload(std::move(*payload));
}

void GatewayShard::handlePayload(RawGatewayPayload payload)
{
    switch (payload.op) {
    case int(Opcode::Dispatch):
        handleDispatch(payload);
        return;
    case int(Opcode::Heartbeat):
        sendHeartbeat();
        return;
    case int(Opcode::Reconnect):
        closeForReconnect(NextStep::Resume, QStringLiteral("server requested a reconnect (op 7)"));
        return;
    case int(Opcode::InvalidSession):
        handleInvalidSession(payload.parsedD().toBool(false));
        return;
    case int(Opcode::Hello):
        handleHello(payload.parsedD());
        return;
    case int(Opcode::HeartbeatAck):
        m_heartbeater.acknowledge();
        return;
    default:
        qCWarning(lcGateway, "shard %d: ignoring unexpected opcode %d", m_shardId, payload.op);
        return;
    }
}

void GatewayShard::handleHello(const QJsonValue &d)
{
    const int interval = d.toObject().value(QLatin1String("heartbeat_interval")).toInt(0);
    if (interval <= 0) {
        closeForReconnect(NextStep::Resume, QStringLiteral("HELLO without a heartbeat interval"));
        return;
    }
    m_helloTimer.stop();
    m_heartbeater.start(interval, random01());
    if (!m_sessionId.isEmpty()) {
        setState(ShardState::Resuming);
        sendResume();
        return;
    }
    setState(ShardState::Identifying);
    const qint64 wait = m_identifyGate ? std::max<qint64>(m_identifyGate(m_shardId), 0) : 0;
    if (wait > 0) {
        qCInfo(lcGateway, "shard %d: IDENTIFY in %lld ms (identify concurrency)", m_shardId,
               static_cast<long long>(wait));
        m_identifyTimer.start(int(wait));
    } else {
        sendIdentify();
    }
}

void GatewayShard::handleInvalidSession(bool resumable)
{
    qCWarning(lcGateway, "shard %d: invalid session (op 9, resumable: %s)", m_shardId,
              resumable ? "yes" : "no");
    if (resumable && !m_sessionId.isEmpty())
        closeForReconnect(NextStep::Resume, QStringLiteral("invalid session, resumable"));
    else
        closeForReconnect(NextStep::InvalidSessionWait, QStringLiteral("invalid session"));
}

void GatewayShard::handleDispatch(RawGatewayPayload &payload)
{
    if (payload.s) {
        if (*payload.s <= m_sequence) {
            qCDebug(lcGateway, "shard %d: dropping duplicate dispatch %lld", m_shardId,
                    static_cast<long long>(*payload.s));
            return;
        }
        m_sequence = *payload.s;
    }
    GatewayEvent event(std::move(payload.t), payload.s.value_or(0), m_shardId,
                       std::move(payload.d));
    if (event.type() == DispatchType::Ready) {
        const auto ready = parseReady(event.data());
        if (!ready) {
            qCWarning(lcGateway, "shard %d: READY without session_id; ignoring it", m_shardId);
            return;
        }
        m_sessionId = ready->sessionId;
        m_resumeUrl = QUrl(ready->resumeGatewayUrl);
        if (!m_resumeUrl.isValid() || m_resumeUrl.isEmpty())
            m_resumeUrl = m_gatewayUrl;
        m_backoff.reset();
        setState(ShardState::Connected);
        qCInfo(lcGateway, "shard %d: READY (%lld guilds)", m_shardId,
               static_cast<long long>(ready->guildIds.size()));
        Q_EMIT dispatchReceived(event);
        Q_EMIT sessionReady(m_shardId);
        flushQueue();
        return;
    }
    if (event.type() == DispatchType::Resumed) {
        m_backoff.reset();
        setState(ShardState::Connected);
        qCInfo(lcGateway, "shard %d: RESUMED at sequence %lld", m_shardId,
               static_cast<long long>(m_sequence));
        Q_EMIT dispatchReceived(event);
        Q_EMIT sessionResumed(m_shardId);
        flushQueue();
        return;
    }
    Q_EMIT dispatchReceived(event);
}

} // namespace ballsdex::gateway

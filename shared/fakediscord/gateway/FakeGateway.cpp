// SPDX-License-Identifier: MIT
#include "FakeGateway.h"

#include "FakeGatewayPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocketServer>

namespace ballsdex::fakediscord {

namespace {

constexpr qsizetype MaxClientPayloadBytes = 4096;
constexpr std::uint64_t MessageContentIntent = 1u << 15;

bool isClientOpcode(int op)
{
    switch (op) {
    case 1:
    case 2:
    case 3:
    case 4:
    case 6:
    case 8:
    case 31:
    case 43:
        return true;
    default:
        return false;
    }
}

} // namespace

FakeGateway::FakeGateway(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QWebSocketServer>(QStringLiteral("FakeDiscordGateway"),
                                                  QWebSocketServer::NonSecureMode))
{
    m_clock.start();
    m_rules.token = QStringLiteral("test-token");
    m_rules.privilegedIntentsAllowed = (1u << 1) | (1u << 8) | MessageContentIntent;
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &FakeGateway::onNewConnection);
}

FakeGateway::~FakeGateway()
{
    for (auto &[index, connection] : m_connections) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
            delete connection->socket;
        }
    }
}

bool FakeGateway::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeGateway::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort()));
}

QUrl FakeGateway::resumeUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/resume").arg(m_server->serverPort()));
}

void FakeGateway::setSendLimit(int count, int windowMs)
{
    m_sendLimit = count;
    m_sendWindowMs = windowMs;
}

void FakeGateway::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const int index = int(m_infos.size());
        auto connection = std::make_unique<Connection>();
        connection->index = index;
        connection->socket = socket;
        socket->setParent(nullptr);

        ConnectionInfo info;
        info.index = index;
        const QUrl requestUrl = socket->requestUrl();
        info.path = requestUrl.path().isEmpty() ? QStringLiteral("/") : requestUrl.path();
        info.query = requestUrl.query();
        info.openedAtMs = m_clock.elapsed();
        const QUrlQuery query(requestUrl);
        const QString compress = query.queryItemValue(QStringLiteral("compress"));
        info.compressed = compress == QLatin1String("zlib-stream");
        if (info.compressed)
            connection->deflater = std::make_unique<ZlibStreamDeflater>();
        m_infos.append(info);

        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &message) { onMessage(index, message.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, index](const QByteArray &message) { onMessage(index, message); });
        connect(socket, &QWebSocket::disconnected, this, [this, index] { onDisconnected(index); });
        connect(socket, &QWebSocket::aboutToClose, this, [this, index] {
            if (const auto found = m_connections.find(index); found != m_connections.end())
                found->second->closeFrameSeen = true;
        });
        Connection &ref = *connection;
        m_connections.emplace(index, std::move(connection));

        Q_EMIT clientConnected(index);
        if (!live(index))
            continue; // the test reacted by closing it
        if (query.queryItemValue(QStringLiteral("v")) != QLatin1String("10")) {
            close(ref, 4012, QStringLiteral("Invalid API version"));
            continue;
        }
        if (query.queryItemValue(QStringLiteral("encoding")) != QLatin1String("json")
            || (!compress.isEmpty() && !info.compressed)) {
            close(ref, 4002, QStringLiteral("Unsupported encoding or compression"));
            continue;
        }
        if (m_autoHello)
            sendHelloOn(index);
    }
}

FakeGateway::Connection *FakeGateway::live(int index)
{
    const auto found = m_connections.find(index);
    if (found == m_connections.end() || !found->second->socket || found->second->closing)
        return nullptr;
    return found->second.get();
}

void FakeGateway::onMessage(int index, const QByteArray &bytes)
{
    Connection *connection = live(index);
    if (!connection)
        return;
    ReceivedPayload record;
    record.connection = index;
    record.shardId = connection->shardId;
    record.atMs = m_clock.elapsed();
    record.raw = bytes;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject object = document.object();
    if (error.error == QJsonParseError::NoError && object.value(QLatin1String("op")).isDouble()) {
        record.op = object.value(QLatin1String("op")).toInt(-1);
        record.d = object.value(QLatin1String("d"));
    }
    m_received.append(record);
    Q_EMIT payloadReceived(index, record.op);
    if (!live(index))
        return;

    // Sliding-window send limit: the 121st payload within 60 s closes the connection.
    const qint64 now = m_clock.elapsed();
    while (!connection->receivedAt.empty()
           && connection->receivedAt.front() <= now - m_sendWindowMs)
        connection->receivedAt.pop_front();
    connection->receivedAt.push_back(now);
    if (int(connection->receivedAt.size()) > m_sendLimit) {
        close(*connection, 4008, QStringLiteral("Rate limited."));
        return;
    }
    if (bytes.size() > MaxClientPayloadBytes || record.op < 0) {
        close(*connection, 4002, QStringLiteral("Error while decoding payload."));
        return;
    }
    if (!isClientOpcode(record.op)) {
        close(*connection, 4001, QStringLiteral("Unknown opcode."));
        return;
    }
    switch (record.op) {
    case 1:
        if (!m_withholdAcks)
            sendEnvelope(*connection, 11, QJsonValue());
        return;
    case 2:
        handleIdentify(*connection, record.d);
        return;
    case 6:
        handleResume(*connection, record.d);
        return;
    default:
        if (!connection->authenticated)
            close(*connection, 4003, QStringLiteral("Not authenticated."));
        return;
    }
}

void FakeGateway::handleIdentify(Connection &connection, const QJsonValue &d)
{
    if (connection.authenticated) {
        close(connection, 4005, QStringLiteral("Already authenticated."));
        return;
    }
    const IdentifyCheck check = validateIdentify(d, m_rules);
    if (check.closeCode != 0) {
        close(connection, check.closeCode, check.reason);
        return;
    }
    connection.shardId = check.shardId;
    m_infos[connection.index].shardId = check.shardId;
    const qint64 now = m_clock.elapsed();
    const int bucket = check.shardId % m_maxConcurrency;
    const auto last = m_lastIdentifyAt.constFind(bucket);
    if ((last != m_lastIdentifyAt.cend() && now - *last < m_identifyWindowMs)
        || m_sessionStartsRemaining <= 0) {
        Q_EMIT identifyRejected(connection.index, check.shardId);
        sendEnvelope(connection, 9, false);
        return;
    }
    m_lastIdentifyAt.insert(bucket, now);
    --m_sessionStartsRemaining;
    m_shardCount = check.shardCount;

    auto session = std::make_shared<Session>();
    session->id = QString::number(QRandomGenerator::global()->generate64(), 16);
    session->shardId = check.shardId;
    session->shardCount = check.shardCount;
    session->intents = check.intents;
    session->connection = connection.index;
    if (const QString previous = m_currentSession.value(check.shardId); !previous.isEmpty()) {
        if (auto old = m_sessions.value(previous))
            old->valid = false;
    }
    m_sessions.insert(session->id, session);
    m_currentSession.insert(check.shardId, session->id);
    connection.sessionId = session->id;
    connection.authenticated = true;
    m_infos[connection.index].sessionId = session->id;
    m_infos[connection.index].identified = true;
    Q_EMIT sessionIdentified(connection.index, check.shardId, session->id);
    if (!live(connection.index) || !m_autoReady)
        return;
    sendReady(check.shardId);
}

void FakeGateway::handleResume(Connection &connection, const QJsonValue &dValue)
{
    if (connection.authenticated) {
        close(connection, 4005, QStringLiteral("Already authenticated."));
        return;
    }
    const QJsonObject d = dValue.toObject();
    if (!dValue.isObject() || !d.value(QLatin1String("session_id")).isString()
        || !d.value(QLatin1String("seq")).isDouble()) {
        close(connection, 4001, QStringLiteral("Invalid RESUME payload."));
        return;
    }
    if (d.value(QLatin1String("token")).toString() != m_rules.token) {
        close(connection, 4004, QStringLiteral("Authentication failed."));
        return;
    }
    const auto session = m_sessions.value(d.value(QLatin1String("session_id")).toString());
    if (!session || !session->valid) {
        sendEnvelope(connection, 9, false);
        return;
    }
    const qint64 seq = d.value(QLatin1String("seq")).toInteger();
    if (seq < 0 || seq > session->seq) {
        session->valid = false;
        close(connection, 4007, QStringLiteral("Invalid seq."));
        return;
    }
    if (session->connection >= 0 && session->connection != connection.index) {
        if (Connection *old = live(session->connection))
            close(*old, 4000, QStringLiteral("Session resumed elsewhere."));
    }
    session->connection = connection.index;
    connection.sessionId = session->id;
    connection.shardId = session->shardId;
    connection.authenticated = true;
    ConnectionInfo &info = m_infos[connection.index];
    info.sessionId = session->id;
    info.shardId = session->shardId;
    info.resumed = true;
    int replayed = 0;
    for (const auto &[s, bytes] : std::as_const(session->history)) {
        if (s > seq) {
            sendBytes(connection, bytes);
            ++replayed;
        }
    }
    appendDispatch(*session, QStringLiteral("RESUMED"), QJsonObject());
    Q_EMIT sessionResumed(connection.index, session->shardId, replayed);
}

void FakeGateway::onDisconnected(int index)
{
    const auto found = m_connections.find(index);
    if (found == m_connections.end())
        return;
    Connection &connection = *found->second;
    ConnectionInfo &info = m_infos[index];
    info.open = false;
    const bool byServer = connection.closing;
    if (connection.socket) {
        if (!byServer)
            info.closeCode = connection.closeFrameSeen ? int(connection.socket->closeCode()) : 1006;
        connection.socket->disconnect(this);
        connection.socket->deleteLater();
    }
    info.closedByServer = byServer;
    if (const auto session = m_sessions.value(connection.sessionId)) {
        if (session->connection == index)
            session->connection = -1;
        // A client closing with 1000/1001 ends its session (discord-protocol.md §1.7).
        if (!byServer && (info.closeCode == 1000 || info.closeCode == 1001))
            session->valid = false;
    }
    m_connections.erase(found);
    Q_EMIT clientDisconnected(index, info.closeCode);
}

void FakeGateway::close(Connection &connection, int code, const QString &reason)
{
    if (connection.closing || !connection.socket)
        return;
    connection.closing = true;
    ConnectionInfo &info = m_infos[connection.index];
    info.closeCode = code;
    info.closedByServer = true;
    const bool endsSession = code == 4003 || code == 4004 || code == 4005 || code == 4007
        || code == 4009 || (code >= 4010 && code <= 4014);
    if (endsSession) {
        if (const auto session = m_sessions.value(connection.sessionId))
            session->valid = false;
    }
    connection.socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void FakeGateway::sendEnvelope(Connection &connection, int op, const QJsonValue &d, qint64 s,
                               const QString &t)
{
    QJsonObject envelope;
    envelope.insert(QLatin1String("op"), op);
    envelope.insert(QLatin1String("d"), d);
    envelope.insert(QLatin1String("s"), s >= 0 ? QJsonValue(s) : QJsonValue(QJsonValue::Null));
    envelope.insert(QLatin1String("t"), t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t));
    sendBytes(connection, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

void FakeGateway::sendBytes(Connection &connection, const QByteArray &payload)
{
    if (!connection.socket || connection.closing)
        return;
    if (!connection.deflater) {
        connection.socket->sendTextMessage(QString::fromUtf8(payload));
        return;
    }
    const QByteArray compressed = connection.deflater->compress(payload);
    const qsizetype parts = std::min<qsizetype>(m_compressedSplit, compressed.size());
    const qsizetype step = compressed.size() / parts;
    for (qsizetype i = 0; i < parts; ++i) {
        const qsizetype from = i * step;
        const qsizetype length = i + 1 == parts ? compressed.size() - from : step;
        connection.socket->sendBinaryMessage(compressed.mid(from, length));
    }
}

qint64 FakeGateway::appendDispatch(Session &session, const QString &event, const QJsonObject &d)
{
    QJsonObject data = d;
    if (event == QLatin1String("MESSAGE_CREATE") && !(session.intents & MessageContentIntent)) {
        data.insert(QLatin1String("content"), QString());
        data.insert(QLatin1String("embeds"), QJsonArray());
        data.insert(QLatin1String("attachments"), QJsonArray());
        data.insert(QLatin1String("components"), QJsonArray());
    }
    const qint64 s = ++session.seq;
    QJsonObject envelope;
    envelope.insert(QLatin1String("op"), 0);
    envelope.insert(QLatin1String("d"), data);
    envelope.insert(QLatin1String("s"), s);
    envelope.insert(QLatin1String("t"), event);
    const QByteArray bytes = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    session.history.append({s, bytes});
    if (Connection *connection = live(session.connection))
        sendBytes(*connection, bytes);
    return s;
}

QJsonObject FakeGateway::readyPayload(const Session &session) const
{
    QJsonArray guilds;
    for (const qint64 id : m_guilds) {
        if (int((quint64(id) >> 22) % quint64(std::max(session.shardCount, 1))) == session.shardId)
            guilds.append(QJsonObject {{QStringLiteral("id"), QString::number(id)},
                                       {QStringLiteral("unavailable"), true}});
    }
    QJsonObject ready;
    ready.insert(QLatin1String("v"), 10);
    ready.insert(QLatin1String("user"),
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("100000000000000001")},
                              {QStringLiteral("username"), QStringLiteral("FakeBot")},
                              {QStringLiteral("bot"), true}});
    ready.insert(QLatin1String("guilds"), guilds);
    ready.insert(QLatin1String("session_id"), session.id);
    ready.insert(QLatin1String("resume_gateway_url"),
                 (m_announcedResumeUrl.isEmpty() ? resumeUrl() : m_announcedResumeUrl).toString());
    ready.insert(QLatin1String("shard"), QJsonArray {session.shardId, session.shardCount});
    ready.insert(QLatin1String("application"),
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("100000000000000001")},
                              {QStringLiteral("flags"), 0}});
    return ready;
}

} // namespace ballsdex::fakediscord

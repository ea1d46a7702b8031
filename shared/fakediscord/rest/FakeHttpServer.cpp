// SPDX-License-Identifier: MIT
#include "FakeHttpServer.h"

#include "MultipartParser.h"

#include <QTcpSocket>
#include <QTimer>

namespace ballsdex::fakediscord {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

enum class BodyState { Complete, NeedMore, Invalid };

/// Decodes a chunked body starting at `at`; `consumed` is where the message ends.
BodyState decodeChunked(const QByteArray &buffer, qsizetype at, QByteArray &body,
                        qsizetype &consumed)
{
    body.clear();
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return BodyState::NeedMore;
        bool ok = false;
        const qint64 size
            = buffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return BodyState::Invalid;
        at = lineEnd + 2;
        if (size == 0) {
            const qsizetype trailerEnd = buffer.indexOf("\r\n", at);
            if (trailerEnd < 0)
                return BodyState::NeedMore;
            consumed = trailerEnd + 2; // trailers are ignored (none expected)
            return BodyState::Complete;
        }
        if (buffer.size() < at + size + 2)
            return BodyState::NeedMore;
        body.append(buffer.mid(at, size));
        at += size + 2;
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_fallback = [](HttpRequest &) {
        return HttpResponse::raw(404, QByteArrayLiteral("text/plain"),
                                 QByteArrayLiteral("no such route"));
    };
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->socket)
            disconnect(it->socket, nullptr, this, nullptr);
    }
}

bool FakeHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeHttpServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    RouteEntry entry;
    entry.method = method;
    entry.pattern = pattern;
    entry.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : std::as_const(entry.segments)) {
        if (!segment.startsWith(QLatin1Char('{')))
            ++entry.literals;
    }
    entry.handler = std::move(handler);
    for (RouteEntry &existing : m_routes) {
        if (existing.method == entry.method && existing.pattern == entry.pattern) {
            existing = std::move(entry);
            return;
        }
    }
    m_routes.append(std::move(entry));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        Connection connection;
        connection.socket = socket;
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            auto found = m_connections.find(socket);
            if (found == m_connections.end())
                return;
            found->buffer.append(socket->readAll());
            processBuffer(*found);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::processBuffer(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    while (socket && !connection.busy) {
        QByteArray &buffer = connection.buffer;
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            write(socket, HttpResponse::raw(400, "text/plain", "bad request line"), true);
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        request.path = target.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.append(
                    {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const qsizetype bodyStart = headerEnd + 4;
        qsizetype consumed = bodyStart;
        if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
            const BodyState state = decodeChunked(buffer, bodyStart, request.body, consumed);
            if (state == BodyState::Invalid) {
                write(socket, HttpResponse::raw(400, "text/plain", "bad chunked body"), true);
                return;
            }
            if (state == BodyState::NeedMore)
                return;
        } else {
            const qint64 length = request.header("Content-Length").toLongLong();
            if (length > m_maxBodyBytes) {
                write(socket, HttpResponse::raw(413, "text/plain", "request too large"), true);
                return;
            }
            if (request.header("Expect").toLower() == "100-continue" && !connection.continueSent) {
                connection.continueSent = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (buffer.size() < bodyStart + length)
                return;
            request.body = buffer.mid(bodyStart, length);
            consumed = bodyStart + length;
        }
        buffer.remove(0, consumed);
        connection.continueSent = false;
        request.receivedAtMs = m_clock.elapsed();
        if (request.header("Content-Type").toLower().startsWith("multipart/form-data")) {
            auto parts = parseMultipart(request.header("Content-Type"), request.body);
            if (parts)
                request.parts = std::move(*parts);
            else
                request.multipartError = parts.error();
        }
        const bool close = request.header("Connection").toLower() == "close";
        const HttpResponse response = dispatch(request);
        request.responseStatus = response.status;
        m_requests.append(request);
        Q_EMIT requestHandled(request);
        if (response.delayMs <= 0) {
            write(socket, response, close);
            continue;
        }
        connection.busy = true;
        QTimer::singleShot(response.delayMs, this,
                           [this, socket = connection.socket, response, close] {
                               if (!socket)
                                   return;
                               write(socket, response, close);
                               auto found = m_connections.find(socket);
                               if (found == m_connections.end())
                                   return;
                               found->busy = false;
                               processBuffer(*found);
                           });
        return;
    }
}

HttpResponse FakeHttpServer::dispatch(HttpRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const RouteEntry *best = nullptr;
    QHash<QString, QString> bestParams;
    for (const RouteEntry &entry : std::as_const(m_routes)) {
        if (entry.segments.size() != segments.size())
            continue;
        if (entry.method != "*" && entry.method != request.method)
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = entry.segments.at(i);
            if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}')))
                params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
            else
                matches = expected == segments.at(i);
        }
        if (matches && (!best || entry.literals > best->literals)) {
            best = &entry;
            bestParams = params;
        }
    }
    if (!best)
        return m_fallback(request);
    request.params = bestParams;
    request.routePattern = best->pattern;
    return best->handler(request);
}

void FakeHttpServer::write(QTcpSocket *socket, const HttpResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? QByteArrayLiteral("Connection: close\r\n")
                 : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    if (response.status != 204)
        out += response.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

} // namespace ballsdex::fakediscord

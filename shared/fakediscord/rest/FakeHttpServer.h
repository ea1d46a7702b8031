// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace ballsdex::fakediscord {

/// A small HTTP/1.1 server on 127.0.0.1 for tests: keep-alive, Content-Length and chunked request
/// bodies, multipart/form-data parsing, routes with {param} captures, and a record of every
/// request. Routes can be added by anyone holding the server (e.g. an OAuth fake).
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<HttpResponse(HttpRequest &request)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /// Binds 127.0.0.1 (port 0 = any free port).
    bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:<port>
    [[nodiscard]] QUrl url() const;

    /// Adds a route. method "*" matches any method; pattern segments "{name}" capture into
    /// request.params. Among matching routes the one with the most literal segments wins; adding
    /// a route with the same method and pattern as an existing one replaces it.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    /// Answers requests no route matched (default: 404 text).
    void setFallback(Handler handler) { m_fallback = std::move(handler); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    [[nodiscard]] const QList<HttpRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /// Monotonic milliseconds since the server was created (the clock of receivedAtMs).
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void requestHandled(const ballsdex::fakediscord::HttpRequest &request);

private:
    struct RouteEntry
    {
        QByteArray method;
        QStringList segments;
        int literals = 0;
        QString pattern;
        Handler handler;
    };
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool busy = false; ///< an answer is pending (delayed); parse nothing until it is written
        bool continueSent = false;
    };

    void onNewConnection();
    void processBuffer(Connection &connection);
    HttpResponse dispatch(HttpRequest &request);
    void write(QTcpSocket *socket, const HttpResponse &response, bool close);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<RouteEntry> m_routes;
    Handler m_fallback;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_maxBodyBytes = 64LL * 1024 * 1024;
};

} // namespace ballsdex::fakediscord

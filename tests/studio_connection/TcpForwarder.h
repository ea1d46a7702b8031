// SPDX-License-Identifier: MIT
#pragma once

#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace ballsdex::testing {

/// Forwards TCP connections on 127.0.0.1 to the test cluster's Unix socket, so libpq talks to
/// the real server over TCP (it never negotiates TLS over a Unix socket).
class TcpForwarder final : public QObject
{
public:
    explicit TcpForwarder(QString unixSocketPath)
        : m_path(std::move(unixSocketPath))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpForwarder::accept);
        m_server.listen(QHostAddress::LocalHost);
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QLocalSocket(client);
            upstream->connectToServer(m_path);
            if (!upstream->waitForConnected(5000)) {
                client->close();
                client->deleteLater();
                continue;
            }
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QLocalSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QLocalSocket::disconnected, client,
                    [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromServer();
                client->deleteLater();
            });
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        }
    }

    QString m_path;
    QTcpServer m_server;
};

} // namespace ballsdex::testing

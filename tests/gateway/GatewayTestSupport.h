// SPDX-License-Identifier: MIT
#pragma once

#include "fakediscord/gateway/FakeGateway.h"
#include "gateway/GatewayOptions.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace ballsdex::gateway::testing {

/// Options pointing at a fake, with delays shrunk so reconnects take milliseconds.
inline GatewayOptions fastOptions(const fakediscord::FakeGateway &fake)
{
    GatewayOptions options;
    options.token = QStringLiteral("test-token");
    options.gatewayUrlOverride = fake.url();
    options.shardCount = 1;
    options.compress = false;
    options.timing.reconnectBaseMs = 20;
    options.timing.reconnectMaxMs = 200;
    options.timing.invalidSessionMinMs = 20;
    options.timing.invalidSessionMaxMs = 40;
    options.timing.identifyWindowMs = 0;
    options.timing.closeTimeoutMs = 500;
    options.timing.helloTimeoutMs = 3000;
    options.random = [] {
        return 0.5;
    };
    return options;
}

/// A one-route HTTP/1.1 server for GET /gateway/bot: answers every request with the configured
/// status and body and records the raw request head.
class HttpStub final
{
public:
    HttpStub()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    m_requests.append(m_buffer.take(socket));
                    QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status)
                        + " X\r\n"
                          "Content-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: "
                        + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    void respond(int status, QByteArray body)
    {
        m_status = status;
        m_body = std::move(body);
    }
    [[nodiscard]] QUrl apiBase() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v10").arg(m_server.serverPort()));
    }
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    QList<QByteArray> m_requests;
    QByteArray m_body;
    int m_status = 200;
};

} // namespace ballsdex::gateway::testing

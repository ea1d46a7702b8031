// SPDX-License-Identifier: MIT
#include "discord/WebhookClient.h"
#include "fakediscord/rest/FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using discord::WebhookClient;
using fakediscord::HttpRequest;
using fakediscord::HttpResponse;

namespace {

WebhookClient::Options fastOptions()
{
    WebhookClient::Options options;
    options.username = QStringLiteral("BallsDex Studio");
    options.backoffBase = std::chrono::milliseconds(5);
    options.backoffMax = std::chrono::milliseconds(20);
    options.maxAttempts = 3;
    return options;
}

HttpResponse json(int status, const QJsonObject &body = {})
{
    return HttpResponse::json(status, QJsonDocument(body));
}

QString content(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QStringLiteral("content"))
        .toString();
}

} // namespace

class TestWebhookClient final : public QObject
{
    Q_OBJECT

private:
    fakediscord::FakeHttpServer m_server;
    QList<QString> m_received;
    QList<int> m_script; ///< statuses to answer, in order; then 204

    QUrl webhookUrl() const
    {
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/api/webhooks/111/secret-token"));
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("POST", QStringLiteral("/api/webhooks/{id}/{token}"),
                       [this](HttpRequest &request) {
                           const int status = m_script.isEmpty() ? 204 : m_script.takeFirst();
                           if (status == 429)
                               return json(429,
                                           {{QStringLiteral("retry_after"), 0.01},
                                            {QStringLiteral("global"), false}});
                           if (status == 204)
                               m_received.append(content(request));
                           return json(status);
                       });
    }

    void init()
    {
        m_received.clear();
        m_script.clear();
        m_server.clearRequests();
    }

    void deliversInOrderWithoutPings()
    {
        WebhookClient client(webhookUrl(), fastOptions());
        QSignalSpy delivered(&client, &WebhookClient::delivered);
        client.post(QStringLiteral("first <@123>"));
        client.post(QStringLiteral("second"));
        client.post(QString(2500, QLatin1Char('x')));
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(m_received.at(0), QStringLiteral("first <@123>"));
        QCOMPARE(m_received.at(1), QStringLiteral("second"));
        QCOMPARE(m_received.at(2).size(), 2000);
        const QJsonObject body = QJsonDocument::fromJson(m_server.requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("username")).toString(),
                 QStringLiteral("BallsDex Studio"));
        QVERIFY(body.value(QStringLiteral("allowed_mentions"))
                    .toObject()
                    .value(QStringLiteral("parse"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(client.pending(), 0);
    }

    void waitsOutRateLimitsAndRetriesServerErrors()
    {
        m_script = {429, 500, 204};
        WebhookClient client(webhookUrl(), fastOptions());
        QSignalSpy delivered(&client, &WebhookClient::delivered);
        QSignalSpy dropped(&client, &WebhookClient::dropped);
        client.post(QStringLiteral("persistent"));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(m_received, QList<QString>({QStringLiteral("persistent")}));
        QVERIFY(dropped.isEmpty());
    }

    void deletedWebhookDropsTheNoticeAndMovesOn()
    {
        m_script = {404};
        WebhookClient client(webhookUrl(), fastOptions());
        QSignalSpy delivered(&client, &WebhookClient::delivered);
        QSignalSpy dropped(&client, &WebhookClient::dropped);
        QTest::ignoreMessage(QtWarningMsg, "webhook 111 did not accept a notice: HTTP 404");
        client.post(QStringLiteral("lost"));
        client.post(QStringLiteral("next"));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(1).toString(), QStringLiteral("HTTP 404"));
        QCOMPARE(m_received, QList<QString>({QStringLiteral("next")}));
    }

    void serverErrorsGiveUpAfterTheLastAttempt()
    {
        m_script = {502, 502, 502};
        WebhookClient client(webhookUrl(), fastOptions());
        QSignalSpy dropped(&client, &WebhookClient::dropped);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gave up after 3")));
        client.post(QStringLiteral("doomed"));
        QTRY_COMPARE(dropped.size(), 1);
        QCOMPARE(m_server.requests().size(), 3);
    }

    void fullQueueDropsTheOldestAndNeverLeaksTheToken()
    {
        WebhookClient::Options options = fastOptions();
        options.maxQueued = 2;
        WebhookClient client(webhookUrl(), options);
        QSignalSpy dropped(&client, &WebhookClient::dropped);
        QSignalSpy delivered(&client, &WebhookClient::delivered);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^webhook 111 ")));
        client.post(QStringLiteral("a")); // sent at once
        client.post(QStringLiteral("b"));
        client.post(QStringLiteral("c"));
        client.post(QStringLiteral("d")); // queue full: b goes
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toString(), QStringLiteral("b"));
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(m_received,
                 QList<QString>({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QVERIFY(!client.describe().contains(QStringLiteral("secret-token")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookClient)
#include "tst_webhookclient.moc"

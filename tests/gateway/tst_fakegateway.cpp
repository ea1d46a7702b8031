// SPDX-License-Identifier: MIT
// FakeGateway's own behaviour, driven by a bare QWebSocket: validation (§7.4), sessions and
// replay, identify concurrency (§7.11), routing (§7.13), MESSAGE_CONTENT gating (§7.15).
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/gateway/IdentifyValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace ballsdex::fakediscord;

namespace {

QJsonObject identify(int shard = 0, int count = 1, qint64 intents = 33289)
{
    return QJsonObject {
        {QStringLiteral("token"), QStringLiteral("test-token")},
        {QStringLiteral("intents"), intents},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("os"), QStringLiteral("linux")},
                      {QStringLiteral("browser"), QStringLiteral("t")},
                      {QStringLiteral("device"), QStringLiteral("t")}}},
        {QStringLiteral("shard"), QJsonArray {shard, count}},
    };
}

/// A bare client that records what the fake sends.
class RawClient final
{
public:
    RawClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
    }
    bool open(const QUrl &base, const QString &query = QStringLiteral("v=10&encoding=json"))
    {
        QUrl url(base);
        url.setPath(url.path().isEmpty() ? QStringLiteral("/") : url.path());
        url.setQuery(query);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(3000);
    }
    void send(int op, const QJsonValue &d)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("op"), op}, {QStringLiteral("d"), d}})
                .toJson(QJsonDocument::Compact)));
    }
    /// Waits until the fake closed the connection; returns its close code.
    int waitClosed()
    {
        if (socket.state() != QAbstractSocket::UnconnectedState) {
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            if (!closed.wait(3000))
                return -1;
        }
        return int(socket.closeCode());
    }
    bool waitFor(int op, const QString &t = {}, int timeoutMs = 3000)
    {
        const auto has = [&] {
            for (const QJsonObject &m : std::as_const(messages)) {
                if (m.value(QLatin1String("op")).toInt() == op
                    && (t.isEmpty() || m.value(QLatin1String("t")).toString() == t))
                    return true;
            }
            return false;
        };
        return QTest::qWaitFor(has, timeoutMs);
    }
    QList<QJsonObject> dispatches() const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &m : messages) {
            if (m.value(QLatin1String("op")).toInt() == 0)
                result.append(m);
        }
        return result;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
};

} // namespace

class TestFakeGateway final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGateway> m_fake;

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeGateway>();
        QVERIFY(m_fake->listen());
        m_fake->setIdentifyWindowMs(0);
        m_fake->setAutoGuildCreate(false);
    }
    void cleanup() { m_fake.reset(); }

    void validateIdentify_data()
    {
        QTest::addColumn<QJsonValue>("d");
        QTest::addColumn<int>("code");
        const QJsonObject good = identify();
        QTest::newRow("valid") << QJsonValue(good) << 0;
        QTest::newRow("not an object") << QJsonValue(5) << 4002;
        auto wrongToken = good;
        wrongToken.insert(QStringLiteral("token"), QStringLiteral("nope"));
        QTest::newRow("bad token") << QJsonValue(wrongToken) << 4004;
        auto noToken = good;
        noToken.remove(QStringLiteral("token"));
        QTest::newRow("no token") << QJsonValue(noToken) << 4001;
        auto noDevice = good;
        noDevice.insert(QStringLiteral("properties"),
                        QJsonObject {{QStringLiteral("os"), QStringLiteral("x")},
                                     {QStringLiteral("browser"), QStringLiteral("x")}});
        QTest::newRow("properties without device") << QJsonValue(noDevice) << 4001;
        auto noIntents = good;
        noIntents.remove(QStringLiteral("intents"));
        QTest::newRow("no intents") << QJsonValue(noIntents) << 4013;
        QTest::newRow("unknown intent bit") << QJsonValue(identify(0, 1, 1LL << 40)) << 4013;
        QTest::newRow("privileged members") << QJsonValue(identify(0, 1, 2)) << 4014;
        QTest::newRow("shard id >= count") << QJsonValue(identify(2, 2)) << 4010;
        QTest::newRow("negative shard") << QJsonValue(identify(-1, 2)) << 4010;
        auto badShard = good;
        badShard.insert(QStringLiteral("shard"), QJsonArray {0});
        QTest::newRow("shard array of one") << QJsonValue(badShard) << 4010;
        auto threshold = good;
        threshold.insert(QStringLiteral("large_threshold"), 300);
        QTest::newRow("large_threshold 300") << QJsonValue(threshold) << 4001;
    }
    void validateIdentify()
    {
        QFETCH(QJsonValue, d);
        QFETCH(int, code);
        IdentifyRules rules;
        rules.token = QStringLiteral("test-token");
        rules.privilegedIntentsAllowed = 1u << 15; // message content only
        QCOMPARE(ballsdex::fakediscord::validateIdentify(d, rules).closeCode, code);
    }

    void shardingRequired()
    {
        IdentifyRules rules;
        rules.token = QStringLiteral("test-token");
        rules.privilegedIntentsAllowed = 1u << 15;
        rules.requiredShardCount = 2;
        QCOMPARE(ballsdex::fakediscord::validateIdentify(identify(0, 1), rules).closeCode, 4011);
        QCOMPARE(ballsdex::fakediscord::validateIdentify(identify(1, 2), rules).closeCode, 0);
    }

    void closesProtocolViolations_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QByteArray("{oops") << 4002;
        QTest::newRow("over 4096 bytes")
            << QByteArray("{\"op\":1,\"d\":\"" + QByteArray(4100, 'a') + "\"}") << 4002;
        QTest::newRow("unknown opcode") << QByteArray("{\"op\":5,\"d\":null}") << 4001;
        QTest::newRow("receive-only opcode") << QByteArray("{\"op\":10,\"d\":null}") << 4001;
        QTest::newRow("presence before identify") << QByteArray("{\"op\":3,\"d\":{}}") << 4003;
    }
    void closesProtocolViolations()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, code);
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        QVERIFY(client.waitFor(10));
        client.socket.sendTextMessage(QString::fromUtf8(payload));
        QCOMPARE(client.waitClosed(), code);
        QCOMPARE(m_fake->connection(0).closeCode, code);
        QVERIFY(m_fake->connection(0).closedByServer);
    }

    void wrongApiVersionCloses4012()
    {
        RawClient client;
        QVERIFY(client.open(m_fake->url(), QStringLiteral("v=9&encoding=json")));
        QCOMPARE(client.waitClosed(), 4012);
    }

    void helloAndHeartbeatAck()
    {
        m_fake->setHeartbeatIntervalMs(1234);
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        QVERIFY(client.waitFor(10));
        QCOMPARE(client.messages.first()
                     .value(QLatin1String("d"))
                     .toObject()
                     .value(QLatin1String("heartbeat_interval"))
                     .toInt(),
                 1234);
        client.send(1, QJsonValue());
        QVERIFY(client.waitFor(11));
        m_fake->setWithholdAcks(true);
        client.messages.clear();
        client.send(1, QJsonValue());
        QTRY_COMPARE(m_fake->received(1).size(), 2);
        QVERIFY(!client.waitFor(11, {}, 300));
    }

    void secondIdentifyCloses4005()
    {
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify());
        QVERIFY(client.waitFor(0, QStringLiteral("READY")));
        client.send(2, identify());
        QCOMPARE(client.waitClosed(), 4005);
    }

    void readyListsTheShardsGuilds()
    {
        const qint64 onShard0 = 0LL << 22;
        const qint64 onShard1 = (1LL << 22) | 5;
        m_fake->setGuilds({onShard0 + (2LL << 22), onShard1});
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify(1, 2));
        QVERIFY(client.waitFor(0, QStringLiteral("READY")));
        const QJsonObject ready = client.dispatches().first().value(QLatin1String("d")).toObject();
        const QJsonArray guilds = ready.value(QLatin1String("guilds")).toArray();
        QCOMPARE(guilds.size(), 1);
        QCOMPARE(guilds.first().toObject().value(QLatin1String("id")).toString(),
                 QString::number(onShard1));
        QCOMPARE(ready.value(QLatin1String("shard")).toArray(), (QJsonArray {1, 2}));
        QCOMPARE(ready.value(QLatin1String("resume_gateway_url")).toString(),
                 m_fake->resumeUrl().toString());
        QCOMPARE(m_fake->shardOfGuild(onShard1), 1);
        QCOMPARE(m_fake->shardOfGuild(0), 0);
    }

    // §7.11: with max_concurrency 1, a second IDENTIFY inside the window gets op 9.
    void identifyConcurrencyIsEnforced()
    {
        m_fake->setIdentifyWindowMs(5000);
        m_fake->setMaxConcurrency(1);
        QSignalSpy rejected(m_fake.get(), &FakeGateway::identifyRejected);
        RawClient first;
        RawClient second;
        QVERIFY(first.open(m_fake->url()));
        QVERIFY(second.open(m_fake->url()));
        first.send(2, identify(0, 2));
        QVERIFY(first.waitFor(0, QStringLiteral("READY")));
        second.send(2, identify(1, 2));
        QVERIFY(second.waitFor(9));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(second.messages.last().value(QLatin1String("d")).toBool(true), false);
    }

    void identifyConcurrencyBucketsByShardModulo()
    {
        m_fake->setIdentifyWindowMs(5000);
        m_fake->setMaxConcurrency(2);
        QSignalSpy rejected(m_fake.get(), &FakeGateway::identifyRejected);
        RawClient a, b, c;
        QVERIFY(a.open(m_fake->url()));
        QVERIFY(b.open(m_fake->url()));
        QVERIFY(c.open(m_fake->url()));
        a.send(2, identify(0, 4));
        b.send(2, identify(1, 4));
        QVERIFY(a.waitFor(0, QStringLiteral("READY")));
        QVERIFY(b.waitFor(0, QStringLiteral("READY")));
        c.send(2, identify(2, 4)); // bucket 0 again
        QVERIFY(c.waitFor(9));
        QCOMPARE(rejected.size(), 1);
    }

    void sessionStartLimitIsRespected()
    {
        m_fake->setSessionStartsRemaining(0);
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify());
        QVERIFY(client.waitFor(9));
    }

    // A client dropping TCP keeps its session; RESUME replays what it missed, then RESUMED.
    void resumeReplaysMissedDispatches()
    {
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify());
        QVERIFY(client.waitFor(0, QStringLiteral("READY")));
        const QString session = m_fake->sessionId();
        QSignalSpy gone(m_fake.get(), &FakeGateway::clientDisconnected);
        client.socket.abort();
        QVERIFY(gone.wait(2000));
        QCOMPARE(gone.first().at(1).toInt(), 1006);
        QVERIFY(m_fake->isSessionValid(session));
        const qint64 a = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        const qint64 b = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());

        RawClient again;
        QVERIFY(again.open(m_fake->resumeUrl()));
        QSignalSpy resumed(m_fake.get(), &FakeGateway::sessionResumed);
        again.send(6,
                   QJsonObject {{QStringLiteral("token"), QStringLiteral("test-token")},
                                {QStringLiteral("session_id"), session},
                                {QStringLiteral("seq"), 1}});
        QVERIFY(again.waitFor(0, QStringLiteral("RESUMED")));
        const auto dispatches = again.dispatches();
        QCOMPARE(dispatches.size(), 3);
        QCOMPARE(dispatches.at(0).value(QLatin1String("s")).toInteger(), a);
        QCOMPARE(dispatches.at(1).value(QLatin1String("s")).toInteger(), b);
        QCOMPARE(dispatches.at(2).value(QLatin1String("s")).toInteger(), b + 1);
        QCOMPARE(resumed.first().at(2).toInt(), 2);
        QCOMPARE(m_fake->connection(1).path, QStringLiteral("/resume"));
    }

    void resumeWithBadSessionOrSeq()
    {
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify());
        QVERIFY(client.waitFor(0, QStringLiteral("READY")));
        const QString session = m_fake->sessionId();
        client.socket.abort();

        RawClient unknown;
        QVERIFY(unknown.open(m_fake->resumeUrl()));
        unknown.send(6,
                     QJsonObject {{QStringLiteral("token"), QStringLiteral("test-token")},
                                  {QStringLiteral("session_id"), QStringLiteral("nope")},
                                  {QStringLiteral("seq"), 1}});
        QVERIFY(unknown.waitFor(9));

        RawClient future;
        QVERIFY(future.open(m_fake->resumeUrl()));
        future.send(6,
                    QJsonObject {{QStringLiteral("token"), QStringLiteral("test-token")},
                                 {QStringLiteral("session_id"), session},
                                 {QStringLiteral("seq"), 99}});
        QCOMPARE(future.waitClosed(), 4007);
        QVERIFY(!m_fake->isSessionValid(session));
    }

    void clientClose1000EndsTheSession()
    {
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify());
        QVERIFY(client.waitFor(0, QStringLiteral("READY")));
        const QString session = m_fake->sessionId();
        QSignalSpy gone(m_fake.get(), &FakeGateway::clientDisconnected);
        client.socket.close(QWebSocketProtocol::CloseCodeNormal);
        QTRY_COMPARE(gone.size(), 1);
        QCOMPARE(gone.first().at(1).toInt(), 1000);
        QVERIFY(!m_fake->isSessionValid(session));
    }

    // §7.13
    void guildEventsAreRoutedByShard()
    {
        RawClient zero, one;
        QVERIFY(zero.open(m_fake->url()));
        QVERIFY(one.open(m_fake->url()));
        zero.send(2, identify(0, 2));
        one.send(2, identify(1, 2));
        QVERIFY(zero.waitFor(0, QStringLiteral("READY")));
        QVERIFY(one.waitFor(0, QStringLiteral("READY")));
        const qint64 guildOnOne = (7LL << 22) | 99; // 7 % 2 = 1
        m_fake->sendGuildDispatch(
            QStringLiteral("MESSAGE_CREATE"),
            QJsonObject {{QStringLiteral("guild_id"), QString::number(guildOnOne)}});
        m_fake->sendGuildDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject()); // a DM
        QVERIFY(one.waitFor(0, QStringLiteral("MESSAGE_CREATE")));
        QVERIFY(zero.waitFor(0, QStringLiteral("MESSAGE_CREATE")));
        QCOMPARE(one.dispatches().size(), 2); // READY + guild message
        QCOMPARE(zero.dispatches().size(), 2); // READY + DM
        QVERIFY(!zero.dispatches()
                     .last()
                     .value(QLatin1String("d"))
                     .toObject()
                     .contains(QLatin1String("guild_id")));
    }

    // §7.15
    void messageContentNeedsTheIntent()
    {
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        client.send(2, identify(0, 1, 1 | 512)); // guilds + guild messages, no message content
        QVERIFY(client.waitFor(0, QStringLiteral("READY")));
        m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"),
                             QJsonObject {{QStringLiteral("content"), QStringLiteral("hello")}});
        QVERIFY(client.waitFor(0, QStringLiteral("MESSAGE_CREATE")));
        QCOMPARE(client.dispatches()
                     .last()
                     .value(QLatin1String("d"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QString());
    }

    void sendLimitCloses4008()
    {
        m_fake->setSendLimit(5, 60'000);
        RawClient client;
        QVERIFY(client.open(m_fake->url()));
        for (int i = 0; i < 6; ++i)
            client.send(1, QJsonValue());
        QCOMPARE(client.waitClosed(), 4008);
    }
};

QTEST_GUILESS_MAIN(TestFakeGateway)
#include "tst_fakegateway.moc"

// SPDX-License-Identifier: MIT
// GatewayShard against FakeGateway: discord-protocol.md §7 items 1-3, 5-10.
#include "GatewayTestSupport.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "gateway/GatewayShard.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace ballsdex::gateway;
using ballsdex::fakediscord::FakeGateway;
using ballsdex::fakediscord::ReceivedPayload;

namespace {

/// Payloads of one connection that are not heartbeats.
QList<ReceivedPayload> nonHeartbeats(const FakeGateway &fake, int connection)
{
    QList<ReceivedPayload> result;
    for (const ReceivedPayload &payload : fake.received()) {
        if (payload.connection == connection && payload.op != 1)
            result.append(payload);
    }
    return result;
}

} // namespace

class TestGatewayShard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGateway> m_fake;
    std::unique_ptr<GatewayShard> m_shard;

    GatewayShard &makeShard(const GatewayOptions &options)
    {
        m_shard = std::make_unique<GatewayShard>(options, 0, 1);
        m_shard->setGatewayUrl(m_fake->url());
        return *m_shard;
    }
    GatewayShard &makeShard() { return makeShard(testing::fastOptions(*m_fake)); }

    bool startAndWaitReady(GatewayShard &shard)
    {
        QSignalSpy ready(&shard, &GatewayShard::sessionReady);
        shard.start();
        return ready.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeGateway>();
        QVERIFY(m_fake->listen());
        m_fake->setHeartbeatIntervalMs(200);
        m_fake->setIdentifyWindowMs(0);
    }
    void cleanup()
    {
        m_shard.reset();
        m_fake.reset();
    }

    void identifiesWithConfiguredFields()
    {
        auto options = testing::fastOptions(*m_fake);
        options.intents = intents::Default;
        auto &shard = makeShard(options);
        QVERIFY(startAndWaitReady(shard));
        const auto identifies = m_fake->received(2);
        QCOMPARE(identifies.size(), 1);
        const QJsonObject d = identifies.first().d.toObject();
        QCOMPARE(d.value(QLatin1String("token")).toString(), QStringLiteral("test-token"));
        QCOMPARE(d.value(QLatin1String("intents")).toInteger(), 33289);
        QCOMPARE(d.value(QLatin1String("shard")).toArray(), (QJsonArray {0, 1}));
        QCOMPARE(m_fake->connection(0).query, QStringLiteral("v=10&encoding=json"));
        QCOMPARE(shard.sessionId(), m_fake->sessionId(0));
        QCOMPARE(shard.lastSequence(), 1);
        QCOMPARE(shard.state(), ShardState::Connected);
    }

    // §7.1: first beat within [0, interval], later beats every interval, d = last seq.
    void heartbeatScheduleAndSequence()
    {
        m_fake->setHeartbeatIntervalMs(300);
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->received(1).size() >= 1, 2000);
        const ReceivedPayload first = m_fake->received(1).first();
        const qint64 opened = m_fake->connection(0).openedAtMs;
        QVERIFY2(first.atMs - opened <= 300 + 100,
                 qPrintable(QStringLiteral("first beat after %1 ms").arg(first.atMs - opened)));
        QCOMPARE(first.d.toInteger(), 1); // READY was seq 1

        const qint64 seq
            = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"),
                                   QJsonObject {{QStringLiteral("id"), QStringLiteral("5")}});
        QTRY_COMPARE(shard.lastSequence(), seq);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->received(1).size() >= 3, 2000);
        const auto beats = m_fake->received(1);
        QCOMPARE(beats.last().d.toInteger(), seq);
        const qint64 gap = beats.at(2).atMs - beats.at(1).atMs;
        QVERIFY2(gap >= 200 && gap <= 450, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
    }

    void heartbeatIsNullBeforeAnyDispatch()
    {
        m_fake->setAutoReady(false);
        auto options = testing::fastOptions(*m_fake);
        options.random = [] {
            return 0.0;
        };
        auto &shard = makeShard(options);
        shard.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->received(1).isEmpty(), 2000);
        QVERIFY(m_fake->received(1).first().d.isNull());
    }

    // §7.2
    void serverHeartbeatRequestIsAnsweredAtOnce()
    {
        m_fake->setHeartbeatIntervalMs(20'000);
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        QCOMPARE(m_fake->received(1).size(), 0);
        m_fake->sendHeartbeatRequest();
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->received(1).size(), 1, 1000);
        QCOMPARE(m_fake->received(1).first().d.toInteger(), shard.lastSequence());
    }

    // §7.3: withheld ACK → close with a non-1000/1001 code, then RESUME with the right session/seq.
    void zombieConnectionIsClosedAndResumed()
    {
        m_fake->setHeartbeatIntervalMs(100);
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        const QString session = shard.sessionId();
        const qint64 seq = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        QTRY_COMPARE(shard.lastSequence(), seq);

        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        QSignalSpy ready(&shard, &GatewayShard::sessionReady);
        connect(m_fake.get(), &FakeGateway::clientDisconnected, this,
                [this] { m_fake->setWithholdAcks(false); });
        m_fake->setWithholdAcks(true);
        QVERIFY(resumed.wait(3000));
        const auto first = m_fake->connection(0);
        QVERIFY(!first.closedByServer);
        QCOMPARE(first.closeCode, 4000);
        QCOMPARE(m_fake->connection(1).path, QStringLiteral("/resume"));
        const auto sent = nonHeartbeats(*m_fake, 1);
        QCOMPARE(sent.first().op, 6);
        const QJsonObject d = sent.first().d.toObject();
        QCOMPARE(d.value(QLatin1String("session_id")).toString(), session);
        QCOMPARE(d.value(QLatin1String("seq")).toInteger(), seq);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(shard.sessionId(), session);
    }

    // §7.5: replay after a TCP drop is processed exactly once; startup logic does not re-run.
    void resumeAfterTcpDropReplaysExactlyOnce()
    {
        auto &shard = makeShard();
        QList<qint64> seen;
        connect(&shard, &GatewayShard::dispatchReceived, this,
                [&seen](const GatewayEvent &event) { seen.append(event.sequence()); });
        QSignalSpy ready(&shard, &GatewayShard::sessionReady);
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        shard.start();
        QVERIFY(ready.wait(3000));
        m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        QTRY_COMPARE(shard.lastSequence(), 2);

        QSignalSpy lost(&shard, &GatewayShard::connectionLost);
        m_fake->dropTcp();
        m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject()); // missed: 3
        m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject()); // missed: 4
        QVERIFY(resumed.wait(3000));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().at(1).toInt(), 1006); // no close frame
        // A duplicate of an already processed dispatch is dropped.
        m_fake->sendPayloadBytes("{\"op\":0,\"s\":3,\"t\":\"MESSAGE_CREATE\",\"d\":{}}");
        const qint64 last = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        QTRY_COMPARE(shard.lastSequence(), last);
        QCOMPARE(seen, (QList<qint64> {1, 2, 3, 4, 5, 6})); // 5 = RESUMED
        QCOMPARE(ready.size(), 1);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(m_fake->connection(1).path, QStringLiteral("/resume"));
        QVERIFY(m_fake->connection(1).resumed);
    }

    // §7.6
    void reconnectOpcodeLeadsToResume()
    {
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        m_fake->sendReconnect();
        QVERIFY(resumed.wait(3000));
        QCOMPARE(m_fake->connection(0).closeCode, 4000);
        QVERIFY(!m_fake->connection(0).closedByServer);
        QVERIFY(m_fake->connection(1).resumed);
    }

    void reconnectBeforeHelloLeadsToResume()
    {
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        m_fake->setAutoHello(false);
        connect(m_fake.get(), &FakeGateway::clientConnected, this, [this](int index) {
            if (index == 1)
                m_fake->sendReconnectOn(index);
            else
                m_fake->sendHelloOn(index);
        });
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        m_fake->sendReconnect();
        QVERIFY(resumed.wait(3000));
        QCOMPARE(m_fake->connectionCount(), 3);
        QVERIFY(nonHeartbeats(*m_fake, 1).isEmpty());
        QVERIFY(m_fake->connection(2).resumed);
    }

    // §7.7
    void invalidSessionNotResumableReidentifiesOnBaseUrl()
    {
        auto options = testing::fastOptions(*m_fake);
        options.timing.invalidSessionMinMs = 150;
        options.timing.invalidSessionMaxMs = 150;
        auto &shard = makeShard(options);
        QVERIFY(startAndWaitReady(shard));
        m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        QTRY_COMPARE(shard.lastSequence(), 2);
        const QString oldSession = shard.sessionId();

        QSignalSpy ready(&shard, &GatewayShard::sessionReady);
        QSignalSpy disconnected(m_fake.get(), &FakeGateway::clientDisconnected);
        m_fake->sendInvalidSession(false);
        QVERIFY(disconnected.wait(2000));
        const qint64 closedAt = m_fake->elapsedMs();
        QVERIFY(ready.wait(3000));
        QVERIFY(m_fake->connection(1).openedAtMs - closedAt >= 140);
        QCOMPARE(m_fake->connection(1).path, QStringLiteral("/"));
        QCOMPARE(nonHeartbeats(*m_fake, 1).first().op, 2);
        QVERIFY(shard.sessionId() != oldSession);
        QCOMPARE(shard.lastSequence(), 1);
    }

    void invalidSessionResumableResumes()
    {
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        m_fake->sendInvalidSession(true);
        QVERIFY(resumed.wait(3000));
        QCOMPARE(m_fake->connection(1).path, QStringLiteral("/resume"));
        QCOMPARE(nonHeartbeats(*m_fake, 1).first().op, 6);
    }

    // §7.8: every close code of the table.
    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected"); // resume | identify | fatal
        const QString resume = QStringLiteral("resume");
        const QString identify = QStringLiteral("identify");
        const QString fatal = QStringLiteral("fatal");
        QTest::newRow("1000 from server") << 1000 << resume;
        QTest::newRow("1001 from server") << 1001 << resume;
        QTest::newRow("4000") << 4000 << resume;
        QTest::newRow("4001") << 4001 << resume;
        QTest::newRow("4002") << 4002 << resume;
        QTest::newRow("4003") << 4003 << identify;
        QTest::newRow("4004") << 4004 << fatal;
        QTest::newRow("4005") << 4005 << identify;
        QTest::newRow("4007") << 4007 << identify;
        QTest::newRow("4008") << 4008 << resume;
        QTest::newRow("4009") << 4009 << identify;
        QTest::newRow("4010") << 4010 << fatal;
        QTest::newRow("4011") << 4011 << fatal;
        QTest::newRow("4012") << 4012 << fatal;
        QTest::newRow("4013") << 4013 << fatal;
        QTest::newRow("4014") << 4014 << fatal;
    }
    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        QSignalSpy fatal(&shard, &GatewayShard::fatalError);
        QSignalSpy stopped(&shard, &GatewayShard::stopped);
        QSignalSpy connected(m_fake.get(), &FakeGateway::clientConnected);
        m_fake->closeWith(code);
        if (expected == QLatin1String("fatal")) {
            QVERIFY(stopped.wait(2000));
            QCOMPARE(fatal.size(), 1);
            QCOMPARE(fatal.first().at(1).toInt(), code);
            QCOMPARE(shard.state(), ShardState::Stopped);
            QVERIFY(!connected.wait(300)); // no reconnect
            return;
        }
        QVERIFY(connected.wait(2000));
        QTRY_VERIFY(!nonHeartbeats(*m_fake, 1).isEmpty());
        const ReceivedPayload first = nonHeartbeats(*m_fake, 1).first();
        if (expected == QLatin1String("resume")) {
            QCOMPARE(m_fake->connection(1).path, QStringLiteral("/resume"));
            QCOMPARE(first.op, 6);
            QTRY_COMPARE(shard.state(), ShardState::Connected);
        } else {
            QCOMPARE(m_fake->connection(1).path, QStringLiteral("/"));
            QCOMPARE(first.op, 2);
            QTRY_COMPARE(shard.state(), ShardState::Connected);
        }
        QCOMPARE(fatal.size(), 0);
    }

    // §7.9
    void shutdownClosesWith1000()
    {
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        const QString session = shard.sessionId();
        QSignalSpy stopped(&shard, &GatewayShard::stopped);
        QSignalSpy connected(m_fake.get(), &FakeGateway::clientConnected);
        shard.shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 2000);
        QTRY_VERIFY(!m_fake->connection(0).open);
        QCOMPARE(m_fake->connection(0).closeCode, 1000);
        QVERIFY(!m_fake->connection(0).closedByServer);
        QVERIFY(!m_fake->isSessionValid(session));
        QVERIFY(!connected.wait(200));
        QCOMPARE(shard.state(), ShardState::Stopped);
    }

    // §7.10: the client keeps under the limit and leaves room for heartbeats.
    void sendLimitKeepsHeadroomForHeartbeats()
    {
        m_fake->setHeartbeatIntervalMs(100);
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        for (int i = 0; i < 150; ++i)
            QVERIFY(shard.updatePresence(
                QJsonObject {{QStringLiteral("status"), QStringLiteral("online")},
                             {QStringLiteral("since"), QJsonValue()},
                             {QStringLiteral("activities"), QJsonArray()},
                             {QStringLiteral("afk"), false}}));
        // 110 ordinary slots: IDENTIFY took one.
        QTRY_COMPARE(m_fake->received(3).size(), 109);
        QCOMPARE(shard.queuedPayloads(), 150 - 109);
        const qsizetype beats = m_fake->received(1).size();
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->received(1).size() >= beats + 3, 2000);
        QVERIFY(m_fake->connection(0).open);
        QCOMPARE(shard.state(), ShardState::Connected);
    }

    void serverEnforcesSendLimit()
    {
        auto options = testing::fastOptions(*m_fake);
        options.timing.sendLimit = 1000; // a misconfigured client
        options.timing.heartbeatReserve = 0;
        auto &shard = makeShard(options);
        QVERIFY(startAndWaitReady(shard));
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        for (int i = 0; i < 130; ++i)
            shard.send(Opcode::PresenceUpdate,
                       QJsonObject {{QStringLiteral("status"), QStringLiteral("idle")}});
        QVERIFY(resumed.wait(3000));
        QCOMPARE(m_fake->connection(0).closeCode, 4008);
        QVERIFY(m_fake->connection(0).closedByServer);
    }

    void refusesOversizedOutgoingPayload()
    {
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        const QString big(5000, QLatin1Char('x'));
        QVERIFY(!shard.updatePresence(QJsonObject {{QStringLiteral("status"), big}}));
        QCOMPARE(shard.queuedPayloads(), 0);
    }

    // Bad input is logged and survived.
    void survivesMalformedInput()
    {
        auto &shard = makeShard();
        QList<GatewayEvent> events;
        connect(&shard, &GatewayShard::dispatchReceived, this,
                [&events](const GatewayEvent &event) { events.append(event); });
        QVERIFY(startAndWaitReady(shard));
        QSignalSpy lost(&shard, &GatewayShard::connectionLost);
        m_fake->sendRaw("{not json", false);
        m_fake->sendRaw("[1, 2, 3]", false);
        m_fake->sendRaw("{\"d\": {}}", false);
        m_fake->sendRaw("{\"op\": 99, \"d\": null}", false);
        m_fake->sendRaw("{\"op\": 0, \"s\": \"x\", \"t\": 5, \"d\": 7}", false);
        m_fake->sendRaw(QByteArray("{\"op\":0,\"s\":50,\"t\":\"X\",\"d\":{\"a\":\"\xff\xfe\"}}"),
                        true);
        m_fake->sendRaw(QByteArray(), false);
        const qint64 unknown = m_fake->sendDispatch(QStringLiteral("SOMETHING_NEW"),
                                                    QJsonObject {{QStringLiteral("k"), 1}});
        QTRY_COMPARE(shard.lastSequence(), unknown);
        QCOMPARE(events.last().name(), QStringLiteral("SOMETHING_NEW"));
        QCOMPARE(events.last().type(), DispatchType::Other);
        QCOMPARE(events.last().data().value(QLatin1String("k")).toInt(), 1);
        QCOMPARE(lost.size(), 0);
        QCOMPARE(m_fake->connectionCount(), 1);
        QCOMPARE(shard.state(), ShardState::Connected);
    }

    void unreachableGatewayBacksOff()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto &shard = makeShard();
        shard.setGatewayUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        QElapsedTimer clock;
        clock.start();
        QList<qint64> attempts;
        connect(&shard, &GatewayShard::stateChanged, this, [&](int, ShardState state) {
            if (state == ShardState::Connecting)
                attempts.append(clock.elapsed());
        });
        QSignalSpy fatal(&shard, &GatewayShard::fatalError);
        shard.start();
        QTRY_VERIFY_WITH_TIMEOUT(attempts.size() >= 5, 3000);
        // 0.5 jitter: delays of 15, 30, 60, 120 ms (base 20, doubling, capped at 200).
        QVERIFY(attempts.at(1) - attempts.at(0) < 60);
        QVERIFY(attempts.at(4) - attempts.at(3) >= 110);
        QCOMPARE(fatal.size(), 0);
        shard.shutdown();
    }

    void failingResumeUrlFallsBackToBaseUrl()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl dead(QStringLiteral("ws://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        m_fake->setAnnouncedResumeUrl(dead);
        auto &shard = makeShard();
        QVERIFY(startAndWaitReady(shard));
        QCOMPARE(shard.resumeUrl(), dead);
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        m_fake->dropTcp();
        QVERIFY(resumed.wait(5000));
        QCOMPARE(m_fake->connectionCount(), 2);
        QCOMPARE(m_fake->connection(1).path, QStringLiteral("/"));
        QVERIFY(m_fake->connection(1).resumed);
    }

    void oversizedFrameReconnects()
    {
        auto options = testing::fastOptions(*m_fake);
        options.maxPayloadBytes = 32 * 1024;
        auto &shard = makeShard(options);
        QVERIFY(startAndWaitReady(shard));
        QSignalSpy resumed(&shard, &GatewayShard::sessionResumed);
        m_fake->sendRaw(QByteArray(64 * 1024, 'a'), false);
        QVERIFY(resumed.wait(3000));
        QCOMPARE(m_fake->connection(0).closeCode, 1009);
    }
};

QTEST_GUILESS_MAIN(TestGatewayShard)
#include "tst_gatewayshard.moc"

// SPDX-License-Identifier: MIT
// zlib-stream end to end (discord-protocol.md §1.3, §7.12).
#include "GatewayTestSupport.h"
#include "gateway/GatewayShard.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ballsdex::gateway;
using ballsdex::fakediscord::FakeGateway;

class TestGatewayCompression final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGateway> m_fake;
    std::unique_ptr<GatewayShard> m_shard;
    QList<GatewayEvent> m_events;

    bool startCompressed()
    {
        auto options = testing::fastOptions(*m_fake);
        options.compress = true;
        m_shard = std::make_unique<GatewayShard>(options, 0, 1);
        m_shard->setGatewayUrl(m_fake->url());
        connect(m_shard.get(), &GatewayShard::dispatchReceived, this,
                [this](const GatewayEvent &event) { m_events.append(event); });
        QSignalSpy ready(m_shard.get(), &GatewayShard::sessionReady);
        m_shard->start();
        return ready.wait(3000);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeGateway>();
        QVERIFY(m_fake->listen());
        m_fake->setIdentifyWindowMs(0);
        m_fake->setHeartbeatIntervalMs(200);
        m_events.clear();
    }
    void cleanup()
    {
        m_shard.reset();
        m_fake.reset();
    }

    void manyPayloadsShareOneContext()
    {
        QVERIFY(startCompressed());
        QVERIFY(m_fake->connection(0).compressed);
        QCOMPARE(m_fake->connection(0).query,
                 QStringLiteral("v=10&encoding=json&compress=zlib-stream"));
        qint64 last = 0;
        for (int i = 0; i < 100; ++i)
            last = m_fake->sendDispatch(
                QStringLiteral("MESSAGE_CREATE"),
                QJsonObject {{QStringLiteral("content"), QStringLiteral("msg %1").arg(i)}});
        QTRY_COMPARE(m_shard->lastSequence(), last);
        QCOMPARE(m_events.size(), 101);
        QCOMPARE(m_events.last().data().value(QLatin1String("content")).toString(),
                 QStringLiteral("msg 99"));
        QTRY_VERIFY(m_fake->received(1).size() >= 1); // heartbeats are acknowledged: no zombie
        QCOMPARE(m_fake->connectionCount(), 1);
    }

    void payloadSplitOverSeveralMessages()
    {
        m_fake->setCompressedSplit(3);
        QVERIFY(startCompressed());
        const QString big(20'000, QLatin1Char('b'));
        const qint64 seq
            = m_fake->sendDispatch(QStringLiteral("GUILD_CREATE"),
                                   QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                                                {QStringLiteral("name"), big}});
        QTRY_COMPARE(m_shard->lastSequence(), seq);
        QCOMPARE(m_events.last().data().value(QLatin1String("name")).toString(), big);
        QCOMPARE(m_fake->connectionCount(), 1);
    }

    void corruptStreamReconnectsWithAFreshContext()
    {
        QVERIFY(startCompressed());
        QSignalSpy resumed(m_shard.get(), &GatewayShard::sessionResumed);
        m_fake->sendCorruptCompressedFrame();
        QVERIFY(resumed.wait(3000));
        QCOMPARE(m_fake->connection(0).closeCode, 4000);
        QVERIFY(!m_fake->connection(0).closedByServer);
        QVERIFY(m_fake->connection(1).resumed);
        QVERIFY(m_fake->connection(1).compressed);
        const qint64 seq = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        QTRY_COMPARE(m_shard->lastSequence(), seq);
    }

    void badJsonInsideValidCompressionIsSurvived()
    {
        QVERIFY(startCompressed());
        QSignalSpy lost(m_shard.get(), &GatewayShard::connectionLost);
        m_fake->sendPayloadBytes("{\"op\":0,\"s\":");
        m_fake->sendPayloadBytes(QByteArray("{\"op\":0,\"s\":9,\"t\":\"X\",\"d\":\"\xff\"}"));
        m_fake->sendPayloadBytes("{\"op\":77}");
        const qint64 seq = m_fake->sendDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject());
        QTRY_COMPARE(m_shard->lastSequence(), seq);
        QCOMPARE(lost.size(), 0);
        QCOMPARE(m_fake->connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGatewayCompression)
#include "tst_gatewaycompression.moc"

// SPDX-License-Identifier: MIT
// ShardManager: discovery, startup guards, identify pacing, shard ranges, routing, guild
// availability and fatal stops (discord-protocol.md §1.1, §1.14, §1.15, §7.11, §7.13, §7.14).
#include "GatewayTestSupport.h"
#include "gateway/GatewayShard.h"
#include "gateway/ShardManager.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ballsdex::gateway;
using ballsdex::fakediscord::FakeGateway;
using ballsdex::fakediscord::ReceivedPayload;

namespace {

/// Guild ids that route to a given shard of `count`.
qint64 guildOn(int shard, int count, int salt = 0)
{
    return (qint64(shard + count * (salt + 1)) << 22) | 12345;
}

QByteArray gatewayBotBody(const QUrl &url, int shards, int remaining, int maxConcurrency)
{
    return QStringLiteral("{\"url\":\"%1\",\"shards\":%2,\"session_start_limit\":{\"total\":1000,"
                          "\"remaining\":%3,\"reset_after\":3600000,\"max_concurrency\":%4}}")
        .arg(url.toString())
        .arg(shards)
        .arg(remaining)
        .arg(maxConcurrency)
        .toUtf8();
}

} // namespace

class TestShardManager final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGateway> m_fake;

    GatewayOptions options(int shardCount, int maxConcurrency = 1)
    {
        auto result = testing::fastOptions(*m_fake);
        result.shardCount = shardCount;
        result.maxConcurrency = maxConcurrency;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeGateway>();
        QVERIFY(m_fake->listen());
        m_fake->setIdentifyWindowMs(0);
        m_fake->setHeartbeatIntervalMs(200);
    }
    void cleanup() { m_fake.reset(); }

    void twoShardsInOneProcessRouteGuildEvents()
    {
        const qint64 g0 = guildOn(0, 2);
        const qint64 g1 = guildOn(1, 2);
        QCOMPARE(shardForGuild(g0, 2), 0);
        QCOMPARE(shardForGuild(g1, 2), 1);
        m_fake->setGuilds({g0, g1});
        ShardManager manager(options(2, 2));
        QList<GatewayEvent> events;
        QList<std::tuple<qint64, GuildChange, int>> changes;
        connect(&manager, &ShardManager::dispatchReceived, this,
                [&events](const GatewayEvent &event) { events.append(event); });
        connect(&manager, &ShardManager::guildChanged, this,
                [&changes](qint64 id, GuildChange change, int shard) {
                    changes.append({id, change, shard});
                });
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        manager.start();
        QVERIFY(allReady.wait(3000));
        QCOMPARE(manager.readyShardCount(), 2);
        QVERIFY(manager.isReady());
        QTRY_COMPARE(changes.size(), 2);
        QVERIFY(changes.contains(std::make_tuple(g0, GuildChange::Loaded, 0)));
        QVERIFY(changes.contains(std::make_tuple(g1, GuildChange::Loaded, 1)));
        QVERIFY(manager.isGuildAvailable(g0) && manager.isGuildAvailable(g1));

        events.clear();
        m_fake->sendGuildDispatch(QStringLiteral("MESSAGE_CREATE"),
                                  QJsonObject {{QStringLiteral("guild_id"), QString::number(g1)}});
        m_fake->sendGuildDispatch(QStringLiteral("MESSAGE_CREATE"), QJsonObject()); // DM
        QTRY_COMPARE(events.size(), 2);
        for (const GatewayEvent &event : std::as_const(events)) {
            const qint64 guild
                = event.data().value(QLatin1String("guild_id")).toString().toLongLong();
            QCOMPARE(event.shardId(), manager.shardIdForGuild(guild));
        }
        QCOMPARE(manager.shardForGuild(g1), manager.shard(1));
        QCOMPARE(manager.shardForGuild(0), manager.shard(0));

        QSignalSpy stopped(&manager, &ShardManager::stopped);
        manager.shutdown();
        QTRY_COMPARE(stopped.size(), 1);
        QTRY_VERIFY(!m_fake->connection(0).open && !m_fake->connection(1).open);
        QCOMPARE(m_fake->connection(0).closeCode, 1000);
        QCOMPARE(m_fake->connection(1).closeCode, 1000);
    }

    // §7.11: rounds of max_concurrency, one window apart; the fake rejects none.
    void identifyPacingFollowsMaxConcurrency_data()
    {
        QTest::addColumn<int>("maxConcurrency");
        QTest::addColumn<int>("shards");
        QTest::newRow("max_concurrency 1") << 1 << 2;
        QTest::newRow("max_concurrency 2") << 2 << 4;
    }
    void identifyPacingFollowsMaxConcurrency()
    {
        QFETCH(int, maxConcurrency);
        QFETCH(int, shards);
        constexpr int window = 250;
        m_fake->setIdentifyWindowMs(window);
        m_fake->setMaxConcurrency(maxConcurrency);
        auto opts = options(shards, maxConcurrency);
        opts.timing.identifyWindowMs = window;
        opts.timing.identifyMarginMs = 40;
        ShardManager manager(opts);
        QSignalSpy rejected(m_fake.get(), &FakeGateway::identifyRejected);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        manager.start();
        QVERIFY(allReady.wait(5000));
        QCOMPARE(rejected.size(), 0);
        const auto identifies = m_fake->received(2);
        QCOMPARE(identifies.size(), shards);
        QHash<int, qint64> at;
        for (const ReceivedPayload &payload : identifies)
            at.insert(payload.d.toObject().value(QLatin1String("shard")).toArray().at(0).toInt(),
                      payload.atMs);
        for (int shard = maxConcurrency; shard < shards; ++shard)
            QVERIFY2(at.value(shard) - at.value(shard - maxConcurrency) >= window,
                     qPrintable(QStringLiteral("shard %1 too early").arg(shard)));
    }

    void tooFastIdentifyGetsOpNineAndIsRetried()
    {
        m_fake->setIdentifyWindowMs(250);
        auto opts = options(2, 1);
        opts.timing.identifyWindowMs = 0; // the client ignores pacing
        opts.timing.invalidSessionMinMs = 300;
        opts.timing.invalidSessionMaxMs = 300;
        ShardManager manager(opts);
        QSignalSpy rejected(m_fake.get(), &FakeGateway::identifyRejected);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        manager.start();
        QVERIFY(allReady.wait(5000));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m_fake->received(2).size(), 3);
    }

    void shardRangeRunsOnlyItsShards()
    {
        auto opts = options(3, 3);
        opts.shardFirst = 1;
        opts.shardLast = 2;
        ShardManager manager(opts);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        manager.start();
        QVERIFY(allReady.wait(3000));
        QCOMPARE(manager.range().first, 1);
        QCOMPARE(manager.range().last, 2);
        QCOMPARE(manager.shardCount(), 3);
        QVERIFY(manager.shard(0) == nullptr);
        QVERIFY(manager.shard(2) != nullptr);
        QList<QJsonArray> announced;
        for (const ReceivedPayload &payload : m_fake->received(2))
            announced.append(payload.d.toObject().value(QLatin1String("shard")).toArray());
        QCOMPARE(announced.size(), 2);
        QVERIFY(announced.contains(QJsonArray {1, 3}));
        QVERIFY(announced.contains(QJsonArray {2, 3}));
        QVERIFY(manager.shardForGuild(guildOn(0, 3)) == nullptr);
    }

    void autoShardingUsesGatewayBot()
    {
        testing::HttpStub stub;
        stub.respond(200, gatewayBotBody(m_fake->url(), 2, 1000, 2));
        auto opts = options(0);
        opts.gatewayUrlOverride = QUrl();
        opts.apiBaseUrl = stub.apiBase();
        ShardManager manager(opts);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        manager.start();
        QVERIFY(allReady.wait(5000));
        QCOMPARE(manager.shardCount(), 2);
        QCOMPARE(manager.discovery().maxConcurrency, 2);
        QCOMPARE(stub.requests().size(), 1);
        const QByteArray request = stub.requests().first();
        QVERIFY(request.startsWith("GET /api/v10/gateway/bot HTTP/1.1\r\n"));
        QVERIFY(request.contains("\r\nAuthorization: Bot test-token\r\n"));
    }

    void startupGuardsStopBeforeConnecting_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("maxConcurrency");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("too few session starts")
            << 200 << 1 << 1 << QStringLiteral("session starts");
        QTest::newRow("max_concurrency 0") << 200 << 1000 << 0 << QStringLiteral("max_concurrency");
        QTest::newRow("401") << 401 << 1000 << 1 << QStringLiteral("token");
    }
    void startupGuardsStopBeforeConnecting()
    {
        QFETCH(int, status);
        QFETCH(int, remaining);
        QFETCH(int, maxConcurrency);
        QFETCH(QString, mentions);
        testing::HttpStub stub;
        stub.respond(status, gatewayBotBody(m_fake->url(), 2, remaining, maxConcurrency));
        auto opts = options(0);
        opts.gatewayUrlOverride = QUrl();
        opts.apiBaseUrl = stub.apiBase();
        ShardManager manager(opts);
        QSignalSpy fatal(&manager, &ShardManager::fatalError);
        manager.start();
        QVERIFY(fatal.wait(3000));
        QCOMPARE(fatal.first().at(0).toInt(), 0);
        const QString message = fatal.first().at(1).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("test-token")));
        QCOMPARE(m_fake->connectionCount(), 0);
    }

    void fatalCloseStopsEveryShard()
    {
        ShardManager manager(options(2, 2));
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        QSignalSpy fatal(&manager, &ShardManager::fatalError);
        QSignalSpy stopped(&manager, &ShardManager::stopped);
        manager.start();
        QVERIFY(allReady.wait(3000));
        QSignalSpy connected(m_fake.get(), &FakeGateway::clientConnected);
        m_fake->closeWith(4004, 1);
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(fatal.size(), 1);
        QCOMPARE(fatal.first().at(0).toInt(), 4004);
        QVERIFY(fatal.first().at(1).toString().contains(QLatin1String("token")));
        QTRY_VERIFY(!m_fake->connection(0).open);
        QCOMPARE(m_fake->connection(0).closeCode, 1000);
        QVERIFY(!connected.wait(300));
        QCOMPARE(manager.readyShardCount(), 0);
    }

    // §7.14
    void guildAvailabilityChanges()
    {
        const qint64 g1 = guildOn(0, 1, 1);
        const qint64 g2 = guildOn(0, 1, 2);
        const qint64 g3 = guildOn(0, 1, 3);
        m_fake->setGuilds({g1, g2});
        ShardManager manager(options(1));
        QList<std::pair<qint64, GuildChange>> changes;
        connect(&manager, &ShardManager::guildChanged, this,
                [&changes](qint64 id, GuildChange change, int) {
                    changes.append({id, change});
                });
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        manager.start();
        QVERIFY(allReady.wait(3000));
        QTRY_COMPARE(changes.size(), 2);
        m_fake->sendGuildDelete(g1, true);
        QTRY_COMPARE(changes.size(), 3);
        QCOMPARE(changes.last(), std::make_pair(g1, GuildChange::Outage));
        QVERIFY(!manager.isGuildAvailable(g1));
        m_fake->sendGuildCreate(g1);
        m_fake->sendGuildDelete(g2, false);
        m_fake->sendGuildCreate(g3);
        QTRY_COMPARE(changes.size(), 6);
        QCOMPARE(changes.at(3), std::make_pair(g1, GuildChange::Available));
        QCOMPARE(changes.at(4), std::make_pair(g2, GuildChange::Removed));
        QCOMPARE(changes.at(5), std::make_pair(g3, GuildChange::Joined));
        QVERIFY(manager.isGuildAvailable(g1));
        QVERIFY(!manager.isGuildAvailable(g2));
        QVERIFY(manager.isGuildAvailable(g3));
    }
};

QTEST_GUILESS_MAIN(TestShardManager)
#include "tst_shardmanager.moc"

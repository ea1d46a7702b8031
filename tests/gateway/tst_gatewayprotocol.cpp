// SPDX-License-Identifier: MIT
// The plain-C++ protocol pieces: close codes, payload codec, dispatch models, guild tracking,
// routing, backoff and /gateway/bot parsing.
#include "gateway/CloseCode.h"
#include "gateway/DispatchModels.h"
#include "gateway/GatewayBotInfo.h"
#include "gateway/GatewayEvent.h"
#include "gateway/GatewayPayload.h"
#include "gateway/GuildTracker.h"
#include "gateway/ReconnectBackoff.h"
#include "gateway/ShardRouting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ballsdex::gateway;

class TestGatewayProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closeCodeActions_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("action");
        const int resume = int(CloseAction::Resume);
        const int identify = int(CloseAction::Reidentify);
        const int fatal = int(CloseAction::Fatal);
        QTest::newRow("1000") << 1000 << resume;
        QTest::newRow("1001") << 1001 << resume;
        QTest::newRow("1006") << 1006 << resume;
        QTest::newRow("4000") << 4000 << resume;
        QTest::newRow("4001") << 4001 << resume;
        QTest::newRow("4002") << 4002 << resume;
        QTest::newRow("4003") << 4003 << identify;
        QTest::newRow("4004") << 4004 << fatal;
        QTest::newRow("4005") << 4005 << identify;
        QTest::newRow("4006 (unassigned)") << 4006 << resume;
        QTest::newRow("4007") << 4007 << identify;
        QTest::newRow("4008") << 4008 << resume;
        QTest::newRow("4009") << 4009 << identify;
        QTest::newRow("4010") << 4010 << fatal;
        QTest::newRow("4011") << 4011 << fatal;
        QTest::newRow("4012") << 4012 << fatal;
        QTest::newRow("4013") << 4013 << fatal;
        QTest::newRow("4014") << 4014 << fatal;
    }
    void closeCodeActions()
    {
        QFETCH(int, code);
        QFETCH(int, action);
        QCOMPARE(int(closeCodeAction(code)), action);
        QVERIFY(!closeCodeDescription(code).isEmpty());
        QCOMPARE(closeCodeHint(code).isEmpty(), closeCodeAction(code) != CloseAction::Fatal);
    }

    void resumableClientCloseIsNeverNormal()
    {
        QVERIFY(ResumableClientCloseCode != 1000 && ResumableClientCloseCode != 1001);
    }

    void decodesEnvelope()
    {
        const auto payload
            = decodePayload("{\"op\":0,\"s\":42,\"t\":\"MESSAGE_CREATE\",\"d\":{\"id\":\"1\"}}");
        QVERIFY(payload.has_value());
        QCOMPARE(payload->op, 0);
        QCOMPARE(payload->s.value_or(-1), 42);
        QCOMPARE(payload->t, QStringLiteral("MESSAGE_CREATE"));
        QCOMPARE(payload->d.toObject().value(QLatin1String("id")).toString(), QStringLiteral("1"));

        const auto hello = decodePayload("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},"
                                         "\"s\":null,\"t\":null}");
        QVERIFY(hello.has_value());
        QVERIFY(!hello->s.has_value());
        QVERIFY(hello->t.isEmpty());
    }

    void rejectsBadPayloads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QByteArray() << int(PayloadError::MalformedJson);
        QTest::newRow("truncated") << QByteArray("{\"op\":0,") << int(PayloadError::MalformedJson);
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"op\":0,\"d\":\"\xc3\x28\"}") << int(PayloadError::MalformedJson);
        QTest::newRow("array") << QByteArray("[]") << int(PayloadError::NotAnObject);
        QTest::newRow("no op") << QByteArray("{\"d\":1}") << int(PayloadError::MissingOpcode);
        QTest::newRow("string op")
            << QByteArray("{\"op\":\"0\"}") << int(PayloadError::MissingOpcode);
        QTest::newRow("binary junk")
            << QByteArray("\x00\x01\x02", 3) << int(PayloadError::MalformedJson);
    }
    void rejectsBadPayloads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        const auto payload = decodePayload(bytes);
        QVERIFY(!payload.has_value());
        QCOMPARE(int(payload.error().kind), error);
    }

    void encodesCompactly()
    {
        const QByteArray bytes = encodePayload(Opcode::Heartbeat, QJsonValue(QJsonValue::Null));
        QCOMPARE(QJsonDocument::fromJson(bytes).object(),
                 (QJsonObject {{QStringLiteral("op"), 1}, {QStringLiteral("d"), QJsonValue()}}));
    }

    void dispatchTypes()
    {
        QCOMPARE(dispatchTypeFromName(u"READY"), DispatchType::Ready);
        QCOMPARE(dispatchTypeFromName(u"MESSAGE_CREATE"), DispatchType::MessageCreate);
        QCOMPARE(dispatchTypeFromName(u"INTERACTION_CREATE"), DispatchType::InteractionCreate);
        QCOMPARE(dispatchTypeFromName(u"GUILD_DELETE"), DispatchType::GuildDelete);
        QCOMPARE(dispatchTypeFromName(u"SOMETHING_NEW"), DispatchType::Other);
        const GatewayEvent event(QStringLiteral("GUILD_CREATE"), 7, 3, QJsonObject());
        QCOMPARE(event.type(), DispatchType::GuildCreate);
        QCOMPARE(event.shardId(), 3);
        QCOMPARE(event.sequence(), 7);
    }

    void parsesReady()
    {
        const QJsonObject d {
            {QStringLiteral("session_id"), QStringLiteral("abc")},
            {QStringLiteral("resume_gateway_url"), QStringLiteral("wss://resume.example")},
            {QStringLiteral("user"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("42")},
                          {QStringLiteral("username"), QStringLiteral("bot")}}},
            {QStringLiteral("application"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("43")}}},
            {QStringLiteral("guilds"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                                      {QStringLiteral("unavailable"), true}},
                         QJsonObject {{QStringLiteral("id"), QStringLiteral("bad")}}}},
            {QStringLiteral("shard"), QJsonArray {1, 4}},
        };
        const auto ready = parseReady(d);
        QVERIFY(ready.has_value());
        QCOMPARE(ready->sessionId, QStringLiteral("abc"));
        QCOMPARE(ready->userId, 42);
        QCOMPARE(ready->applicationId, 43);
        QCOMPARE(ready->guildIds, (QList<ballsdex::domain::Snowflake> {1}));
        QCOMPARE(ready->shardId, 1);
        QCOMPARE(ready->shardCount, 4);
        QVERIFY(!parseReady(QJsonObject()).has_value());
    }

    // §7.14
    void guildTrackerDistinguishesLoadJoinOutageAndRemoval()
    {
        GuildTracker tracker;
        tracker.onReady({1, 2});
        QCOMPARE(tracker.pendingCount(), 2);
        QVERIFY(tracker.isKnown(1));
        QVERIFY(!tracker.isAvailable(1));
        QCOMPARE(tracker.onGuildCreate(1, false), GuildChange::Loaded);
        QCOMPARE(tracker.onGuildCreate(2, true), GuildChange::StillUnavailable);
        QCOMPARE(tracker.onGuildCreate(2, false), GuildChange::Loaded);
        QCOMPARE(tracker.pendingCount(), 0);
        QCOMPARE(tracker.onGuildCreate(3, false), GuildChange::Joined);
        QCOMPARE(tracker.onGuildDelete(1, true), GuildChange::Outage);
        QVERIFY(tracker.isKnown(1));
        QVERIFY(!tracker.isAvailable(1));
        QCOMPARE(tracker.onGuildCreate(1, false), GuildChange::Available);
        QCOMPARE(tracker.onGuildDelete(3, false), GuildChange::Removed);
        QVERIFY(!tracker.isKnown(3));
        QCOMPARE(tracker.availableCount(), 2);
    }

    void routesGuildsToShards_data()
    {
        QTest::addColumn<qint64>("guild");
        QTest::addColumn<int>("shards");
        QTest::addColumn<int>("expected");
        QTest::newRow("one shard") << qint64(81384788765712384) << 1 << 0;
        QTest::newRow("docs example")
            << qint64(81384788765712384) << 2 << int((81384788765712384ULL >> 22) % 2);
        QTest::newRow("shift then modulo") << qint64((5LL << 22) | 0x3FFFFF) << 4 << 1;
        QTest::newRow("DM") << qint64(0) << 8 << 0;
        QTest::newRow("max id") << qint64(std::numeric_limits<qint64>::max()) << 7
                                << int((quint64(std::numeric_limits<qint64>::max()) >> 22) % 7);
    }
    void routesGuildsToShards()
    {
        QFETCH(qint64, guild);
        QFETCH(int, shards);
        QFETCH(int, expected);
        QCOMPARE(shardForGuild(guild, shards), expected);
    }

    void resolvesShardRanges()
    {
        const auto all = resolveShardRange(0, -1, 4);
        QVERIFY(all.has_value());
        QCOMPARE(all->first, 0);
        QCOMPARE(all->last, 3);
        QCOMPARE(all->size(), 4);
        const auto part = resolveShardRange(2, 3, 8);
        QVERIFY(part.has_value() && part->contains(3) && !part->contains(4));
        QVERIFY(!resolveShardRange(0, -1, 0).has_value());
        QVERIFY(!resolveShardRange(4, -1, 4).has_value());
        QVERIFY(!resolveShardRange(3, 1, 4).has_value());
        QVERIFY(!resolveShardRange(0, 4, 4).has_value());
    }

    void backoffGrowsWithJitterAndResets()
    {
        ReconnectBackoff backoff(1000, 8000);
        QCOMPARE(backoff.nextDelayMs(0.0), 500);
        QCOMPARE(backoff.nextDelayMs(0.0), 1000);
        QCOMPARE(backoff.nextDelayMs(0.999), 3998);
        QCOMPARE(backoff.nextDelayMs(0.0), 4000);
        QCOMPARE(backoff.nextDelayMs(0.0), 4000); // capped at 8000
        for (int i = 0; i < 40; ++i)
            QVERIFY(backoff.nextDelayMs(0.5) <= 8000);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(0.0), 500);
    }

    void parsesGatewayBot()
    {
        const auto info = parseGatewayBot(
            "{\"url\":\"wss://gateway.discord.gg\",\"shards\":9,\"session_start_limit\":"
            "{\"total\":1000,\"remaining\":999,\"reset_after\":14400000,\"max_concurrency\":16}}");
        QVERIFY(info.has_value());
        QCOMPARE(info->url, QUrl(QStringLiteral("wss://gateway.discord.gg")));
        QCOMPARE(info->shards, 9);
        QCOMPARE(info->sessionStartRemaining, 999);
        QCOMPARE(info->sessionStartResetAfterMs, 14400000);
        QCOMPARE(info->maxConcurrency, 16);
        QVERIFY(!startupGuardFailure(*info, 9).has_value());
        QVERIFY(startupGuardFailure(*info, 1000).has_value());
        auto zeroShards = *info;
        zeroShards.shards = 0;
        QVERIFY(startupGuardFailure(zeroShards, 1).has_value());
        auto zeroConcurrency = *info;
        zeroConcurrency.maxConcurrency = 0;
        QVERIFY(startupGuardFailure(zeroConcurrency, 1).has_value());
        QVERIFY(!parseGatewayBot("{}").has_value());
        QVERIFY(!parseGatewayBot("nope").has_value());
    }
};

QTEST_APPLESS_MAIN(TestGatewayProtocol)
#include "tst_gatewayprotocol.moc"

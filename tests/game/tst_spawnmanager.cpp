// SPDX-License-Identifier: MIT
#include "ScriptedRandom.h"
#include "game/RandomSource.h"
#include "game/SpawnManager.h"

#include <QList>
#include <QTest>

#include <set>

using namespace ballsdex::game;

namespace {

constexpr qint64 guild = 1000;
constexpr qint64 minute = 60'000;
constexpr qint64 second = 1'000;

MessageFacts message(qint64 atMs, qint64 author, int members = 50, int length = 20,
                     bool intent = true)
{
    return MessageFacts {guild, author, atMs, length, members, intent};
}

/// First author's message at t=0 is scored; the others land inside its hold and are only cached.
void prime(SpawnManager &manager, const QList<qint64> &authors, int members = 50)
{
    for (int i = 0; i < authors.size(); ++i)
        (void)manager.onMessage(message(i, authors[i], members));
}

SpawnRules instantRules()
{
    SpawnRules rules;
    rules.chanceMin = 0;
    rules.chanceMax = 0;
    rules.minCycleSeconds = 0;
    rules.messageCooldownSeconds = 2;
    return rules;
}

} // namespace

Q_DECLARE_METATYPE(QList<qint64>)

class TestSpawnManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headStartIsHalfTheRangeMinimum_data()
    {
        QTest::addColumn<int>("chanceMin");
        QTest::addColumn<double>("headStart");
        QTest::newRow("default 40") << 40 << 20.0;
        QTest::newRow("odd 41 floors") << 41 << 20.0;
        QTest::newRow("7") << 7 << 3.0;
    }
    void headStartIsHalfTheRangeMinimum()
    {
        QFETCH(int, chanceMin);
        QFETCH(double, headStart);
        SpawnRules rules;
        rules.chanceMin = chanceMin;
        rules.chanceMax = chanceMin + 10;
        SeededRandom random(1);
        SpawnManager manager(rules, random);
        const SpawnDecision first = manager.onMessage(message(0, 1));
        QCOMPARE(first.reason, SpawnReason::BelowThreshold);
        QCOMPARE(first.points - first.score, headStart);
    }

    void thresholdIsUniformInTheInclusiveRange()
    {
        SeededRandom random(7);
        SpawnManager manager(SpawnRules {}, random);
        std::set<int> seen;
        for (qint64 g = 1; g <= 2000; ++g)
            seen.insert(manager.onMessage(MessageFacts {g, 1, 0, 20, 50, true}).threshold);
        QCOMPARE(*seen.begin(), 40);
        QCOMPARE(*seen.rbegin(), 55);
        QCOMPARE(seen.size(), std::size_t(16));
    }

    void unknownMemberCountNeverSpawnsNorCaches()
    {
        SeededRandom random(1);
        SpawnManager manager(instantRules(), random);
        const SpawnDecision decision = manager.onMessage(message(0, 1, 0));
        QVERIFY(!decision.spawn);
        QCOMPARE(decision.reason, SpawnReason::NoMemberCount);
        QCOMPARE(decision.score, 0.0);
        const auto explanation = manager.explain(guild, 0, 0);
        QVERIFY(explanation);
        QCOMPARE(explanation->cacheLength, 0);
        QCOMPARE(explanation->bracket, MemberBracket::Unknown);
        QCOMPARE(explanation->timeFactor, 0.0);
    }

    void timeFactorBrackets_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<double>("factor");
        QTest::addColumn<MemberBracket>("bracket");
        QTest::newRow("1") << 1 << 0.1 << MemberBracket::Tiny;
        QTest::newRow("4") << 4 << 0.1 << MemberBracket::Tiny;
        QTest::newRow("5") << 5 << 0.8 << MemberBracket::Small;
        QTest::newRow("99") << 99 << 0.8 << MemberBracket::Small;
        QTest::newRow("100") << 100 << 0.5 << MemberBracket::Medium;
        QTest::newRow("999") << 999 << 0.5 << MemberBracket::Medium;
        QTest::newRow("1000") << 1000 << 0.2 << MemberBracket::Large;
        QTest::newRow("250000") << 250000 << 0.2 << MemberBracket::Large;
    }
    void timeFactorBrackets()
    {
        QFETCH(int, members);
        QFETCH(double, factor);
        QFETCH(MemberBracket, bracket);
        SeededRandom random(1);
        SpawnManager manager(SpawnRules {}, random);
        (void)manager.onMessage(message(0, 1, members));
        const auto explanation = manager.explain(guild, 10 * minute + 59 * second, members);
        QVERIFY(explanation);
        QCOMPARE(explanation->bracket, bracket);
        QCOMPARE(explanation->timeFactor, factor);
        QCOMPARE(explanation->elapsedMinutes, qint64(10));
        QCOMPARE(explanation->timePoints, 10 * factor);
        QCOMPARE(explanation->target, explanation->threshold - 10 * factor);
    }

    void penalties_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<bool>("intent");
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<qint64>>("primeAuthors");
        QTest::addColumn<qint64>("author");
        QTest::addColumn<double>("score");
        QTest::addColumn<unsigned>("penalties");
        const QList<qint64> four {1, 2, 3, 4};
        QList<qint64> dominant40 = four;
        QList<qint64> dominant39 = four;
        for (int i = 0; i < 40; ++i)
            dominant40.append(9);
        for (int i = 0; i < 39; ++i)
            dominant39.append(9);
        QList<qint64> twoAuthorsDominant {1, 2};
        for (int i = 0; i < 40; ++i)
            twoAuthorsDominant.append(9);

        QTest::newRow("clean") << 50 << true << 20 << four << qint64(5) << 1.0 << 0u;
        QTest::newRow("4 members")
            << 4 << true << 20 << four << qint64(5) << 0.5 << unsigned(GuildSizePenalty);
        QTest::newRow("5 members") << 5 << true << 20 << four << qint64(5) << 1.0 << 0u;
        QTest::newRow("1000 members") << 1000 << true << 20 << four << qint64(5) << 1.0 << 0u;
        QTest::newRow("1001 members")
            << 1001 << true << 20 << four << qint64(5) << 0.5 << unsigned(GuildSizePenalty);
        QTest::newRow("short with intent")
            << 50 << true << 4 << four << qint64(5) << 0.5 << unsigned(ShortMessagePenalty);
        QTest::newRow("length 5 with intent") << 50 << true << 5 << four << qint64(5) << 1.0 << 0u;
        QTest::newRow("empty without intent") << 50 << false << 0 << four << qint64(5) << 1.0 << 0u;
        QTest::newRow("3 distinct authors") << 50 << true << 20 << QList<qint64> {1, 2} << qint64(3)
                                            << 0.5 << unsigned(ChattersPenalty);
        QTest::newRow("4 distinct authors")
            << 50 << true << 20 << QList<qint64> {1, 2, 3} << qint64(4) << 1.0 << 0u;
        QTest::newRow("author 41 of 100")
            << 50 << true << 20 << dominant40 << qint64(9) << 0.5 << unsigned(ChattersPenalty);
        QTest::newRow("author 40 of 100")
            << 50 << true << 20 << dominant39 << qint64(9) << 1.0 << 0u;
        QTest::newRow("few chatters and dominant count once")
            << 50 << true << 20 << twoAuthorsDominant << qint64(9) << 0.5
            << unsigned(ChattersPenalty);
        QTest::newRow("all three")
            << 2 << true << 1 << QList<qint64> {} << qint64(5) << 0.125
            << unsigned(GuildSizePenalty | ShortMessagePenalty | ChattersPenalty);
    }
    void penalties()
    {
        QFETCH(int, members);
        QFETCH(bool, intent);
        QFETCH(int, length);
        QFETCH(QList<qint64>, primeAuthors);
        QFETCH(qint64, author);
        QFETCH(double, score);
        QFETCH(unsigned, penalties);
        SeededRandom random(1);
        SpawnManager manager(SpawnRules {}, random);
        prime(manager, primeAuthors, members);
        const double before = primeAuthors.isEmpty() ? 20.0 : manager.explain(guild, 0, 50)->points;
        const SpawnDecision decision
            = manager.onMessage(message(20 * second, author, members, length, intent));
        QCOMPARE(decision.score, score);
        QCOMPARE(decision.penalties, penalties);
        QCOMPARE(decision.points, before + score);
    }

    void antiSpamHoldOnlyCaches()
    {
        SeededRandom random(1);
        SpawnManager manager(SpawnRules {}, random);
        const SpawnDecision first = manager.onMessage(message(0, 1));
        QVERIFY(first.score > 0);
        for (qint64 at : {qint64(1), 5 * second, 10 * second - 1}) {
            const SpawnDecision held = manager.onMessage(message(at, 2));
            QCOMPARE(held.reason, SpawnReason::Busy);
            QCOMPARE(held.score, 0.0);
            QCOMPARE(held.points, first.points);
        }
        const auto during = manager.explain(guild, 4 * second, 50);
        QVERIFY(during->inHold);
        QCOMPARE(during->holdRemainingMs, 6 * second);
        QCOMPARE(during->cacheLength, 4);
        QVERIFY(!manager.explain(guild, 10 * second, 50)->inHold);
        const SpawnDecision after = manager.onMessage(message(10 * second, 3));
        QCOMPARE(after.reason, SpawnReason::BelowThreshold);
        QVERIFY(after.score > 0);
    }

    void youngCycleNeverSpawns()
    {
        SpawnRules rules;
        rules.chanceMin = 1;
        rules.chanceMax = 1;
        SeededRandom random(1);
        SpawnManager manager(rules, random);
        SpawnReason last = SpawnReason::Spawned;
        for (qint64 at = 0; at < 600 * second; at += 11 * second) {
            const SpawnDecision decision = manager.onMessage(message(at, at / second % 5));
            QVERIFY(!decision.spawn);
            last = decision.reason;
        }
        QCOMPARE(last, SpawnReason::CycleTooYoung); // points far above the threshold by then
        QVERIFY(manager.explain(guild, 599 * second, 50)->cycleTooYoung);
        // The last message at 594 s holds until 604 s.
        const SpawnDecision decision = manager.onMessage(message(605 * second, 7));
        QVERIFY(decision.spawn);
        QCOMPARE(decision.reason, SpawnReason::Spawned);
    }

    void spawnResetsTheCycle()
    {
        ScriptedRandom random;
        random.ints = {0, 48};
        SpawnRules rules;
        rules.chanceMin = 0;
        rules.chanceMax = 55;
        SpawnManager manager(rules, random);
        (void)manager.onMessage(message(0, 1));
        const SpawnDecision spawned = manager.onMessage(message(11 * minute, 2));
        QVERIFY(spawned.spawn);
        QCOMPARE(spawned.threshold, 0);
        const auto after = manager.explain(guild, 11 * minute, 50);
        QCOMPARE(after->points, 1.0);
        QCOMPARE(after->threshold, 48);
        QCOMPARE(after->cycleStartMs, 11 * minute);
        QVERIFY(after->cycleTooYoung);
        // Right after a spawn the hold still applies, then the new, young cycle refuses to spawn.
        QCOMPARE(manager.onMessage(message(11 * minute + 5 * second, 3)).reason, SpawnReason::Busy);
        QCOMPARE(manager.onMessage(message(12 * minute, 4)).reason, SpawnReason::BelowThreshold);
    }

    void workedExampleSpawnsAtMinuteSixteen()
    {
        ScriptedRandom random;
        random.ints = {47, 50};
        SpawnManager manager(SpawnRules {}, random);
        int spawnMinute = -1;
        for (int m = 0; m <= 20 && spawnMinute < 0; ++m) {
            const SpawnDecision decision = manager.onMessage(message(m * minute, m % 4 + 1));
            QCOMPARE(decision.threshold, 47);
            if (decision.spawn)
                spawnMinute = m;
        }
        QCOMPARE(spawnMinute, 16);
    }

    void timeTermAloneCrossesTheThreshold_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("spawn");
        // points 20 + 0.5 + 0.5 (lone chatter) = 21; (47 - 21) / 0.8 = 32.5 minutes.
        QTest::newRow("32 min") << 32 << false;
        QTest::newRow("33 min") << 33 << true;
    }
    void timeTermAloneCrossesTheThreshold()
    {
        QFETCH(int, minutes);
        QFETCH(bool, spawn);
        ScriptedRandom random;
        random.ints = {47};
        SpawnManager manager(SpawnRules {}, random);
        (void)manager.onMessage(message(0, 1));
        const SpawnDecision decision = manager.onMessage(message(minutes * minute, 1));
        QCOMPARE(decision.points, 21.0);
        QCOMPARE(decision.spawn, spawn);
    }

    void configurableRulesSpawnWithinSeconds()
    {
        SeededRandom random(3);
        SpawnManager manager(instantRules(), random);
        QVERIFY(manager.onMessage(message(0, 1)).spawn);
        QCOMPARE(manager.onMessage(message(1 * second, 2)).reason, SpawnReason::Busy);
        QVERIFY(manager.onMessage(message(2 * second, 3)).spawn);
    }

    void explainReportsPointsAndPenalties()
    {
        SeededRandom random(1);
        SpawnManager manager(SpawnRules {}, random);
        QVERIFY(!manager.explain(guild, 0, 50));
        (void)manager.onMessage(message(0, 1, 2000, 2, true));
        const auto explanation = manager.explain(guild, 3 * minute, 2000);
        QVERIFY(explanation);
        QCOMPARE(explanation->points, 20.125);
        QCOMPARE(explanation->penalties,
                 unsigned(GuildSizePenalty | ShortMessagePenalty | ChattersPenalty));
        QCOMPARE(explanation->penaltyCount, 3);
        QCOMPARE(explanation->penaltyMultiplier, 0.125);
        QCOMPARE(explanation->timePoints, 3 * 0.2);
        QCOMPARE(explanation->cacheCapacity, 100);
        QVERIFY(explanation->cycleTooYoung);
    }

    void cacheEvictsOldestMessages()
    {
        SpawnRules rules;
        rules.messageCacheSize = 5;
        SeededRandom random(1);
        SpawnManager manager(rules, random);
        for (qint64 author : {1, 1, 1, 2, 3, 4, 5})
            (void)manager.onMessage(message(author, author));
        const auto explanation = manager.explain(guild, 0, 50);
        QCOMPARE(explanation->cacheLength, 5);
        QCOMPARE(explanation->distinctAuthors, 5);
        QCOMPARE(explanation->topAuthorMessages, 1);
    }

    void forgetDropsTheGuild()
    {
        SeededRandom random(1);
        SpawnManager manager(SpawnRules {}, random);
        (void)manager.onMessage(message(0, 1));
        manager.forget(guild);
        QVERIFY(!manager.explain(guild, 0, 50));
        QCOMPARE(manager.guildCount(), std::size_t(0));
        const SpawnDecision fresh = manager.onMessage(message(5 * second, 1));
        QCOMPARE(fresh.points - fresh.score, 20.0);
    }

    void sameSeedSameDecisions()
    {
        SeededRandom a(99);
        SeededRandom b(99);
        SpawnRules rules;
        rules.minCycleSeconds = 60;
        SpawnManager first(rules, a);
        SpawnManager other(rules, b);
        int spawns = 0;
        for (qint64 i = 0; i < 5000; ++i) {
            const MessageFacts facts {i % 7, i % 13, i * 7 * second, int(i % 9), 50, true};
            const SpawnDecision x = first.onMessage(facts);
            const SpawnDecision y = other.onMessage(facts);
            QCOMPARE(x.reason, y.reason);
            QCOMPARE(x.threshold, y.threshold);
            spawns += x.spawn ? 1 : 0;
        }
        QVERIFY(spawns > 0);
    }
};

QTEST_APPLESS_MAIN(TestSpawnManager)
#include "tst_spawnmanager.moc"

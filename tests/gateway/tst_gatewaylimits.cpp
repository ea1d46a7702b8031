// SPDX-License-Identifier: MIT
// Send limiter and identify pacing on explicit timestamps (no clock, no sleeps).
#include "gateway/IdentifyScheduler.h"
#include "gateway/SendRateLimiter.h"

#include <QTest>

using namespace ballsdex::gateway;
using Priority = SendRateLimiter::Priority;

class TestGatewayLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordinaryPayloadsLeaveHeadroomForHeartbeats()
    {
        SendRateLimiter limiter(120, 60'000, 10);
        for (int i = 0; i < 110; ++i)
            QVERIFY(limiter.tryAcquire(i, Priority::Normal));
        QVERIFY(!limiter.tryAcquire(200, Priority::Normal));
        QCOMPARE(limiter.msUntilAvailable(200, Priority::Normal), 60'000 - 200);
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.tryAcquire(300 + i, Priority::Heartbeat));
        QVERIFY(!limiter.tryAcquire(400, Priority::Heartbeat));
        QCOMPARE(limiter.sentInWindow(400), 120);
    }

    void windowSlides()
    {
        SendRateLimiter limiter(3, 1000, 0);
        QVERIFY(limiter.tryAcquire(0));
        QVERIFY(limiter.tryAcquire(100));
        QVERIFY(limiter.tryAcquire(200));
        QVERIFY(!limiter.tryAcquire(999));
        QCOMPARE(limiter.msUntilAvailable(999), 1);
        QVERIFY(limiter.tryAcquire(1000)); // the send at 0 left the window
        QVERIFY(!limiter.tryAcquire(1050));
        QCOMPARE(limiter.msUntilAvailable(1050), 50);
        limiter.reset();
        QCOMPARE(limiter.sentInWindow(1050), 0);
    }

    void neverMoreThanTheLimitInAnyWindow()
    {
        SendRateLimiter limiter; // 120 / 60 s, 10 reserved
        QList<qint64> sent;
        for (qint64 t = 0; t < 300'000; t += 97) {
            const Priority priority = (t % 41'250) < 97 ? Priority::Heartbeat : Priority::Normal;
            if (limiter.tryAcquire(t, priority))
                sent.append(t);
        }
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const auto inWindow = std::count_if(sent.cbegin() + i, sent.cend(),
                                                [&](qint64 t) { return t < sent.at(i) + 60'000; });
            QVERIFY(inWindow <= 120);
        }
    }

    void identifyRoundsFollowMaxConcurrency_data()
    {
        QTest::addColumn<int>("maxConcurrency");
        QTest::addColumn<int>("shards");
        QTest::newRow("1") << 1 << 4;
        QTest::newRow("2") << 2 << 6;
        QTest::newRow("16") << 16 << 40;
    }
    void identifyRoundsFollowMaxConcurrency()
    {
        QFETCH(int, maxConcurrency);
        QFETCH(int, shards);
        IdentifyScheduler scheduler(maxConcurrency, 5000);
        for (int shard = 0; shard < shards; ++shard) {
            QCOMPARE(IdentifyScheduler::bucketFor(shard, maxConcurrency), shard % maxConcurrency);
            QCOMPARE(scheduler.reserve(shard, 0), qint64(shard / maxConcurrency) * 5000);
        }
    }

    void reidentifyWaitsForItsBucketOnly()
    {
        IdentifyScheduler scheduler(2, 5000);
        QCOMPARE(scheduler.reserve(0, 1000), 1000);
        QCOMPARE(scheduler.reserve(1, 1000), 1000);
        QCOMPARE(scheduler.reserve(2, 2000), 6000); // bucket 0 is busy until 6000
        QCOMPARE(scheduler.reserve(3, 9000), 9000); // bucket 1 is free again
    }
};

QTEST_APPLESS_MAIN(TestGatewayLimits)
#include "tst_gatewaylimits.moc"

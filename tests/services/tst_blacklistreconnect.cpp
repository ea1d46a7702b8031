// SPDX-License-Identifier: MIT
#include "BlacklistTestSupport.h"
#include "ServicesTestSupport.h"
#include "services/BlacklistCache.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::testing;
using bot::services::BlacklistCache;
using storage::NotificationListener;

/// Stops and restarts the shared cluster: registered RUN_SERIAL.
class TestBlacklistReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenerComesBackAfterAServerRestart()
    {
        TestDatabase test;
        if (!test.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const auto database = migratedDatabase(test);
        QVERIFY(database);
        BlacklistCache cache(*database);
        QVERIFY(await(cache.reload()));

        NotificationListener::Options options;
        options.conninfo = test.conninfo();
        options.reconnectBaseDelay = std::chrono::milliseconds(50);
        options.reconnectMaxDelay = std::chrono::milliseconds(500);
        cache.startListening(options);
        QSignalSpy listening(cache.listener(), &NotificationListener::listening);
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);

        execElsewhere(test.conninfo(),
                      QStringLiteral("INSERT INTO blacklistedid (discord_id) VALUES (10)"));
        QTRY_VERIFY_WITH_TIMEOUT(cache.isUserBlacklisted(10), 10000);

        QSignalSpy reloaded(&cache, &BlacklistCache::reloaded);
        auto restart = qScopeGuard([] { TestDatabase::startServer(); });
        QVERIFY(TestDatabase::stopServer());
        QVERIFY(TestDatabase::startServer());
        restart.dismiss();

        // The reconnect triggers a full reload (notifications may have been missed).
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 30000);
        execElsewhere(test.conninfo(),
                      QStringLiteral("INSERT INTO blacklistedguild (discord_id) VALUES (20)"));
        QTRY_VERIFY_WITH_TIMEOUT(cache.isGuildBlacklisted(20), 30000);
        execElsewhere(test.conninfo(),
                      QStringLiteral("DELETE FROM blacklistedid WHERE discord_id = 10"));
        QTRY_VERIFY_WITH_TIMEOUT(!cache.isUserBlacklisted(10), 30000);
    }

    void listenerSignalsLossAndResynchronise()
    {
        TestDatabase test;
        if (!test.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        NotificationListener::Options options;
        options.conninfo = test.conninfo();
        options.channel = QStringLiteral("ballsdex_test_channel");
        options.reconnectBaseDelay = std::chrono::milliseconds(50);
        options.reconnectMaxDelay = std::chrono::milliseconds(500);
        NotificationListener listener(options);
        QSignalSpy listening(&listener, &NotificationListener::listening);
        QSignalSpy lost(&listener, &NotificationListener::connectionLost);
        QSignalSpy resynchronise(&listener, &NotificationListener::resynchronise);
        QSignalSpy notified(&listener, &NotificationListener::notified);
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);
        QCOMPARE(resynchronise.count(), 0);

        auto restart = qScopeGuard([] { TestDatabase::startServer(); });
        QVERIFY(TestDatabase::stopServer());
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
        QVERIFY(TestDatabase::startServer());
        restart.dismiss();
        QTRY_COMPARE_WITH_TIMEOUT(resynchronise.count(), 1, 30000);
        QVERIFY(listening.count() >= 2);

        execElsewhere(test.conninfo(), QStringLiteral("NOTIFY ballsdex_test_channel, 'hello'"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
        QCOMPARE(notified.first().first().toString(), QStringLiteral("hello"));
        listener.stop();
        QVERIFY(!listener.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBlacklistReconnect)
#include "tst_blacklistreconnect.moc"

// SPDX-License-Identifier: MIT
#include "CountryballsFixture.h"

#include <QRegularExpression>
#include <QScopeGuard>

using namespace ballsdex;
using namespace ballsdex::countryballs::testing;

/// Stops the shared PostgreSQL cluster mid-test: runs alone (RUN_SERIAL).
class TestCountryballsOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseDownDuringCatch()
    {
        Fixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const QString problem = fx.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString spawnId = fx.spawnOne();
        QVERIFY(!spawnId.isEmpty());

        auto restart = qScopeGuard([] { ballsdex::testing::TestDatabase::startServer(); });
        QVERIFY(ballsdex::testing::TestDatabase::stopServer());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saved")));
        fx.guess(spawnId, QStringLiteral("Fixtureland"));
        QTRY_COMPARE_WITH_TIMEOUT(fx.replies().size(), 1, 20000);
        QCOMPARE(fx.replies().first().content(), CatchFlow::DatabaseUnavailableMessage);
        QCOMPARE(fx.replies().first().flags() & 64, 64);
        const auto spawn = fx.feature->spawns().find(spawnId);
        QVERIFY(spawn);
        QVERIFY(!spawn->claimed);
        QVERIFY(!spawn->caught);

        QVERIFY(ballsdex::testing::TestDatabase::startServer());
        restart.dismiss();
        QCOMPARE(fx.scalar("SELECT count(*) FROM ballinstance"), 0);
        fx.guess(spawnId, QStringLiteral("Fixtureland"), OtherUserId);
        QTRY_COMPARE_WITH_TIMEOUT(fx.replies().size(), 2, 20000);
        QVERIFY2(fx.replies().last().content().contains(QStringLiteral("You caught")),
                 qPrintable(fx.replies().last().content()));
        QCOMPARE(fx.scalar("SELECT count(*) FROM ballinstance"), 1);
        fx.tearDown();
    }
};

QTEST_GUILESS_MAIN(TestCountryballsOutage)
#include "tst_countryballs_outage.moc"

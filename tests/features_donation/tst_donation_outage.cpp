// SPDX-License-Identifier: MIT
#include "DonationFixture.h"
#include "features/common/StorageReplies.h"

#include <QMutex>
#include <QScopeGuard>

#include <cstdio>

using namespace ballsdex;
using namespace ballsdex::donation::testing;

namespace {

// During the outage the storage workers and the test thread log at the same time: collect the
// lines under a lock (instead of QTest::ignoreMessage) and assert on them afterwards.
QMutex logMutex;
QStringList logLines;

void collectLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&logMutex);
    logLines.append(message);
    std::fprintf(stderr, "%s: %s\n", context.category, qPrintable(message));
}

bool logged(const QString &fragment)
{
    const QMutexLocker locker(&logMutex);
    return std::any_of(logLines.cbegin(), logLines.cend(),
                       [&](const QString &line) { return line.contains(fragment); });
}

} // namespace

/// Stops the shared PostgreSQL cluster mid-donation: runs alone (RUN_SERIAL).
class TestDonationOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseDownDuringTransfer()
    {
        DonationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const QString problem = fx.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString started = fx.startRouter();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const domain::BallInstance instance = fx.instance(fx.france);
        const RecordedCall request
            = fx.give(DonationFixture::Approver, DonationFixture::hex(instance));
        QVERIFY2(request.content().startsWith(QStringLiteral("Hey ")),
                 qPrintable(request.content()));
        QVERIFY(fx.isLocked(instance.id));

        const QtMessageHandler previous = qInstallMessageHandler(collectLog);
        auto restoreLog = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        auto restart = qScopeGuard([] { ballsdex::testing::TestDatabase::startServer(); });
        QVERIFY(ballsdex::testing::TestDatabase::stopServer());
        const RecordedCall decided
            = fx.click(request.data, QStringLiteral("accept"), DonationFixture::Approver);
        QCOMPARE(decided.type, 7);
        QVERIFY2(decided.content().endsWith(bot::features::databaseUnavailableMessage()),
                 qPrintable(decided.content()));
        QVERIFY(!decided.content().contains(QStringLiteral("accepted")));
        QVERIFY(DonationFixture::allDisabled(decided.data));
        // The operator gets the failure and the pending release in the log.
        QVERIFY(logged(
            QStringLiteral("donation of instance %1 failed").arg(domain::displayId(instance.id))));
        QVERIFY(logged(QStringLiteral("could not release the donation lock of instance %1")
                           .arg(domain::displayId(instance.id))));

        QVERIFY(ballsdex::testing::TestDatabase::startServer());
        restart.dismiss();
        // The release keeps retrying on the scheduler until the database answers again.
        QTRY_VERIFY_WITH_TIMEOUT((fx.scheduler->advance(60'000), !fx.isLocked(instance.id)), 30000);
        QCOMPARE(fx.ownerOf(instance.id), QString::number(GiverId));
        QCOMPARE(fx.tradesOf(instance.id), 0);

        // And the instance can be given normally afterwards.
        const RecordedCall again
            = fx.give(DonationFixture::Accepting, DonationFixture::hex(instance));
        QVERIFY2(again.content().startsWith(QStringLiteral("You just gave")),
                 qPrintable(again.content()));
        QCOMPARE(fx.ownerOf(instance.id), QString::number(DonationFixture::Accepting));
        fx.stopRouter();
    }
};

QTEST_GUILESS_MAIN(TestDonationOutage)
#include "tst_donation_outage.moc"

// SPDX-License-Identifier: MIT
// The database goes away while a moderator works: clear messages, nothing half-written, and the
// same actions work once it is back. Stops the shared cluster: runs alone (RUN_SERIAL).
#include "ModerationFixture.h"
#include "moderation/BlacklistDialog.h"
#include "moderation/ModerationDesk.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::moderation::testing;
using ballsdex::testing::TestDatabase;
using studio::BlacklistDialog;
using studio::ModerationDesk;

class TestModerationOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseLostWhileModerating()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *input = desk.findChild<QLineEdit *>(QStringLiteral("lookupInput"));
        auto *message = desk.findChild<QLabel *>(QStringLiteral("lookupMessage"));
        auto *find = desk.findChild<QPushButton *>(QStringLiteral("lookupButton"));
        QSignalSpy finished(&desk, &ModerationDesk::lookupFinished);
        QTest::keyClicks(input, QString::number(PlayerId));
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());

        // The moderator opens the dialog and types a reason; then the server goes away.
        QTest::mouseClick(desk.findChild<QPushButton *>(QStringLiteral("blacklistButton")),
                          Qt::LeftButton);
        auto *dialog = desk.findChild<BlacklistDialog *>(QStringLiteral("blacklistDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("botting"));
        auto restart = qScopeGuard([] { TestDatabase::startServer(); });
        QVERIFY(TestDatabase::stopServer());

        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *dialogMessage = dialog->findChild<QLabel *>(QStringLiteral("dialogMessage"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialogMessage->text().contains(QLatin1String("cannot be reached")),
                                 20000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->toPlainText(),
                 QStringLiteral("botting"));
        QVERIFY(confirm->isEnabled());

        // A lookup meanwhile says the same, clearly.
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY2(message->text().contains(QLatin1String("cannot be reached")),
                 qPrintable(message->text()));

        QVERIFY(TestDatabase::startServer());
        restart.dismiss();
        // Nothing was half-written.
        QCOMPARE(fx.count("SELECT count(*) FROM blacklistedid"), 0);
        QCOMPARE(fx.count("SELECT count(*) FROM blacklisthistory"), 0);
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log"), 0);

        // Trying again works (the pool reconnects).
        QSignalSpy applied(dialog, &BlacklistDialog::applied);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);
        QCOMPARE(fx.count("SELECT count(*) FROM blacklistedid"), 1);
        QCOMPARE(fx.count("SELECT count(*) FROM blacklisthistory"), 1);
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(desk.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                                     ->text()
                                     .contains(QLatin1String("Blacklisted: <b>yes")),
                                 20000);
    }
};

QTEST_MAIN(TestModerationOutage)
#include "tst_moderationoutage.moc"

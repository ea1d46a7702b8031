// SPDX-License-Identifier: MIT
#include "mainwindow/MainWindow.h"
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using ballsdex::studio::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsDisconnectedWithMenus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("BallsDex Studio"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Not connected"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    }

    void quitActionClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
        QTRY_VERIFY(!window.isVisible());
    }

    void outdatedDatabaseIsExplainedAndNotMigrated()
    {
        ballsdex::testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        MainWindow window;
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(database.url());
        QVERIFY(checked.wait());
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(window.statusBar()->currentMessage().startsWith(
            QLatin1String("Database schema mismatch")));
        const auto *label = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(label->text().contains(QLatin1String("ballsdex-bot migrate")));
        const auto status = ballsdex::schema::Migrator(database.url()).status();
        QVERIFY(status);
        QCOMPARE(status->databaseVersion, 0); // Studio never migrates
    }

    void upToDateDatabaseConnects()
    {
        ballsdex::testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        MainWindow window;
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(database.url());
        QVERIFY(checked.wait());
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("schema version %1")
                         .arg(ballsdex::schema::Migrator::latestVersion())),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void unreachableDatabaseIsReported()
    {
        MainWindow window;
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(QStringLiteral("postgresql://x:pw@/db?host=/nonexistent-dir"));
        QVERIFY(checked.wait());
        QCOMPARE(checked.first().first().toBool(), false);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Cannot reach the database"));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("welcomeLabel"))
                     ->text()
                     .contains(QLatin1String(":pw@")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

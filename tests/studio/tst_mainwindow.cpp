// SPDX-License-Identifier: MIT
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QMenuBar>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

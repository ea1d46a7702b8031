// SPDX-License-Identifier: MIT
// The main window on its own: menus and shortcuts, connecting (schema check, login settings),
// themes and languages. The whole log-in-and-work flow is tst_studioflow.
#include "auth/LoginSession.h"
#include "auth/SecretStore.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionFailure.h"
#include "domain/StudioLoginSettings.h"
#include "mainwindow/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Theme.h"
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using ballsdex::studio::ConnectionFailure;
using ballsdex::studio::MainWindow;
using ballsdex::studio::MemorySecretStore;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings()
    {
        static int counter = 0;
        return std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("studio-%1.ini").arg(++counter)), QSettings::IniFormat);
    }

private Q_SLOTS:
    void startsDisconnectedWithMenusAndShortcuts()
    {
        MemorySecretStore secrets;
        auto settings = freshSettings();
        MainWindow window(secrets, *settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("BallsDex Studio"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Not connected"));
        const QList<std::pair<const char *, QKeySequence>> shortcuts {
            {"quitAction", QKeySequence(QKeySequence::Quit)},
            {"saveAction", QKeySequence(QKeySequence::Save)},
            {"undoAction", QKeySequence(QKeySequence::Undo)},
            {"redoAction", QKeySequence(QKeySequence::Redo)},
            {"connectAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
            {"showCardsAction", QKeySequence(Qt::CTRL | Qt::Key_1)},
            {"showModerationAction", QKeySequence(Qt::CTRL | Qt::Key_3)},
        };
        for (const auto &[name, sequence] : shortcuts) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action != nullptr, name);
            QCOMPARE(action->shortcut(), sequence);
        }
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
        // Nothing to save, undo, disconnect or log out of yet.
        for (const char *name : {"saveAction", "undoAction", "disconnectAction", "logoutAction"})
            QVERIFY2(!window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
    }

    void quitActionClosesTheWindow()
    {
        MemorySecretStore secrets;
        auto settings = freshSettings();
        MainWindow window(secrets, *settings);
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
        MemorySecretStore secrets;
        auto settings = freshSettings();
        MainWindow window(secrets, *settings);
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(database.url());
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
        QCOMPARE(checked.first().first().toBool(), false);
        const auto &failure = window.connectionDialog()->lastFailure();
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind, ConnectionFailure::Kind::SchemaMismatch);
        QVERIFY2(failure->fullText().contains(QLatin1String("ballsdex-bot migrate")),
                 qPrintable(failure->fullText()));
        QCOMPARE(window.statusBar()->currentMessage(), failure->message);
        const auto status = ballsdex::schema::Migrator(database.url()).status();
        QVERIFY(status);
        QCOMPARE(status->databaseVersion, 0); // Studio never migrates
    }

    void databaseWithoutLoginSettingsSaysWhatToDo()
    {
        ballsdex::testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        MemorySecretStore secrets;
        auto settings = freshSettings();
        MainWindow window(secrets, *settings);
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(database.url());
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
        QCOMPARE(checked.first().first().toBool(), true);
        const auto *label = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QTRY_VERIFY(label->text().contains(QLatin1String("admin-panel.client-id")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionStatus"))
                    ->text()
                    .contains(QStringLiteral("schema version %1")
                                  .arg(ballsdex::schema::Migrator::latestVersion())));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("disconnectAction"))->isEnabled());
    }

    void publishedLoginSettingsLeadToTheLoginPage()
    {
        ballsdex::testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        ballsdex::domain::StudioLoginSettings login;
        login.clientId = 1234567890123456789;
        {
            pqxx::connection connection(database.conninfo().toStdString());
            pqxx::work tx(connection);
            tx.exec_params("INSERT INTO bot_state (key, value) VALUES ($1, $2::jsonb)",
                           ballsdex::domain::StudioLoginSettings::Key,
                           QJsonDocument(login.toJson()).toJson().toStdString());
            tx.commit();
        }
        MemorySecretStore secrets;
        auto settings = freshSettings();
        MainWindow window(secrets, *settings);
        window.setBrowserOpener([](const QUrl &) {});
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(database.url());
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
        QCOMPARE(checked.first().first().toBool(), true);
        auto *pages = window.findChild<QStackedWidget *>();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("loginPage"));
        QVERIFY(window.loginSession() != nullptr);
        QCOMPARE(window.loginSession()->settings().clientId, login.clientId);
        // No saved login: the page waits for the button without complaining.
        const auto *error = window.findChild<QLabel *>(QStringLiteral("loginErrorLabel"));
        QTRY_VERIFY(!window.loginSession()->isBusy());
        QVERIFY(error->isHidden());

        // Connecting again replaces the login session; the page follows the new one (the old
        // one is gone, and the page must not touch it).
        const QPointer<ballsdex::studio::LoginSession> first = window.loginSession();
        checked.clear();
        window.connectToDatabase(database.url());
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
        QTRY_VERIFY(first.isNull());
        QVERIFY(window.loginSession() != nullptr);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("loginPage"));
        auto *loginButton = window.findChild<QPushButton *>(QStringLiteral("loginButton"));
        QTRY_VERIFY(loginButton->isEnabled());
    }

    void unreachableDatabaseIsReportedWithoutThePassword()
    {
        MemorySecretStore secrets;
        auto settings = freshSettings();
        MainWindow window(secrets, *settings);
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        window.connectToDatabase(
            QStringLiteral("postgresql://x:secretpw@/db?host=/nonexistent-dir"));
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
        QCOMPARE(checked.first().first().toBool(), false);
        const auto &failure = window.connectionDialog()->lastFailure();
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind, ConnectionFailure::Kind::Unreachable);
        QVERIFY(!failure->fullText().contains(QLatin1String("secretpw")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("secretpw")));
    }

    void themesChangeThePalette()
    {
        using ballsdex::studio::ThemeChoice;
        ballsdex::studio::applyTheme(ThemeChoice::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        ballsdex::studio::applyTheme(ThemeChoice::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        ballsdex::studio::applyTheme(ThemeChoice::System);
        QCOMPARE(ballsdex::studio::themeFromKey(QStringLiteral("dark")), ThemeChoice::Dark);
        QCOMPARE(ballsdex::studio::themeFromKey(QStringLiteral("bogus")), ThemeChoice::System);
    }

    void frenchTranslationIsEmbedded()
    {
        QVERIFY(ballsdex::studio::installLanguage(QStringLiteral("fr")));
        {
            MemorySecretStore secrets;
            auto settings = freshSettings();
            MainWindow window(secrets, *settings);
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        }
        QVERIFY(ballsdex::studio::installLanguage(QStringLiteral("en")));
        QCOMPARE(ballsdex::studio::resolveLanguage(QStringLiteral("xx")).size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

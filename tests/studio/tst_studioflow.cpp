// SPDX-License-Identifier: MIT
// End to end through the real windows: connect to PostgreSQL, log in with Discord (fake OAuth
// server, fake browser), edit a ball and watch the preview change, blacklist a player and find
// the rows in PostgreSQL. Roles decide which tabs exist.
#include "StudioHarness.h"
#include "auth/LoginSession.h"
#include "designer/BallEditor.h"
#include "designer/CardDesigner.h"
#include "mainwindow/Workspace.h"
#include "moderation/ModerationDesk.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using ballsdex::testing::StudioHarness;

namespace {

constexpr int WaitMs = 20000;
constexpr qint64 PlayerDiscordId = 345678901234567890;

void setReason(QWidget *dialog, const QString &text)
{
    auto *reason = dialog->findChild<QWidget *>(QStringLiteral("reasonEdit"));
    if (auto *plain = qobject_cast<QPlainTextEdit *>(reason))
        plain->setPlainText(text);
    else if (auto *line = qobject_cast<QLineEdit *>(reason))
        line->setText(text);
    else
        qobject_cast<QTextEdit *>(reason)->setPlainText(text);
}

} // namespace

class TestStudioFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminEditsABallAndBlacklistsAPlayer()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        studio.window().show();
        QVERIFY(studio.connect());
        QVERIFY(studio.logIn());

        auto *workspace = studio.window().workspace();
        QVERIFY(workspace != nullptr);
        QCOMPARE(workspace->count(), 3);
        QCOMPARE(studio.window().findChild<QLabel *>(QStringLiteral("identityStatus"))->text(),
                 QStringLiteral("Nelly — Admin"));
        QTRY_COMPARE_WITH_TIMEOUT(
            studio.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'studio.login' AND actor_discord_id = %1")
                              .arg(QLatin1String(StudioHarness::UserId))),
            QStringLiteral("1"), WaitMs);

        // Cards: open the first ball, type, see the preview change, save.
        auto *designer = workspace->designer();
        auto *table = designer->findChild<QTableView *>(QStringLiteral("ballTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, WaitMs);
        table->selectRow(0);
        designer->findChild<QPushButton *>(QStringLiteral("openBallButton"))->click();
        auto *country = designer->findChild<QLineEdit *>(QStringLiteral("countryEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!country->text().isEmpty(), WaitMs);
        const QString original = country->text();
        QTRY_VERIFY_WITH_TIMEOUT(!designer->editor()->previewImage().isNull(), WaitMs);
        const QImage before = designer->editor()->previewImage();
        country->setFocus();
        country->end(false);
        QTest::keyClicks(country, QStringLiteral(" Prime"));
        QTRY_VERIFY_WITH_TIMEOUT(designer->editor()->previewImage() != before, WaitMs);
        QVERIFY(designer->hasUnsavedChanges());
        QVERIFY(studio.window().isWindowModified());
        studio.window().findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        const QString renamed = original + QStringLiteral(" Prime");
        QTRY_COMPARE_WITH_TIMEOUT(
            studio.scalar(
                QStringLiteral("SELECT count(*) FROM ball WHERE country = '%1'").arg(renamed)),
            QStringLiteral("1"), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!designer->hasUnsavedChanges(), WaitMs);
        QCOMPARE(studio.scalar(QStringLiteral(
                     "SELECT actor_source FROM audit_log WHERE action = 'ball.update'")),
                 QStringLiteral("studio"));

        // Moderation: look the player up and blacklist them.
        studio.seedPlayer(PlayerDiscordId, 30);
        studio.window().findChild<QAction *>(QStringLiteral("showModerationAction"))->trigger();
        auto *desk = workspace->moderation();
        QCOMPARE(workspace->currentWidget(), desk);
        desk->findChild<QLineEdit *>(QStringLiteral("lookupInput"))
            ->setText(QString::number(PlayerDiscordId));
        desk->findChild<QPushButton *>(QStringLiteral("lookupButton"))->click();
        auto *blacklist = desk->findChild<QPushButton *>(QStringLiteral("blacklistButton"));
        QTRY_VERIFY_WITH_TIMEOUT(blacklist->isEnabled(), WaitMs);
        auto *instances = desk->findChild<QTableView *>(QStringLiteral("instanceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(instances->model()->rowCount(), 30, WaitMs);
        blacklist->click();
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = desk->findChild<QWidget *>(QStringLiteral("blacklistDialog"))) != nullptr
                && dialog->isVisible(),
            WaitMs);
        setReason(dialog, QStringLiteral("Farming with alts"));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            studio.scalar(QStringLiteral("SELECT count(*) FROM blacklistedid WHERE discord_id = %1")
                              .arg(PlayerDiscordId)),
            QStringLiteral("1"), WaitMs);
        QCOMPARE(studio.scalar(QStringLiteral("SELECT moderator_id FROM blacklisthistory WHERE "
                                              "discord_id = %1")
                                   .arg(PlayerDiscordId)),
                 QLatin1String(StudioHarness::UserId));
        QVERIFY(studio
                    .scalar(QStringLiteral("SELECT reason FROM blacklisthistory WHERE "
                                           "discord_id = %1")
                                .arg(PlayerDiscordId))
                    .startsWith(QLatin1String("Farming with alts")));
    }

    void anArtistDatabaseLoginLimitsAnAdminToTheCatalogueAndCanSave()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        const QString login = studio.createDatabaseLogin(QStringLiteral("ballsdex_artist"));
        QVERIFY(studio.connect(login));
        QVERIFY(studio.logIn()); // Discord says Admin; the database login allows the catalogue only
        auto *workspace = studio.window().workspace();
        QVERIFY(workspace->moderation() == nullptr);
        QVERIFY(studio.window()
                    .findChild<QLabel *>(QStringLiteral("identityStatus"))
                    ->text()
                    .endsWith(QLatin1String("Artist")));
        auto *designer = workspace->designer();
        auto *table = designer->findChild<QTableView *>(QStringLiteral("ballTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, WaitMs);
        table->selectRow(0);
        designer->findChild<QPushButton *>(QStringLiteral("openBallButton"))->click();
        auto *credits = designer->findChild<QLineEdit *>(QStringLiteral("creditsEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!credits->text().isEmpty(), WaitMs);
        credits->setText(QStringLiteral("Drawn by the artist login"));
        studio.window().findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            studio.scalar(QStringLiteral(
                "SELECT count(*) FROM ball WHERE credits = 'Drawn by the artist login'")),
            QStringLiteral("1"), WaitMs);
        QCOMPARE(studio.scalar(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ball.update'")),
                 QStringLiteral("1"));
    }

    void aStaffDatabaseLoginCanBlacklist()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        studio.setDiscordRoles({QLatin1String(StudioHarness::StaffRoleId)});
        const QString login = studio.createDatabaseLogin(QStringLiteral("ballsdex_staff"));
        studio.seedPlayer(PlayerDiscordId, 5);
        QVERIFY(studio.connect(login));
        QVERIFY(studio.logIn());
        auto *desk = studio.window().workspace()->moderation();
        QVERIFY(desk != nullptr);
        desk->findChild<QLineEdit *>(QStringLiteral("lookupInput"))
            ->setText(QString::number(PlayerDiscordId));
        desk->findChild<QPushButton *>(QStringLiteral("lookupButton"))->click();
        auto *instances = desk->findChild<QTableView *>(QStringLiteral("instanceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(instances->model()->rowCount(), 5, WaitMs);
        auto *blacklist = desk->findChild<QPushButton *>(QStringLiteral("blacklistButton"));
        QTRY_VERIFY_WITH_TIMEOUT(blacklist->isEnabled(), WaitMs);
        blacklist->click();
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = desk->findChild<QWidget *>(QStringLiteral("blacklistDialog"))) != nullptr
                && dialog->isVisible(),
            WaitMs);
        setReason(dialog, QStringLiteral("Alt accounts"));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            studio.scalar(QStringLiteral("SELECT count(*) FROM blacklistedid WHERE discord_id = %1")
                              .arg(PlayerDiscordId)),
            QStringLiteral("1"), WaitMs);
    }

    void artistsGetTheCatalogueOnly()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        studio.setDiscordRoles({QLatin1String(StudioHarness::ArtistRoleId)});
        QVERIFY(studio.connect());
        QVERIFY(studio.logIn());
        auto *workspace = studio.window().workspace();
        QVERIFY(workspace->designer() != nullptr);
        QVERIFY(workspace->catalogue() != nullptr);
        QVERIFY(workspace->moderation() == nullptr);
        QCOMPARE(workspace->count(), 2);
        QVERIFY(studio.window()
                    .findChild<QLabel *>(QStringLiteral("identityStatus"))
                    ->text()
                    .endsWith(QLatin1String("Artist")));
    }

    void staffGetTheModerationDeskOnly()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        studio.setDiscordRoles({QLatin1String(StudioHarness::StaffRoleId)});
        QVERIFY(studio.connect());
        QVERIFY(studio.logIn());
        auto *workspace = studio.window().workspace();
        QVERIFY(workspace->designer() == nullptr);
        QVERIFY(workspace->moderation() != nullptr);
        QCOMPARE(workspace->count(), 1);
    }

    void noRoleOrDenialKeepsThePersonOut()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        studio.setDiscordRoles({});
        QVERIFY(studio.connect());
        studio.window().findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
        auto *error = studio.window().findChild<QLabel *>(QStringLiteral("loginErrorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), WaitMs);
        QVERIFY(studio.window().workspace() == nullptr);
        const QString noRole = error->text();

        studio.oauth().setBrowserDecision(ballsdex::fakediscord::BrowserDecision::Deny);
        studio.window().findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(error->text() != noRole && !error->isHidden(), WaitMs);
        QVERIFY(studio.window().workspace() == nullptr);
    }

    void logoutAsksBeforeDroppingEditsAndForgetsTheLogin()
    {
        StudioHarness studio;
        if (!studio.isReady())
            QSKIP(qPrintable(studio.why()));
        QVERIFY(studio.connect());
        QVERIFY(studio.logIn());
        const QString tokenKey = studio.window().loginSession()->refreshTokenKey();
        QVERIFY(studio.secrets().contents().contains(tokenKey));
        auto *designer = studio.window().workspace()->designer();
        auto *table = designer->findChild<QTableView *>(QStringLiteral("ballTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, WaitMs);
        table->selectRow(0);
        designer->findChild<QPushButton *>(QStringLiteral("openBallButton"))->click();
        auto *country = designer->findChild<QLineEdit *>(QStringLiteral("countryEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!country->text().isEmpty(), WaitMs);
        QTest::keyClicks(country, QStringLiteral("x"));
        QTRY_VERIFY(designer->hasUnsavedChanges());

        int asked = 0;
        bool answer = false;
        studio.window().setDiscardConfirmation([&] {
            ++asked;
            return answer;
        });
        auto *logout = studio.window().findChild<QAction *>(QStringLiteral("logoutAction"));
        logout->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(studio.window().workspace() != nullptr); // kept: the person said no

        answer = true;
        QSignalSpy loggedOut(&studio.window(), &ballsdex::studio::MainWindow::loggedOut);
        logout->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!loggedOut.isEmpty(), WaitMs);
        QVERIFY(studio.window().workspace() == nullptr);
        QVERIFY(!studio.secrets().contents().contains(tokenKey));
    }
};

QTEST_MAIN(TestStudioFlow)
#include "tst_studioflow.moc"

// SPDX-License-Identifier: MIT
// The moderation desk driven like a moderator: lookups, lazy instance pages, blacklist changes
// through the dialog (rows in PostgreSQL, NOTIFY for the bot), refusals and bad input.
#include "ModerationFixture.h"
#include "moderation/BlacklistDialog.h"
#include "moderation/BlacklistHistoryView.h"
#include "moderation/ModerationDesk.h"
#include "moderation/PagedTableModel.h"
#include "storage/BlacklistRepository.h"
#include "storage/NotificationListener.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::moderation::testing;
using studio::BlacklistDialog;
using studio::ModerationDesk;

namespace {

QString labelText(const QWidget &root, const char *name)
{
    const auto *label = root.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

QPushButton *button(const QWidget &root, const char *name)
{
    return root.findChild<QPushButton *>(QString::fromLatin1(name));
}

/// Types the id into the desk and presses Enter; true when the lookup found a subject.
bool lookUp(ModerationDesk &desk, const QString &id)
{
    QSignalSpy finished(&desk, &ModerationDesk::lookupFinished);
    auto *input = desk.findChild<QLineEdit *>(QStringLiteral("lookupInput"));
    input->clear();
    QTest::keyClicks(input, id);
    QTest::keyClick(input, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000))
        return false;
    return finished.first().first().toBool();
}

BlacklistDialog *openDialog(ModerationDesk &desk, const char *buttonName)
{
    QPushButton *action = button(desk, buttonName);
    if (!action || !action->isEnabled())
        return nullptr;
    QTest::mouseClick(action, Qt::LeftButton);
    // A closed dialog may still await its deferred deletion: take the open one.
    const auto dialogs = desk.findChildren<BlacklistDialog *>(QStringLiteral("blacklistDialog"));
    for (BlacklistDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void typeReason(BlacklistDialog &dialog, const QString &reason)
{
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    edit->clear();
    QTest::keyClicks(edit, reason);
}

} // namespace

class TestModerationDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidIdsGetAClearMessage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("too short") << QStringLiteral("1234567890123456");
        QTest::newRow("too long") << QStringLiteral("123456789012345678901");
        QTest::newRow("too large") << QStringLiteral("99999999999999999999");
        QTest::newRow("sql") << QStringLiteral("410000000000000001' OR '1'='1");
        QTest::newRow("hex") << QStringLiteral("0x5B1A3F");
    }
    void invalidIdsGetAClearMessage()
    {
        QFETCH(QString, input);
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QVERIFY(!lookUp(desk, input));
        const QString message = labelText(desk, "lookupMessage");
        QVERIFY2(message.contains(QLatin1String("Discord id")), qPrintable(message));
        QVERIFY(!button(desk, "blacklistButton")->isEnabled());
        QCOMPARE(fx.count("SELECT count(*) FROM player"), 2);
    }

    void lookingUpAPlayerFillsTheInstanceTableLazily()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        fx.seedInstances(PlayerId, 1000);
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        desk.resize(900, 600);
        QVERIFY(lookUp(desk, QStringLiteral(" 410000000000000001 ")));
        const QString summary = labelText(desk, "summaryLabel");
        QVERIFY2(summary.contains(QLatin1String("410000000000000001")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("coins: 42")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Blacklisted: no")), qPrintable(summary));

        studio::PagedTableModel *model = desk.instanceModel();
        auto *table = desk.findChild<QTableView *>(QStringLiteral("instanceTable"));
        QCOMPARE(table->model(), model);
        const int page = model->pageSize();
        QTRY_COMPARE(model->rowCount(), page);
        QVERIFY(model->canFetchMore());
        // Newest first: the first row is the last one seeded.
        const QString newest = fx.scalar("SELECT upper(to_hex(max(id))) FROM ballinstance");
        QCOMPARE(model->index(0, 0).data().toString(), QLatin1Char('#') + newest);
        model->fetchMore();
        QTRY_COMPARE(model->rowCount(), 2 * page);
        // Scrolling the view to the bottom asks for the next page.
        table->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), 3 * page);
        QVERIFY(model->rowCount() < 1000);
    }

    void blacklistAndUnblacklistThroughTheDialog()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        storage::NotificationListener listener({.conninfo = fx.testDatabase.conninfo(),
                                                .channel = QStringLiteral("ballsdex_blacklist")});
        QSignalSpy listening(&listener, &storage::NotificationListener::listening);
        QSignalSpy notified(&listener, &storage::NotificationListener::notified);
        listener.start();
        QTRY_VERIFY(!listening.isEmpty());

        ModerationDesk desk(*fx.context);

        desk.show();

        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QVERIFY(lookUp(desk, QStringLiteral("410000000000000001")));
        QVERIFY(!button(desk, "unblacklistButton")->isEnabled());
        BlacklistDialog *dialog = openDialog(desk, "blacklistButton");
        QVERIFY(dialog);
        QVERIFY(!button(*dialog, "confirmButton")->isEnabled()); // the reason is required
        typeReason(*dialog, QStringLiteral("alt accounts"));
        QSignalSpy applied(&desk, &ModerationDesk::blacklistApplied);
        QTest::mouseClick(button(*dialog, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(!applied.isEmpty());
        QTRY_VERIFY(labelText(desk, "summaryLabel").contains(QLatin1String("Blacklisted: <b>yes")));
        QVERIFY(labelText(desk, "lookupMessage").contains(QLatin1String("now blacklisted")));

        const QString reason
            = QStringLiteral("alt accounts\nDone through BallsDex Studio by Mod (%1)")
                  .arg(ModeratorId);
        QCOMPARE(fx.scalar("SELECT moderator_id || '|' || reason FROM blacklistedid "
                           "WHERE discord_id = 410000000000000001"),
                 QString::number(ModeratorId) + QLatin1Char('|') + reason);
        QCOMPARE(fx.scalar("SELECT moderator_id || '|' || id_type || '|' || action_type || '|' || "
                           "reason FROM blacklisthistory"),
                 QString::number(ModeratorId) + QStringLiteral("|user|blacklist|") + reason);
        QCOMPARE(fx.scalar("SELECT actor_discord_id || '|' || actor_source || '|' || action || '|' "
                           "|| target_id FROM audit_log"),
                 QStringLiteral("%1|studio|blacklist.add|410000000000000001").arg(ModeratorId));
        // The bot's cache hears about it without a restart.
        QTRY_VERIFY(!notified.isEmpty());
        QVERIFY(notified.first().first().toString().contains(QLatin1String("INSERT")));
        QVERIFY(notified.first().first().toString().contains(QLatin1String("410000000000000001")));
        // The desk's history tab and the global history show the action.
        QTRY_COMPARE(desk.historyModel()->rowCount(), 1);
        QTRY_COMPARE(desk.historyView()->model()->rowCount(), 1);

        // Edit the reason: the dialog starts from the stored reason without the signature.
        dialog = openDialog(desk, "editReasonButton");
        QVERIFY(dialog);
        auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QCOMPARE(reasonEdit->toPlainText(), QStringLiteral("alt accounts"));
        typeReason(*dialog, QStringLiteral("alt accounts (3)"));
        applied.clear();
        QTest::mouseClick(button(*dialog, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(!applied.isEmpty());
        QCOMPARE(fx.scalar("SELECT reason FROM blacklistedid"),
                 QStringLiteral("alt accounts (3)\nDone through BallsDex Studio by Mod (%1)")
                     .arg(ModeratorId));
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log WHERE action = 'blacklist.edit_reason'"),
                 1);
        QTRY_VERIFY(labelText(desk, "summaryLabel").contains(QLatin1String("alt accounts (3)")));
        QTRY_COMPARE(notified.size(), 2); // the UPDATE is announced too

        // Unblacklist.
        dialog = openDialog(desk, "unblacklistButton");
        QVERIFY(dialog);
        typeReason(*dialog, QStringLiteral("appeal accepted"));
        applied.clear();
        QTest::mouseClick(button(*dialog, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(!applied.isEmpty());
        QTRY_VERIFY(labelText(desk, "summaryLabel").contains(QLatin1String("Blacklisted: no")));
        QCOMPARE(fx.count("SELECT count(*) FROM blacklistedid"), 0);
        QCOMPARE(fx.scalar("SELECT string_agg(action_type, ',' ORDER BY id) FROM blacklisthistory"),
                 QStringLiteral("blacklist,unblacklist"));
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log WHERE action = 'blacklist.remove'"), 1);
        QTRY_COMPARE(desk.historyModel()->rowCount(), 2);
        QTRY_COMPARE(notified.size(), 3);
        listener.stop();
    }

    void alreadyBlacklistedIsRefused()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QVERIFY(lookUp(desk, QStringLiteral("510000000000000001")) == true); // as a user
        // Someone else bans the id while the desk shows it as not blacklisted.
        QVERIFY(storage::BlacklistRepository(*fx.database)
                    .add(domain::BlacklistTarget::User, GuildId, QStringLiteral("bot"), {})
                    .result());
        BlacklistDialog *dialog = openDialog(desk, "blacklistButton");
        QVERIFY(dialog);
        typeReason(*dialog, QStringLiteral("second ban"));
        QTest::mouseClick(button(*dialog, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(
            labelText(*dialog, "dialogMessage").contains(QLatin1String("already blacklisted")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(fx.count("SELECT count(*) FROM blacklisthistory"), 1);
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log"), 1);
        QCOMPARE(fx.scalar("SELECT reason FROM blacklistedid"), QStringLiteral("bot"));
    }

    void guildLookupShowsConfigAndCatches()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        fx.seedInstances(PlayerId, 40);
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        desk.lookUp(domain::BlacklistTarget::Guild, QStringLiteral("510000000000000001"));
        QTRY_VERIFY(
            labelText(desk, "summaryLabel").contains(QLatin1String("Guild 510000000000000001")));
        const QString summary = labelText(desk, "summaryLabel");
        QVERIFY2(summary.contains(QLatin1String("610000000000000001")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("disabled")), qPrintable(summary));
        QTRY_COMPARE(desk.instanceModel()->rowCount(), 40);
        QCOMPARE(desk.instanceModel()->columnCount(), 10); // with the owner
        BlacklistDialog *dialog = openDialog(desk, "blacklistButton");
        QVERIFY(dialog);
        QCOMPARE(dialog->target(), domain::BlacklistTarget::Guild);
        typeReason(*dialog, QStringLiteral("raid"));
        QTest::mouseClick(button(*dialog, "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE(fx.count("SELECT count(*) FROM blacklistedguild WHERE discord_id = "
                              "510000000000000001"),
                     1);
        QCOMPARE(fx.scalar("SELECT id_type FROM blacklisthistory"), QStringLiteral("guild"));
    }

    void artistIsRefusedAndNothingIsWritten()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp(studio::StudioRole::Artist).isEmpty());
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QVERIFY(lookUp(desk, QStringLiteral("410000000000000001")));
        QVERIFY(!button(desk, "blacklistButton")->isEnabled());
        // Even a dialog opened some other way re-checks the role before writing.
        BlacklistDialog dialog(*fx.context, studio::BlacklistChange::Blacklist,
                               domain::BlacklistTarget::User, PlayerId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeReason(dialog, QStringLiteral("nope"));
        QTest::mouseClick(button(dialog, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(labelText(dialog, "dialogMessage").contains(QLatin1String("may not moderate")));
        QCOMPARE(fx.count("SELECT count(*) FROM blacklistedid"), 0);
        QCOMPARE(fx.count("SELECT count(*) FROM blacklisthistory"), 0);
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log"), 0);
    }

    void historyViewSearches()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        storage::BlacklistRepository bans(*fx.database);
        QVERIFY(
            bans.add(domain::BlacklistTarget::User, PlayerId, QStringLiteral("spam"), {}).result());
        QVERIFY(
            bans.add(domain::BlacklistTarget::User, OtherId, QStringLiteral("scam"), {}).result());
        ModerationDesk desk(*fx.context);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        studio::BlacklistHistoryView *view = desk.historyView();
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("historySearch"));
        QTest::keyClicks(search, QStringLiteral("SCAM"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 2).data().toString(), QString::number(OtherId));
        search->clear();
        QTest::keyClicks(search, QString::number(PlayerId));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(view->model()->index(0, 2).data().toString(), QString::number(PlayerId));
        QCOMPARE(view->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestModerationDesk)
#include "tst_moderationdesk.moc"

// SPDX-License-Identifier: MIT
#include "DonationFixture.h"
#include "storage/DonationRepository.h"

#include <QFutureSynchronizer>

using namespace ballsdex;
using namespace ballsdex::donation::testing;

namespace {

constexpr int Ephemeral = 64;

QString mention(Snowflake id)
{
    return QStringLiteral("<@%1>").arg(id);
}

QString label(const domain::BallInstance &instance,
              const QString &country = QStringLiteral("France"))
{
    return QStringLiteral("<:_:%1> %2 %3")
        .arg(QString::number(EmojiId), domain::displayId(instance.id), country);
}

} // namespace

class TestDonation final : public QObject
{
    Q_OBJECT

private:
    DonationFixture m_fx;

    /// The instance did not move and is free again.
    void verifyUntouched(const domain::BallInstance &instance, bool stillLocked = false)
    {
        QCOMPARE(m_fx.ownerOf(instance.id), QString::number(GiverId));
        QCOMPARE(m_fx.isLocked(instance.id), stillLocked);
        QCOMPARE(m_fx.tradesOf(instance.id), 0);
    }

    void verifyGiven(const domain::BallInstance &instance, Snowflake receiver)
    {
        QCOMPARE(m_fx.ownerOf(instance.id), QString::number(receiver));
        QVERIFY(!m_fx.isLocked(instance.id));
        QCOMPARE(m_fx.value("SELECT favorite FROM ballinstance WHERE id = $1", instance.id),
                 QStringLiteral("f"));
        QCOMPARE(m_fx.value("SELECT trade_player_id FROM ballinstance WHERE id = $1", instance.id),
                 QString::number(m_fx.giver));
        QCOMPARE(m_fx.tradesOf(instance.id), 1);
        QCOMPARE(m_fx.value("SELECT o.player_id FROM tradeobject o WHERE o.ballinstance_id = $1",
                            instance.id),
                 QString::number(m_fx.giver));
        QCOMPARE(m_fx.value("SELECT t.player1_id FROM tradeobject o JOIN trade t ON t.id = "
                            "o.trade_id WHERE o.ballinstance_id = $1",
                            instance.id),
                 QString::number(m_fx.giver));
        QCOMPARE(m_fx.value("SELECT p.discord_id FROM tradeobject o JOIN trade t ON t.id = "
                            "o.trade_id JOIN player p ON p.id = t.player2_id "
                            "WHERE o.ballinstance_id = $1",
                            instance.id),
                 QString::number(receiver));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const QString problem = m_fx.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        if (!m_fx.database)
            QSKIP("no database");
        const QString problem = m_fx.startRouter();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_fx.stopRouter(); }

    void commandDeclaration()
    {
        const CommandSpec *group = m_fx.tree->command(QStringLiteral("testballs"));
        QVERIFY(group);
        const CommandSpec *give = group->find({QStringLiteral("give")});
        QVERIFY(give);
        QStringList names;
        for (const OptionSpec &option : give->options())
            names.append(option.name());
        QCOMPARE(names,
                 (QStringList {QStringLiteral("user"), QStringLiteral("countryball"),
                               QStringLiteral("special")}));
        QVERIFY(give->findOption(QStringLiteral("user"))->isRequired());
        QVERIFY(give->findOption(QStringLiteral("countryball"))->isRequired());
        QVERIFY(give->findOption(QStringLiteral("countryball"))->hasAutocomplete());
        QVERIFY(give->findOption(QStringLiteral("countryball"))->maxLengthLimit());
        QVERIFY(!give->findOption(QStringLiteral("special"))->isRequired());
        QVERIFY(give->findOption(QStringLiteral("special"))->hasAutocomplete());
        QVERIFY(!give->cooldownWindow());
    }

    void immediateGive_data()
    {
        QTest::addColumn<Snowflake>("receiver");
        QTest::addColumn<bool>("pinged");
        QTest::newRow("accepting") << Snowflake(DonationFixture::Accepting) << true;
        QTest::newRow("mentions denied") << Snowflake(DonationFixture::Quiet) << false;
        QTest::newRow("never played") << Snowflake(DonationFixture::Newcomer) << true;
        QTest::newRow("friends only, giver asked")
            << Snowflake(DonationFixture::FriendAsked) << true;
        QTest::newRow("friends only, they asked")
            << Snowflake(DonationFixture::FriendAsking) << true;
        QTest::newRow("blocked by the giver") << Snowflake(DonationFixture::Blocked) << true;
    }

    void immediateGive()
    {
        QFETCH(Snowflake, receiver);
        QFETCH(bool, pinged);
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        const RecordedCall call = m_fx.give(receiver, DonationFixture::hex(instance));
        QCOMPARE(call.flags() & Ephemeral, 0);
        QCOMPARE(call.content(),
                 QStringLiteral("You just gave the testball %1 (`+5%/-3%`) to %2!")
                     .arg(label(instance), mention(receiver)));
        QCOMPARE(DonationFixture::pingedUsers(call),
                 pinged ? QJsonArray {QString::number(receiver)} : QJsonArray());
        verifyGiven(instance, receiver);
    }

    void specialIsNamed()
    {
        const domain::BallInstance instance
            = m_fx.instance(m_fx.france, 0, false, true, m_fx.shiny.id);
        const RecordedCall call
            = m_fx.give(DonationFixture::Accepting, DonationFixture::hex(instance));
        QCOMPARE(call.content(),
                 QStringLiteral("You just gave the testball <:_:%1> ✨ %2 France (`+5%/-3%`) to "
                                "%3!")
                     .arg(QString::number(EmojiId), domain::displayId(instance.id),
                          mention(DonationFixture::Accepting)));
        verifyGiven(instance, DonationFixture::Accepting);
    }

    void refusals_data()
    {
        QTest::addColumn<Snowflake>("receiver");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        const auto row
            = [](const char *name, Snowflake receiver, const char *kind, const QString &expected) {
                  QTest::newRow(name) << receiver << QString::fromLatin1(kind) << expected;
              };
        row("self", GiverId, "plain", QStringLiteral("You cannot give a testball to yourself."));
        row("bot", BotUserId, "plain", QStringLiteral("You cannot donate to bots."));
        row("deny all", DonationFixture::Denying, "plain",
            QStringLiteral("This player does not accept donations. You can use trades instead."));
        row("friends only", DonationFixture::FriendsOnly, "plain",
            QStringLiteral("This player only accepts donations from friends, use trades instead."));
        row("blocked", DonationFixture::Blocker, "plain",
            QStringLiteral("You cannot interact with a user that has blocked you."));
        row("blacklisted", DonationFixture::Blacklisted, "plain",
            QStringLiteral("You cannot donate to a blacklisted user."));
        const QString untradeable = QStringLiteral("You cannot donate this testball.");
        row("instance not tradeable", DonationFixture::Accepting, "instance", untradeable);
        row("ball not tradeable", DonationFixture::Accepting, "ball", untradeable);
        row("special not tradeable", DonationFixture::Accepting, "special", untradeable);
        row("locked", DonationFixture::Accepting, "locked",
            QStringLiteral("This testball is currently locked for a trade. Please try again "
                           "later."));
    }

    void refusals()
    {
        QFETCH(Snowflake, receiver);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        domain::BallInstance instance;
        if (kind == QLatin1String("instance"))
            instance = m_fx.instance(m_fx.france, 0, false, false);
        else if (kind == QLatin1String("ball"))
            instance = m_fx.instance(m_fx.spain);
        else if (kind == QLatin1String("special"))
            instance = m_fx.instance(m_fx.france, 0, false, true, m_fx.bound.id);
        else
            instance = m_fx.instance(m_fx.france);
        const bool locked = kind == QLatin1String("locked");
        if (locked)
            QVERIFY(m_fx.database->transactSync([&](storage::Transaction &tx) {
                tx.exec("UPDATE ballinstance SET locked = now() - interval '29 minutes' "
                        "WHERE id = $1",
                        instance.id);
            }));
        const RecordedCall call = m_fx.give(receiver, DonationFixture::hex(instance));
        QCOMPARE(call.content(), expected);
        QCOMPARE(call.flags() & Ephemeral, Ephemeral);
        // Someone else's lock stays; ours is released.
        verifyUntouched(instance, locked);
    }

    void expiredLockDoesNotBlock()
    {
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        QVERIFY(m_fx.database->transactSync([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET locked = now() - interval '31 minutes' WHERE id = $1",
                    instance.id);
        }));
        const RecordedCall call
            = m_fx.give(DonationFixture::Accepting, DonationFixture::hex(instance));
        QVERIFY2(call.content().startsWith(QStringLiteral("You just gave")),
                 qPrintable(call.content()));
        verifyGiven(instance, DonationFixture::Accepting);
    }

    void anotherPlayersInstance()
    {
        const domain::BallInstance theirs = m_fx.instance(m_fx.france, m_fx.other);
        const RecordedCall call
            = m_fx.give(DonationFixture::Accepting, DonationFixture::hex(theirs));
        QCOMPARE(call.flags() & Ephemeral, Ephemeral);
        QCOMPARE(call.content(),
                 QStringLiteral("The testball %1 doesn't belong to you.")
                     .arg(domain::displayId(theirs.id)));
        QCOMPARE(m_fx.ownerOf(theirs.id), QString::number(OtherUserId));
        QVERIFY(!m_fx.isLocked(theirs.id));
        QCOMPARE(m_fx.tradesOf(theirs.id), 0);
    }

    void autocompleteOffersOnlyUnlockedInstances()
    {
        const domain::BallInstance free = m_fx.instance(m_fx.france);
        const domain::BallInstance locked = m_fx.instance(m_fx.france);
        QVERIFY(m_fx.database->transactSync([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET locked = now() WHERE id = $1", locked.id);
        }));
        const auto offered = [&](const domain::BallInstance &instance) {
            const qsizetype before = m_fx.transport->calls.size();
            const QJsonArray options {option(QStringLiteral("countryball"), OptionType::String,
                                             DonationFixture::hex(instance), true)};
            m_fx.router->handle(commandPayload(
                m_fx.clock->now(), QStringLiteral("testballs"),
                QJsonArray {nested(QStringLiteral("give"), OptionType::SubCommand, options)},
                GiverId, InteractionType::Autocomplete, ++m_fx.sequence));
            if (!QTest::qWaitFor([&] { return m_fx.transport->calls.size() > before; }, 20000))
                return false;
            const RecordedCall call = m_fx.transport->calls.last();
            for (const QJsonValue &choice : call.data.value(QLatin1String("choices")).toArray())
                if (choice.toObject().value(QLatin1String("value")).toString()
                    == DonationFixture::hex(instance))
                    return true;
            return false;
        };
        QVERIFY(offered(free));
        QVERIFY(!offered(locked));
    }

    void overlongOptionIsRefused()
    {
        const RecordedCall call
            = m_fx.give(DonationFixture::Accepting, QString(500, QLatin1Char('A')));
        QCOMPARE(call.content(), InteractionRouter::BadArgumentsMessage);
        QCOMPARE(call.flags() & Ephemeral, Ephemeral);
    }

    void favoriteNeedsConfirmation_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("yes") << QStringLiteral("yes");
        QTest::newRow("no") << QStringLiteral("no");
        QTest::newRow("timeout") << QString();
    }

    void favoriteNeedsConfirmation()
    {
        QFETCH(QString, answer);
        const domain::BallInstance instance = m_fx.instance(m_fx.france, 0, true);
        const RecordedCall prompt
            = m_fx.give(DonationFixture::Accepting, DonationFixture::hex(instance));
        QCOMPARE(prompt.content(),
                 QStringLiteral("This testball is a favorite, are you sure you want to donate "
                                "it?"));
        QCOMPARE(prompt.flags() & Ephemeral, Ephemeral);
        QVERIFY(m_fx.isLocked(instance.id)); // nothing can trade it while the giver decides

        if (answer.isEmpty()) {
            m_fx.scheduler->advance(91'000);
            QTRY_VERIFY_WITH_TIMEOUT(!m_fx.isLocked(instance.id), 20000);
            verifyUntouched(instance);
            return;
        }
        const qsizetype before = m_fx.transport->calls.size();
        const RecordedCall clicked = m_fx.click(prompt.data, answer, GiverId);
        QCOMPARE(clicked.type, 7);
        if (answer == QLatin1String("no")) {
            QVERIFY(clicked.content().endsWith(QStringLiteral("This request has been cancelled.")));
            QTRY_VERIFY_WITH_TIMEOUT(!m_fx.isLocked(instance.id), 20000);
            verifyUntouched(instance);
            return;
        }
        QVERIFY(m_fx.waitForAnswers(before, 2));
        const RecordedCall done = m_fx.lastAnswer();
        QCOMPARE(done.kind, RecordedCall::Kind::Followup);
        QCOMPARE(done.flags() & Ephemeral, 0);
        QCOMPARE(done.content(),
                 QStringLiteral("%1, you just gave the testball %2 (`+5%/-3%`) to %3!")
                     .arg(mention(GiverId), label(instance), mention(DonationFixture::Accepting)));
        verifyGiven(instance, DonationFixture::Accepting);
    }

    void favoriteThenRefused()
    {
        const domain::BallInstance instance = m_fx.instance(m_fx.france, 0, true);
        const RecordedCall prompt
            = m_fx.give(DonationFixture::Denying, DonationFixture::hex(instance));
        const qsizetype before = m_fx.transport->calls.size();
        m_fx.click(prompt.data, QStringLiteral("yes"), GiverId);
        QVERIFY(m_fx.waitForAnswers(before, 2));
        const RecordedCall refusal = m_fx.lastAnswer();
        QCOMPARE(refusal.kind, RecordedCall::Kind::Followup);
        QCOMPARE(refusal.flags() & Ephemeral, Ephemeral);
        QVERIFY(refusal.content().startsWith(QStringLiteral("This player does not accept")));
        verifyUntouched(instance);
        QCOMPARE(m_fx.value("SELECT favorite FROM ballinstance WHERE id = $1", instance.id),
                 QStringLiteral("t"));
    }

    void approval_data()
    {
        QTest::addColumn<Snowflake>("receiver");
        QTest::addColumn<QString>("answer");
        QTest::newRow("accept") << Snowflake(DonationFixture::Approver) << QStringLiteral("accept");
        QTest::newRow("deny") << Snowflake(DonationFixture::Approver) << QStringLiteral("deny");
        QTest::newRow("timeout") << Snowflake(DonationFixture::Approver) << QString();
        QTest::newRow("accept, no ping")
            << Snowflake(DonationFixture::QuietApprover) << QStringLiteral("accept");
    }

    void approval()
    {
        QFETCH(Snowflake, receiver);
        QFETCH(QString, answer);
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        const RecordedCall request = m_fx.give(receiver, DonationFixture::hex(instance));
        const QString text
            = QStringLiteral("Hey %1, PLAYER wants to give you %2 ATK:+5% HP:-3%!\nDo you accept "
                             "this donation?")
                  .arg(mention(receiver), label(instance));
        QCOMPARE(request.content(), text);
        QCOMPARE(request.flags() & Ephemeral, 0);
        QCOMPARE(DonationFixture::pingedUsers(request),
                 receiver == DonationFixture::Approver ? QJsonArray {QString::number(receiver)}
                                                       : QJsonArray());
        QVERIFY(m_fx.isLocked(instance.id));

        // Only the receiver may answer, the giver included.
        for (const Snowflake intruder : {GiverId, OtherUserId}) {
            const RecordedCall refused
                = m_fx.click(request.data, QStringLiteral("accept"), intruder);
            QCOMPARE(refused.content(),
                     QStringLiteral("You are not allowed to interact with this menu."));
            QCOMPARE(refused.flags() & Ephemeral, Ephemeral);
        }
        QCOMPARE(m_fx.ownerOf(instance.id), QString::number(GiverId));

        if (answer.isEmpty()) {
            const qsizetype before = m_fx.transport->calls.size();
            m_fx.scheduler->advance(121'000);
            QVERIFY(m_fx.waitForAnswers(before));
            QVERIFY(DonationFixture::allDisabled(m_fx.lastAnswer().data));
            QTRY_VERIFY_WITH_TIMEOUT(!m_fx.isLocked(instance.id), 20000);
            verifyUntouched(instance);
            return;
        }
        const RecordedCall decided = m_fx.click(request.data, answer, receiver);
        QCOMPARE(decided.type, 7);
        QVERIFY(DonationFixture::allDisabled(decided.data));
        if (answer == QLatin1String("deny")) {
            QCOMPARE(decided.content(), text + QStringLiteral("\n❌ The donation was denied."));
            QTRY_VERIFY_WITH_TIMEOUT(!m_fx.isLocked(instance.id), 20000);
            verifyUntouched(instance);
        } else {
            QCOMPARE(decided.content(), text + QStringLiteral("\n✅ The donation was accepted!"));
            verifyGiven(instance, receiver);
        }
        const RecordedCall again = m_fx.click(request.data, QStringLiteral("accept"), receiver);
        QCOMPARE(again.content(), QStringLiteral("You already made a choice."));
        QCOMPARE(m_fx.tradesOf(instance.id), answer == QLatin1String("deny") ? 0 : 1);
    }

    void approvalAfterTheGiverTradedItAway()
    {
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        const RecordedCall request
            = m_fx.give(DonationFixture::Approver, DonationFixture::hex(instance));
        QVERIFY(m_fx.isLocked(instance.id));
        // Meanwhile the instance changed hands by other means (an admin transfer).
        QVERIFY(await(storage::InstanceRepository(*m_fx.database)
                          .transfer({instance.id}, m_fx.giver, m_fx.other)));
        const RecordedCall decided
            = m_fx.click(request.data, QStringLiteral("accept"), DonationFixture::Approver);
        QVERIFY2(decided.content().endsWith(QStringLiteral("this item is no longer available.")),
                 qPrintable(decided.content()));
        QCOMPARE(m_fx.ownerOf(instance.id), QString::number(OtherUserId));
        QCOMPARE(m_fx.tradesOf(instance.id), 1);
    }

    void concurrentGivesOfOneInstance()
    {
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        const qsizetype before = m_fx.transport->calls.size();
        m_fx.clock->advance(1000);
        m_fx.router->handle(
            m_fx.givePayload(DonationFixture::Accepting, DonationFixture::hex(instance)));
        m_fx.router->handle(
            m_fx.givePayload(DonationFixture::Second, DonationFixture::hex(instance)));
        QVERIFY(m_fx.waitForAnswers(before, 2));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.router->inFlight(), 0, 20000);
        QStringList contents;
        for (qsizetype i = before; i < m_fx.transport->calls.size(); ++i)
            contents.append(m_fx.transport->calls.at(i).content());
        const auto successes
            = std::count_if(contents.cbegin(), contents.cend(), [](const QString &content) {
                  return content.startsWith(QStringLiteral("You just gave"));
              });
        QCOMPARE(successes, 1);
        // The loser is refused however far the winner got: its lock, its finished transfer
        // (the instance now belongs to the receiver), or the ownership check before the lock.
        const QStringList refusals {
            QStringLiteral(
                "This testball is currently locked for a trade. Please try again later."),
            QStringLiteral("This testball is no longer yours."),
            QStringLiteral("The testball %1 doesn't belong to you.")
                .arg(domain::displayId(instance.id))};
        const auto refused = std::count_if(
            contents.cbegin(), contents.cend(),
            [&refusals](const QString &content) { return refusals.contains(content); });
        QVERIFY2(refused == 1, qPrintable(contents.join(QLatin1Char('|'))));
        QCOMPARE(m_fx.tradesOf(instance.id), 1);
        const QString owner = m_fx.ownerOf(instance.id);
        QVERIFY(owner == QString::number(DonationFixture::Accepting)
                || owner == QString::number(DonationFixture::Second));
        QVERIFY(!m_fx.isLocked(instance.id));
    }

    void repositoryLocksOnceAndTransfersOnce()
    {
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        storage::DonationRepository donations(*m_fx.database);
        QFutureSynchronizer<Result<storage::LockAttempt, storage::StorageError>> locks;
        for (int i = 0; i < 4; ++i)
            locks.addFuture(donations.lock(instance.id, m_fx.giver));
        locks.waitForFinished();
        std::optional<storage::DonationLock> held;
        int lockedCount = 0;
        for (const auto &future : locks.futures()) {
            const auto attempt = future.result();
            QVERIFY(attempt);
            if (attempt->outcome == storage::LockOutcome::Locked) {
                ++lockedCount;
                held = attempt->lock;
            } else {
                QCOMPARE(attempt->outcome, storage::LockOutcome::AlreadyLocked);
            }
        }
        QCOMPARE(lockedCount, 1);
        QVERIFY(held);

        QFutureSynchronizer<Result<storage::DonationReceipt, storage::StorageError>> transfers;
        transfers.addFuture(donations.transfer(*held, m_fx.giver, DonationFixture::Accepting));
        transfers.addFuture(donations.transfer(*held, m_fx.giver, DonationFixture::Second));
        transfers.waitForFinished();
        int done = 0;
        for (const auto &future : transfers.futures()) {
            const auto receipt = future.result();
            if (receipt)
                ++done;
            else
                QCOMPARE(receipt.error().kind, storage::StorageError::Kind::Conflict);
        }
        QCOMPARE(done, 1);
        QCOMPARE(m_fx.tradesOf(instance.id), 1);
        QVERIFY(!m_fx.isLocked(instance.id));

        // The lock is gone with the transfer: releasing it again touches nothing.
        const auto released = await(donations.unlock(*held));
        QVERIFY(released);
        QVERIFY(!*released);
        // A stale token never unlocks someone else's newer lock.
        const domain::BallInstance fresh = m_fx.instance(m_fx.france);
        const auto mine = await(donations.lock(fresh.id, m_fx.giver));
        QVERIFY(mine && mine->lock);
        const auto wrong = await(donations.unlock(storage::DonationLock {fresh.id, held->token}));
        QVERIFY(wrong && !*wrong);
        QVERIFY(m_fx.isLocked(fresh.id));
        const auto right = await(donations.unlock(*mine->lock));
        QVERIFY(right && *right);
        QVERIFY(!m_fx.isLocked(fresh.id));
    }

    void repositoryRefusesSelfAndForeign()
    {
        const domain::BallInstance instance = m_fx.instance(m_fx.france);
        storage::DonationRepository donations(*m_fx.database);
        const auto foreign = await(donations.lock(instance.id, m_fx.other));
        QVERIFY(foreign);
        QCOMPARE(foreign->outcome, storage::LockOutcome::NotOwned);
        const auto attempt = await(donations.lock(instance.id, m_fx.giver));
        QVERIFY(attempt && attempt->lock);
        const auto self = await(donations.transfer(*attempt->lock, m_fx.giver, GiverId));
        QVERIFY(!self);
        QCOMPARE(self.error().kind, storage::StorageError::Kind::InvalidArgument);
        verifyUntouched(instance, true);
    }
};

QTEST_GUILESS_MAIN(TestDonation)
#include "tst_donation.moc"

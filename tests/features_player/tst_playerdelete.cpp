// SPDX-License-Identifier: MIT
// /player delete: the confirmation, the cascade, and the refusal while a trade holds a lock.
#include "PlayerHarness.h"
#include "SqlSeed.h"
#include "features/player/PlayerDelete.h"
#include "schema/Migrator.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using ballsdex::testing::PlayerHarness;
using ballsdex::testing::SqlSeed;
using bot::features::PlayerDelete;
using Kind = RecordedCall::Kind;

class TestPlayerDelete final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<SqlSeed> m_sql;
    std::unique_ptr<PlayerHarness> m_player;
    domain::RowId m_me = 0;
    domain::RowId m_other = 0;
    domain::RowId m_third = 0;
    domain::RowId m_mine = 0;
    domain::RowId m_theirs = 0; ///< the other's, received from me
    domain::RowId m_ourTrade = 0;
    domain::RowId m_foreignTrade = 0;

    RecordedCall prompt() { return m_player->run({QStringLiteral("delete")}); }

    /// Clicks ✔️ or ✖️ on `prompt` and returns the last call once the handler has finished.
    RecordedCall answer(const RecordedCall &shown, bool confirm)
    {
        m_player->click(PlayerHarness::customIdEndingWith(
                            shown.data, confirm ? QStringLiteral("yes") : QStringLiteral("no")),
                        InvokerId);
        if (!QTest::qWaitFor([this] { return m_player->router.inFlight() == 0; }, 20000))
            return {};
        return m_player->transport.calls.last();
    }

    bool everythingIsThere()
    {
        return m_sql->count("player") == 3 && m_sql->count("ballinstance") == 3
            && m_sql->count("trade") == 2 && m_sql->count("tradeobject") == 2
            && m_sql->count("friendship") == 1 && m_sql->count("block") == 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_test = std::make_unique<ballsdex::testing::TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(schema::Migrator(m_test->conninfo()).migrate());
        m_database = std::make_unique<storage::Database>(
            ballsdex::testing::fastDatabaseOptions(m_test->url()));
        m_sql = std::make_unique<SqlSeed>(m_test->conninfo());
    }

    void init()
    {
        if (!m_database)
            QSKIP("no database");
        m_sql->reset();
        m_player = std::make_unique<PlayerHarness>(*m_database);
        m_me = m_sql->player(InvokerId);
        m_other = m_sql->player(OtherUserId);
        m_third = m_sql->player(PlayerHarness::ThirdUserId);
        m_sql->exec("UPDATE player SET coins = 120 WHERE id = $1", static_cast<long long>(m_me));
        const domain::RowId regime = m_sql->regime();
        const domain::RowId spain = m_sql->ball("Spain", regime);
        using Spec = SqlSeed::InstanceSpec;
        m_mine = m_sql->instance(Spec {.ball = spain, .owner = m_me});
        m_theirs = m_sql->instance(Spec {.ball = spain, .owner = m_other, .previousOwner = m_me});
        m_sql->instance(Spec {.ball = spain, .owner = m_third});
        m_ourTrade = m_sql->trade(m_me, m_other);
        m_sql->tradeObject(m_ourTrade, m_theirs, m_me);
        m_foreignTrade = m_sql->trade(m_other, m_third);
        m_sql->tradeObject(m_foreignTrade, m_theirs, m_other);
        m_sql->friendship(m_other, m_me);
        m_sql->block(m_me, m_third);
        m_sql->block(m_third, m_me);
    }

    void cleanup() { m_player.reset(); }

    void withoutPlayerThereIsNothingToDelete()
    {
        m_sql->exec("DELETE FROM player WHERE id = $1", static_cast<long long>(m_me));
        const RecordedCall call = prompt();
        QCOMPARE(call.content(), QStringLiteral("You don't have any player data to delete."));
        QCOMPARE(call.flags(), 64);
        QCOMPARE(m_sql->count("player", "discord_id = " + std::to_string(InvokerId)), 0LL);
    }

    void promptSaysWhatGoes()
    {
        const RecordedCall call = prompt();
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(),
                 QStringLiteral("Are you sure you want to delete your player data? This "
                                "permanently removes all your testballs (1), 1 trade (they also "
                                "disappear from your partners' history), 1 friend, 1 block, 120 "
                                "coins and your settings. **This cannot be undone.**"));
        QVERIFY(!PlayerHarness::customIdEndingWith(call.data, QStringLiteral("yes")).isEmpty());
        QVERIFY(everythingIsThere());
    }

    void confirmedDeletionCascades()
    {
        const RecordedCall done = answer(prompt(), true);
        QCOMPARE(done.kind, Kind::Followup);
        QCOMPARE(done.content(), PlayerDelete::DeletedMessage);
        QCOMPARE(done.flags(), 64);

        QCOMPARE(m_sql->count("player", "discord_id = " + std::to_string(InvokerId)), 0LL);
        QCOMPARE(m_sql->count("player"), 2LL);
        QCOMPARE(m_sql->count("ballinstance", "id = " + std::to_string(m_mine)), 0LL);
        // What I gave away stays with its owner, without a previous owner.
        QCOMPARE(m_sql->count("ballinstance",
                              "id = " + std::to_string(m_theirs) + " AND trade_player_id IS NULL"),
                 1LL);
        QCOMPARE(m_sql->count("trade", "id = " + std::to_string(m_ourTrade)), 0LL);
        QCOMPARE(m_sql->count("trade", "id = " + std::to_string(m_foreignTrade)), 1LL);
        QCOMPARE(m_sql->count("tradeobject"), 1LL);
        QCOMPARE(m_sql->count("friendship"), 0LL);
        QCOMPARE(m_sql->count("block"), 0LL);
    }

    void cancelledOrExpiredDeletesNothing_data()
    {
        QTest::addColumn<bool>("expire");
        QTest::newRow("cancelled") << false;
        QTest::newRow("expired") << true;
    }

    void cancelledOrExpiredDeletesNothing()
    {
        QFETCH(bool, expire);
        const RecordedCall shown = prompt();
        if (expire) {
            m_player->scheduler.advance(90'000);
            QVERIFY(QTest::qWaitFor([this] { return m_player->router.inFlight() == 0; }, 20000));
        } else {
            const RecordedCall last = answer(shown, false);
            QVERIFY2(last.content().endsWith(QLatin1String("Cancelled, nothing was deleted.")),
                     qPrintable(last.content()));
        }
        QVERIFY(everythingIsThere());
        for (const RecordedCall &call : m_player->transport.calls)
            QVERIFY(call.content() != PlayerDelete::DeletedMessage);
    }

    void lockedInstanceRefusesBeforeAsking()
    {
        m_sql->exec("UPDATE ballinstance SET locked = now() - interval '5 minutes' WHERE id = $1",
                    static_cast<long long>(m_mine));
        const RecordedCall call = prompt();
        QCOMPARE(call.content(),
                 QStringLiteral("Some of your testballs are locked in a trade or donation right "
                                "now. Finish or cancel it first, then try again."));
        QVERIFY(PlayerHarness::customIdEndingWith(call.data, QStringLiteral("yes")).isEmpty());
        QCOMPARE(m_player->views.activeCount(), 0);
        QVERIFY(everythingIsThere());
    }

    void expiredLockDoesNotHold()
    {
        m_sql->exec("UPDATE ballinstance SET locked = now() - interval '31 minutes' WHERE id = $1",
                    static_cast<long long>(m_mine));
        QCOMPARE(answer(prompt(), true).content(), PlayerDelete::DeletedMessage);
        QCOMPARE(m_sql->count("player", "discord_id = " + std::to_string(InvokerId)), 0LL);
    }

    void lockTakenDuringThePromptWins()
    {
        const RecordedCall shown = prompt();
        m_sql->exec("UPDATE ballinstance SET locked = now() WHERE id = $1",
                    static_cast<long long>(m_mine));
        const RecordedCall last = answer(shown, true);
        QCOMPARE(last.kind, Kind::Followup);
        QVERIFY2(last.content().startsWith(QLatin1String("Some of your testballs are locked")),
                 qPrintable(last.content()));
        QVERIFY(everythingIsThere());
    }
};

QTEST_GUILESS_MAIN(TestPlayerDelete)
#include "tst_playerdelete.moc"

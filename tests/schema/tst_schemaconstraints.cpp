// SPDX-License-Identifier: MIT
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QTest>

#include <memory>

using namespace ballsdex::schema;
using ballsdex::testing::TestDatabase;

namespace {

// Rows every test starts from (inside a transaction that is rolled back afterwards). Ids from 100
// up stay clear of the seed rows.
constexpr const char *kFixture = R"sql(
INSERT INTO player (id, discord_id) VALUES (100, 100000000000000001), (101, 100000000000000002),
                                           (102, 100000000000000003);
INSERT INTO regime (id, name, background) VALUES (100, 'R', 'r.png'), (101, 'Other', 'o.png');
INSERT INTO economy (id, name, icon) VALUES (100, 'E', 'e.png');
INSERT INTO special (id, name, rarity) VALUES (100, 'S', 0.5);
INSERT INTO ball (id, country, health, attack, rarity, emoji_id, wild_card, collection_card, credits,
                  capacity_name, capacity_description, regime_id, economy_id)
VALUES (100, 'France', 10, 10, 1, 1, 'w.png', 'c.png', 'me', 'cap', 'desc', 100, 100),
       (101, 'Spain', 10, 10, 1, 1, 'w.png', 'c.png', 'me', 'cap', 'desc', 101, NULL);
INSERT INTO ballinstance (id, ball_id, player_id, trade_player_id, special_id)
VALUES (100, 100, 100, NULL, 100), (101, 100, 101, 100, NULL), (102, 101, 101, NULL, NULL);
INSERT INTO trade (id, player1_id, player2_id) VALUES (100, 100, 101);
INSERT INTO tradeobject (ballinstance_id, player_id, trade_id) VALUES (101, 100, 100);
INSERT INTO friendship (player1_id, player2_id) VALUES (100, 101);
INSERT INTO block (player1_id, player2_id) VALUES (101, 102);
INSERT INTO pack (id, name, price, cards_count, special_mode, special_id)
VALUES (100, 'Starter', 50, 3, 1, NULL), (101, 'Shiny pack', 500, 1, 3, 100);
INSERT INTO player_pack (player_id, pack_id, quantity) VALUES (100, 100, 2);
INSERT INTO pack_open_history (id, player_id, pack_id, pack_name) VALUES (100, 101, 100, 'Starter');
INSERT INTO pack_open_item (history_id, ballinstance_id) VALUES (100, 102);
INSERT INTO bet (id, player1_id, player2_id) VALUES (100, 100, 101);
INSERT INTO bet (id, player1_id, player2_id, winner_id, ended_at) VALUES (101, 100, 101, 100, now());
INSERT INTO bet_stake (bet_id, player_id, ballinstance_id) VALUES (100, 100, 100);
INSERT INTO bet_history (bet_id, player_id, opponent_id, outcome) VALUES (101, 101, 100, 2);
INSERT INTO blacklistedid (discord_id) VALUES (200000000000000001);
)sql";

} // namespace

class TestSchemaConstraints final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<pqxx::work> m_tx;

    long long count(const std::string &sql) { return m_tx->exec1(sql)[0].as<long long>(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        if (!m_db->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const auto report = Migrator(m_db->conninfo()).migrate();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        m_connection = std::make_unique<pqxx::connection>(m_db->conninfo().toStdString());
    }

    void init()
    {
        m_tx = std::make_unique<pqxx::work>(*m_connection);
        m_tx->exec(kFixture);
    }

    void cleanup()
    {
        if (m_tx)
            m_tx->abort();
        m_tx.reset();
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void seedDataIsPresentAndIdempotent()
    {
        QCOMPARE(count("SELECT count(*) FROM economy WHERE name IN ('Capitalist', 'Communist')"),
                 2);
        QCOMPARE(count("SELECT count(*) FROM regime WHERE name IN ('Democracy', 'Dictatorship', "
                       "'Union')"),
                 3);
        const auto shiny = m_tx->exec1(
            "SELECT rarity, emoji, background, catch_phrase FROM special WHERE name = 'Shiny'");
        QCOMPARE(shiny[0].as<double>(), 1.0 / 2048);
        QCOMPARE(QString::fromStdString(shiny[1].as<std::string>()), QStringLiteral("\u2728"));
        QCOMPARE(QString::fromStdString(shiny[2].as<std::string>()), QStringLiteral("shiny.png"));
        QVERIFY(
            QString::fromStdString(shiny[3].as<std::string>()).contains(QLatin1String("shiny")));

        const QList<Migration> migrations = Migrator::embeddedMigrations();
        const auto seed
            = std::ranges::find(migrations, QStringLiteral("0004_seed.sql"), &Migration::name);
        QVERIFY(seed != migrations.end());
        m_tx->exec(seed->sql.toStdString());
        QCOMPARE(count("SELECT count(*) FROM economy WHERE name IN ('Capitalist', 'Communist')"),
                 2);
        QCOMPARE(count("SELECT count(*) FROM special WHERE name = 'Shiny'"), 1);
    }

    void defaultsLiveInTheDatabase()
    {
        const auto player = m_tx->exec1(
            "INSERT INTO player (discord_id) VALUES (300000000000000001) RETURNING coins, "
            "donation_policy, privacy_policy, mention_policy, friend_policy, "
            "trade_cooldown_policy, "
            "extra_data::text");
        QCOMPARE(player[0].as<long long>(), 0);
        QCOMPARE(player[1].as<int>(), 1);
        QCOMPARE(player[2].as<int>(), 2);
        QCOMPARE(player[3].as<int>(), 1);
        QCOMPARE(player[4].as<int>(), 1);
        QCOMPARE(player[5].as<int>(), 1);
        QCOMPARE(player[6].as<std::string>(), std::string("{}"));

        const auto instance = m_tx->exec1(
            "INSERT INTO ballinstance (ball_id, player_id) VALUES (100, 100) RETURNING "
            "catch_date IS NOT NULL, health_bonus, attack_bonus, favorite, tradeable, deleted, "
            "locked IS NULL, extra_data::text, id > 0");
        QVERIFY(instance[0].as<bool>());
        QCOMPARE(instance[1].as<int>(), 0);
        QCOMPARE(instance[2].as<int>(), 0);
        QVERIFY(!instance[3].as<bool>());
        QVERIFY(instance[4].as<bool>());
        QVERIFY(!instance[5].as<bool>());
        QVERIFY(instance[6].as<bool>());
        QCOMPARE(instance[7].as<std::string>(), std::string("{}"));

        QCOMPARE(count("SELECT quicksell_value FROM ball WHERE id = 100"), 0);
        QCOMPARE(count("SELECT count(*) FROM guildconfig"), 0);
        const auto guild
            = m_tx->exec1("INSERT INTO guildconfig (guild_id) VALUES (5) RETURNING "
                          "enabled, silent, admin_command_synced, spawn_channel IS NULL");
        QVERIFY(guild[0].as<bool>() && !guild[1].as<bool>() && !guild[2].as<bool>()
                && guild[3].as<bool>());
    }

    void idsAre64Bit()
    {
        QCOMPARE(count("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                       "'public' AND column_name = 'id' AND data_type <> 'bigint'"),
                 0);
        QCOMPARE(
            count("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                  "'public' AND column_name LIKE '%\\_id' AND data_type NOT IN ('bigint', 'text')"),
            0);
        m_tx->exec0("INSERT INTO player (id, discord_id) VALUES (9000000000000000000, 7)");
    }

    void invariantsAreEnforced_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlstate");
        const QString check = QStringLiteral("23514");
        const QString unique = QStringLiteral("23505");
        const QString foreignKey = QStringLiteral("23503");
        const auto row = [](const char *name, const char *sql, const QString &state) {
            QTest::newRow(name) << QString::fromUtf8(sql) << state;
        };
        row("negative coins", "INSERT INTO player (discord_id, coins) VALUES (9, -1)", check);
        row("overdraw", "UPDATE player SET coins = coins - 1 WHERE id = 100", check);
        row("player twice", "INSERT INTO player (discord_id) VALUES (100000000000000001)", unique);
        row("zero snowflake", "INSERT INTO player (discord_id) VALUES (0)", check);
        row("unknown privacy policy", "UPDATE player SET privacy_policy = 5 WHERE id = 100", check);
        row("guild twice", "INSERT INTO guildconfig (guild_id) VALUES (1), (1)", unique);
        row("negative ball rarity", "UPDATE ball SET rarity = -0.5 WHERE id = 100", check);
        row("NaN ball rarity", "UPDATE ball SET rarity = 'NaN' WHERE id = 100", check);
        row("negative quicksell", "UPDATE ball SET quicksell_value = -1 WHERE id = 100", check);
        row("ball name twice", "UPDATE ball SET country = 'France' WHERE id = 101", unique);
        row("ball without regime", "UPDATE ball SET regime_id = 999 WHERE id = 100", foreignKey);
        row("special rarity above one", "UPDATE special SET rarity = 1.5 WHERE id = 100", check);
        row("special ends before it starts",
            "UPDATE special SET start_date = now(), end_date = now() - interval '1 day' WHERE id = "
            "100",
            check);
        row("instance of a missing ball",
            "INSERT INTO ballinstance (ball_id, player_id) VALUES (999, 100)", foreignKey);
        row("instance of a missing player",
            "INSERT INTO ballinstance (ball_id, player_id) VALUES (100, 999)", foreignKey);
        row("bonus below -100%", "UPDATE ballinstance SET attack_bonus = -101 WHERE id = 100",
            check);
        row("extra_data not an object", "UPDATE ballinstance SET extra_data = '[]' WHERE id = 100",
            check);
        row("user blacklisted twice",
            "INSERT INTO blacklistedid (discord_id) VALUES (200000000000000001)", unique);
        row("unknown history id_type",
            "INSERT INTO blacklisthistory (discord_id, moderator_id, id_type) VALUES (1, 0, "
            "'channel')",
            check);
        row("unknown history action",
            "INSERT INTO blacklisthistory (discord_id, moderator_id, action_type) VALUES (1, 0, "
            "'ban')",
            check);
        row("negative trade money", "UPDATE trade SET player2_money = -5 WHERE id = 100", check);
        row("instance twice in a trade",
            "INSERT INTO tradeobject (ballinstance_id, player_id, trade_id) VALUES (101, 100, 100)",
            unique);
        row("friendship reversed",
            "INSERT INTO friendship (player1_id, player2_id) VALUES (101, 100)", unique);
        row("friend with oneself",
            "INSERT INTO friendship (player1_id, player2_id) VALUES (102, 102)", check);
        row("block twice", "INSERT INTO block (player1_id, player2_id) VALUES (101, 102)", unique);
        row("empty pack", "UPDATE pack SET cards_count = 0 WHERE id = 100", check);
        row("oversized pack", "UPDATE pack SET cards_count = 26 WHERE id = 100", check);
        row("negative price", "UPDATE pack SET price = -1 WHERE id = 100", check);
        row("inverted rarity range",
            "UPDATE pack SET min_rarity = 2, max_rarity = 1 WHERE id = 100", check);
        row("forced pack without special", "UPDATE pack SET special_mode = 3 WHERE id = 100",
            check);
        row("deleting a forced pack's special", "DELETE FROM special WHERE id = 100", check);
        row("zero daily limit", "UPDATE pack SET daily_limit = 0 WHERE id = 100", check);
        row("pack name twice", "UPDATE pack SET name = 'Starter' WHERE id = 101", unique);
        row("negative pack quantity", "UPDATE player_pack SET quantity = -1", check);
        row("pack inventory row twice",
            "INSERT INTO player_pack (player_id, pack_id, quantity) VALUES (100, 100, 1)", unique);
        row("bet against oneself", "INSERT INTO bet (player1_id, player2_id) VALUES (100, 100)",
            check);
        row("winner not in the bet",
            "UPDATE bet SET winner_id = 102, ended_at = now() WHERE id = 100", check);
        row("active bet with a winner", "UPDATE bet SET winner_id = 100 WHERE id = 100", check);
        row("finished bet won and cancelled", "UPDATE bet SET cancelled = true WHERE id = 101",
            check);
        row("finished bet neither won nor cancelled",
            "UPDATE bet SET winner_id = NULL WHERE id = 101", check);
        row("bet ending before it starts",
            "UPDATE bet SET ended_at = started_at - interval '1 second' WHERE id = 101", check);
        row("stake by an outsider",
            "INSERT INTO bet_stake (bet_id, player_id, ballinstance_id) VALUES (100, 102, 102)",
            check);
        row("instance staked twice",
            "INSERT INTO bet_stake (bet_id, player_id, ballinstance_id) VALUES (100, 100, 100)",
            unique);
        row("unknown bet outcome", "UPDATE bet_history SET outcome = 4", check);
        row("bet history twice",
            "INSERT INTO bet_history (bet_id, player_id, outcome) VALUES (101, 101, 1)", unique);
        row("zero coin movement",
            "INSERT INTO coin_transaction (player_id, delta, balance_after, reason) VALUES (100, "
            "0, 0, 1)",
            check);
        row("negative balance in ledger",
            "INSERT INTO coin_transaction (player_id, delta, balance_after, reason) VALUES (100, "
            "-5, -5, 1)",
            check);
        row("unknown audit source",
            "INSERT INTO audit_log (actor_source, action, target_type) VALUES ('web', 'x', 'ball')",
            check);
    }
    void invariantsAreEnforced()
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlstate);
        try {
            m_tx->exec(statement.toStdString());
            QFAIL("the statement was accepted");
        } catch (const pqxx::sql_error &error) {
            QCOMPARE(QString::fromStdString(error.sqlstate()), sqlstate);
        }
    }

    void deletingARegimeCascadesToBallsInstancesAndTradeObjects()
    {
        m_tx->exec0("DELETE FROM regime WHERE id = 100");
        QCOMPARE(count("SELECT count(*) FROM ball WHERE id = 100"), 0);
        QCOMPARE(count("SELECT count(*) FROM ballinstance WHERE ball_id = 100"), 0);
        QCOMPARE(count("SELECT count(*) FROM tradeobject WHERE trade_id = 100"), 0);
        QCOMPARE(count("SELECT count(*) FROM bet_stake WHERE bet_id = 100"), 0);
        QCOMPARE(count("SELECT count(*) FROM trade WHERE id = 100"), 1);
        QCOMPARE(count("SELECT count(*) FROM ball WHERE id = 101"), 1);
    }

    void deletingAnEconomyKeepsItsBalls()
    {
        m_tx->exec0("DELETE FROM economy WHERE id = 100");
        QCOMPARE(count("SELECT count(*) FROM ball WHERE id = 100 AND economy_id IS NULL"), 1);
    }

    void deletingASpecialStripsItFromInstances()
    {
        m_tx->exec0("DELETE FROM pack WHERE id = 101");
        m_tx->exec0("DELETE FROM special WHERE id = 100");
        QCOMPARE(count("SELECT count(*) FROM ballinstance WHERE id = 100 AND special_id IS NULL"),
                 1);
    }

    void deletingAPlayerCascades()
    {
        // Player 100 won bet 101 (the cascade must beat the SET NULL on winner_id, or
        // bet_state_check fails), owned instance 100 and gave instance 101 away in trade 100.
        m_tx->exec0("DELETE FROM player WHERE id = 100");
        QCOMPARE(count("SELECT count(*) FROM ballinstance WHERE player_id = 100"), 0);
        QCOMPARE(
            count("SELECT count(*) FROM ballinstance WHERE id = 101 AND trade_player_id IS NULL"),
            1);
        QCOMPARE(count("SELECT count(*) FROM trade"), 0);
        QCOMPARE(count("SELECT count(*) FROM tradeobject"), 0);
        QCOMPARE(count("SELECT count(*) FROM friendship"), 0);
        QCOMPARE(count("SELECT count(*) FROM bet"), 0);
        QCOMPARE(count("SELECT count(*) FROM bet_history"), 0);
        QCOMPARE(count("SELECT count(*) FROM player_pack"), 0);
        QCOMPARE(count("SELECT count(*) FROM block"), 1);
    }

    void deletingAPackKeepsItsHistory()
    {
        m_tx->exec0("DELETE FROM pack WHERE id = 100");
        QCOMPARE(count("SELECT count(*) FROM player_pack"), 0);
        QCOMPARE(count("SELECT count(*) FROM pack_open_history WHERE id = 100 AND pack_id IS NULL "
                       "AND pack_name = 'Starter'"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM pack_open_item WHERE history_id = 100"), 1);
        m_tx->exec0("DELETE FROM ballinstance WHERE id = 102");
        QCOMPARE(count("SELECT count(*) FROM pack_open_item"), 0);
    }

    void hotPathsUseTheirIndexes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("index");
        QTest::newRow("inventory by catch date")
            << QStringLiteral("SELECT id FROM ballinstance WHERE player_id = 100 AND NOT deleted "
                              "ORDER BY catch_date DESC, id DESC LIMIT 25")
            << QStringLiteral("ballinstance_player_catch_idx");
        QTest::newRow("instances of a ball")
            << QStringLiteral("SELECT count(*) FROM ballinstance WHERE ball_id = 100")
            << QStringLiteral("ballinstance_ball_id_idx");
        QTest::newRow("blacklisted user")
            << QStringLiteral("SELECT 1 FROM blacklistedid WHERE discord_id = 200000000000000001")
            << QStringLiteral("blacklistedid_discord_id_key");
        QTest::newRow("blacklisted guild")
            << QStringLiteral("SELECT 1 FROM blacklistedguild WHERE discord_id = 5")
            << QStringLiteral("blacklistedguild_discord_id_key");
        QTest::newRow("blacklist history of an id")
            << QStringLiteral(
                   "SELECT * FROM blacklisthistory WHERE discord_id = 5 ORDER BY date DESC")
            << QStringLiteral("blacklisthistory_discord_id_idx");
        QTest::newRow("friendship either way")
            << QStringLiteral("SELECT 1 FROM friendship WHERE LEAST(player1_id, player2_id) = 100 "
                              "AND GREATEST(player1_id, player2_id) = 101")
            << QStringLiteral("friendship_pair_key");
        QTest::newRow("pack daily limit")
            << QStringLiteral("SELECT count(*) FROM pack_open_history WHERE player_id = 101 AND "
                              "pack_id = 100 AND opened_at >= date_trunc('day', now())")
            << QStringLiteral("pack_open_history_daily_idx");
        QTest::newRow("audit of a target")
            << QStringLiteral("SELECT * FROM audit_log WHERE target_type = 'ball' AND target_id = "
                              "'1' ORDER BY created_at DESC LIMIT 20")
            << QStringLiteral("audit_log_target_idx");
    }
    void hotPathsUseTheirIndexes()
    {
        QFETCH(QString, query);
        QFETCH(QString, index);
        m_tx->exec0("SET LOCAL enable_seqscan = off");
        QString plan;
        for (const auto &line : m_tx->exec("EXPLAIN " + query.toStdString()))
            plan += QString::fromStdString(line[0].as<std::string>()) + QLatin1Char('\n');
        QVERIFY2(plan.contains(index), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestSchemaConstraints)
#include "tst_schemaconstraints.moc"

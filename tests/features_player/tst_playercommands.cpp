// SPDX-License-Identifier: MIT
// /player policy and info, and the apology every /player subcommand gives when the database is
// down.
#include "PlayerHarness.h"
#include "SqlSeed.h"
#include "features/common/StorageReplies.h"
#include "schema/Migrator.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QRegularExpression>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using ballsdex::testing::PlayerHarness;
using ballsdex::testing::SqlSeed;
using bot::features::PlayerCommands;

class TestPlayerCommands final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<SqlSeed> m_sql;
    std::unique_ptr<PlayerHarness> m_player;

    RecordedCall setPolicy(const QString &kind, qint64 value)
    {
        return m_player->run(
            {QStringLiteral("policy"), kind},
            QJsonArray {option(QStringLiteral("policy"), OptionType::Integer, value)});
    }

    std::optional<int> storedColumn(const std::string &column)
    {
        const pqxx::result rows
            = m_sql->exec("SELECT " + column + " FROM player WHERE discord_id = $1",
                          static_cast<long long>(InvokerId));
        if (rows.empty())
            return std::nullopt;
        return rows[0][0].as<int>();
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
    }

    void cleanup() { m_player.reset(); }

    void subcommandsAreDeclared()
    {
        const QJsonObject json = m_player->tree.command(QStringLiteral("player"))->toJson();
        QStringList names;
        for (const QJsonValue &sub : json.value(QLatin1String("options")).toArray())
            names.append(sub[QLatin1String("name")].toString());
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("block"), QStringLiteral("delete"),
                               QStringLiteral("export"), QStringLiteral("friend"),
                               QStringLiteral("info"), QStringLiteral("policy")}));
    }

    void choicesListThePolicies()
    {
        const QJsonObject json = m_player->tree.command(QStringLiteral("player"))->toJson();
        QJsonObject privacy;
        for (const QJsonValue &group : json.value(QLatin1String("options")).toArray()) {
            if (group[QLatin1String("name")].toString() != QLatin1String("policy"))
                continue;
            const QJsonArray subs = group[QLatin1String("options")].toArray();
            QCOMPARE(subs.size(), 5);
            for (const QJsonValue &sub : subs) {
                if (sub[QLatin1String("name")].toString() == QLatin1String("privacy"))
                    privacy = sub.toObject();
            }
        }
        const QJsonArray choices = privacy.value(QLatin1String("options"))
                                       .toArray()
                                       .first()[QLatin1String("choices")]
                                       .toArray();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.at(0)[QLatin1String("name")].toString(), QStringLiteral("Open Inventory"));
        QCOMPARE(choices.at(0)[QLatin1String("value")].toInt(), 1);
        QCOMPARE(choices.at(2)[QLatin1String("value")].toInt(), 4);
    }

    void infoWithoutPlayer()
    {
        const RecordedCall call = m_player->run({QStringLiteral("info")});
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), QStringLiteral("You haven't got any info to show!"));
        QCOMPARE(m_sql->count("player"), 0LL);
    }

    void policyIsStored_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("reply");
        QTest::newRow("privacy open")
            << QStringLiteral("privacy") << QStringLiteral("privacy_policy") << 1
            << QStringLiteral("privacy policy has been set to **ALLOW**");
        QTest::newRow("privacy friends")
            << QStringLiteral("privacy") << QStringLiteral("privacy_policy") << 4
            << QStringLiteral("privacy policy has been set to **FRIENDS**");
        QTest::newRow("donation approval")
            << QStringLiteral("donation") << QStringLiteral("donation_policy") << 2
            << QStringLiteral("approve donation requests manually");
        QTest::newRow("donation friends")
            << QStringLiteral("donation") << QStringLiteral("donation_policy") << 4
            << QStringLiteral("only receive donated testballs from players you have added");
        QTest::newRow("mention deny")
            << QStringLiteral("mention") << QStringLiteral("mention_policy") << 2
            << QStringLiteral("mention policy has been set to **deny**");
        QTest::newRow("friends deny")
            << QStringLiteral("friends") << QStringLiteral("friend_policy") << 2
            << QStringLiteral("friend request policy has been set to **deny**");
        QTest::newRow("trade cooldown bypass")
            << QStringLiteral("trade_cooldown") << QStringLiteral("trade_cooldown_policy") << 2
            << QStringLiteral("cooldown policy has been set to **bypass**");
    }

    void policyIsStored()
    {
        QFETCH(QString, kind);
        QFETCH(QString, column);
        QFETCH(int, value);
        QFETCH(QString, reply);
        const RecordedCall call = setPolicy(kind, value);
        QCOMPARE(call.flags(), 64);
        QVERIFY2(call.content().contains(reply), qPrintable(call.content()));
        QCOMPARE(storedColumn(column.toStdString()), std::optional<int>(value));
    }

    void invalidChoiceIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("value");
        QTest::newRow("privacy same server") << QStringLiteral("privacy") << 3;
        QTest::newRow("mention 9") << QStringLiteral("mention") << 9;
        QTest::newRow("donation 0") << QStringLiteral("donation") << 0;
    }

    void invalidChoiceIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, value);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad arguments")));
        const RecordedCall call = setPolicy(kind, value);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), InteractionRouter::BadArgumentsMessage);
        QCOMPARE(m_sql->count("player"), 0LL);
    }

    void infoShowsPoliciesAndStatistics()
    {
        QVERIFY(setPolicy(QStringLiteral("privacy"), 4).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("donation"), 3).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("friends"), 2).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("trade_cooldown"), 2).flags() == 64);

        const domain::RowId me = m_sql->player(InvokerId);
        const domain::RowId other = m_sql->player(OtherUserId);
        const domain::RowId third = m_sql->player(PlayerHarness::ThirdUserId);
        const domain::RowId fourth = m_sql->player(1400000000000000004LL);
        const domain::RowId regime = m_sql->regime();
        const domain::RowId france = m_sql->ball("France", regime);
        const domain::RowId spain = m_sql->ball("Spain", regime);
        m_sql->ball("Italy", regime);
        m_sql->ball("Chile", regime);
        const domain::RowId retired = m_sql->ball("Retired", regime, false);
        const domain::RowId shiny = m_sql->special("Shiny");
        using Spec = SqlSeed::InstanceSpec;
        m_sql->instance(Spec {.ball = france, .owner = me});
        const domain::RowId received
            = m_sql->instance(Spec {.ball = france, .owner = me, .previousOwner = other});
        m_sql->instance(Spec {.ball = spain, .owner = me, .special = shiny});
        m_sql->instance(Spec {.ball = retired, .owner = me});
        m_sql->instance(Spec {.ball = spain, .owner = me, .deleted = true});
        m_sql->instance(Spec {.ball = spain, .owner = other});
        m_sql->friendship(me, other);
        m_sql->friendship(third, me);
        m_sql->block(me, fourth);
        m_sql->block(fourth, me);
        m_sql->tradeObject(m_sql->trade(other, me), received, other);
        m_sql->trade(me, other);
        m_sql->trade(third, me);

        const RecordedCall call = m_player->run({QStringLiteral("info")});
        QCOMPARE(call.flags(), 64);
        const QJsonObject embed = PlayerHarness::firstEmbed(call);
        QCOMPARE(embed.value(QLatin1String("title")).toString(),
                 QStringLiteral("**PLAYER's TestDex Info**"));
        const QString description = embed.value(QLatin1String("description")).toString();
        for (const char *expected :
             {"**Privacy Policy:** Friends", "**Donation Policy:** Deny all",
              "**Mention Policy:** Allow all", "**Friend Policy:** Deny all",
              "**Trade Cooldown Policy:** Bypass acceptance cooldown", "**Friends:** 2\n",
              "**Blocked Users:** 1\n", "**Completion:** 50.0%\n", "**Testballs Owned:** 4\n",
              "**Caught Testballs:** 3\n", "**Special Testballs:** 1\n",
              "**Trades Completed:** 3\n", "**Trade Partners:** 2\n", "**Coins:** 0"}) {
            QVERIFY2(description.contains(QLatin1String(expected)),
                     qPrintable(QStringLiteral("%1 missing in:\n%2")
                                    .arg(QLatin1String(expected), description)));
        }
    }

    void storageOutageGetsTheApology_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<bool>("withUser");
        QTest::addColumn<QJsonArray>("options");
        QTest::newRow("policy") << QStringList {QStringLiteral("policy"), QStringLiteral("mention")}
                                << false
                                << QJsonArray {
                                       option(QStringLiteral("policy"), OptionType::Integer, 2)};
        QTest::newRow("info") << QStringList {QStringLiteral("info")} << false << QJsonArray {};
        QTest::newRow("friend add") << QStringList {QStringLiteral("friend"), QStringLiteral("add")}
                                    << true << QJsonArray {};
        QTest::newRow("friend remove")
            << QStringList {QStringLiteral("friend"), QStringLiteral("remove")} << true
            << QJsonArray {};
        QTest::newRow("friend list")
            << QStringList {QStringLiteral("friend"), QStringLiteral("list")} << false
            << QJsonArray {};
        QTest::newRow("block add") << QStringList {QStringLiteral("block"), QStringLiteral("add")}
                                   << true << QJsonArray {};
        QTest::newRow("block list") << QStringList {QStringLiteral("block"), QStringLiteral("list")}
                                    << false << QJsonArray {};
        QTest::newRow("export") << QStringList {QStringLiteral("export")} << false
                                << QJsonArray {option(QStringLiteral("type"), OptionType::String,
                                                      QStringLiteral("all"))};
        QTest::newRow("delete") << QStringList {QStringLiteral("delete")} << false << QJsonArray {};
    }

    void storageOutageGetsTheApology()
    {
        QFETCH(QStringList, path);
        QFETCH(bool, withUser);
        QFETCH(QJsonArray, options);
        m_player.reset();
        storage::Database broken(ballsdex::testing::fastDatabaseOptions(
            QStringLiteral("host=/nonexistent-ballsdex port=1 dbname=none")));
        {
            PlayerHarness player(broken);
            player.addUser(OtherUserId, QStringLiteral("other"));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("storage error")));
            const RecordedCall call
                = withUser ? player.runOnUser(path, OtherUserId) : player.run(path, options);
            QCOMPARE(call.content(), bot::features::databaseUnavailableMessage());
            for (const RecordedCall &answer : player.transport.ofKind(RecordedCall::Kind::Callback))
                QCOMPARE(answer.flags() & 64, 64);
            QVERIFY(player.directMessages.sent.isEmpty());
            QCOMPARE(player.views.activeCount(), 0);
        }
        QCOMPARE(m_sql->count("player"), 0LL);
    }
};

QTEST_GUILESS_MAIN(TestPlayerCommands)
#include "tst_playercommands.moc"

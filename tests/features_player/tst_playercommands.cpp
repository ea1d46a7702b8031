// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/player/PlayerCommands.h"
#include "interactions/InteractionRouter.h"
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "storage/PlayerRepository.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QCoroFuture>
#include <QCoroTask>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using bot::features::PlayerCommands;
using bot::features::PlayerWording;

namespace {

using ballsdex::testing::await;

QJsonObject policyPayload(const QDateTime &now, const QString &kind, qint64 value, int sequence)
{
    const QJsonArray leaf {option(QStringLiteral("policy"), OptionType::Integer, value)};
    const QJsonArray group {nested(QStringLiteral("policy"), OptionType::SubCommandGroup,
                                   QJsonArray {nested(kind, OptionType::SubCommand, leaf)})};
    return commandPayload(now, QStringLiteral("player"), group, InvokerId,
                          InteractionType::ApplicationCommand, sequence);
}

QJsonObject infoPayload(const QDateTime &now, int sequence)
{
    const QJsonArray sub {nested(QStringLiteral("info"), OptionType::SubCommand, {})};
    return commandPayload(now, QStringLiteral("player"), sub, InvokerId,
                          InteractionType::ApplicationCommand, sequence);
}

} // namespace

class TestPlayerCommands final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<InteractionRouter> m_router;
    int m_sequence = 0;

    void buildRouter(storage::Database &database)
    {
        m_tree = std::make_unique<CommandTree>();
        m_transport = std::make_unique<RecordingTransport>();
        m_clock = std::make_unique<FakeClock>();
        m_scheduler = std::make_unique<FakeScheduler>(*m_clock);
        const PlayerCommands commands(
            PlayerWording {QStringLiteral("TestDex"), QStringLiteral("testballs")}, database);
        const auto added = commands.registerInto(*m_tree);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        m_router
            = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
    }

    RecordedCall run(const QJsonObject &payload)
    {
        const qsizetype before = m_transport->calls.size();
        m_router->handle(payload);
        if (!QTest::qWaitFor([&] { return m_transport->calls.size() > before; }, 10000))
            return {};
        return m_transport->calls.last();
    }

    RecordedCall setPolicy(const QString &kind, qint64 value)
    {
        return run(policyPayload(m_clock->now(), kind, value, ++m_sequence));
    }

    /// The raw smallint of `column` in the invoker's player row, read with SQL.
    std::optional<int> storedColumn(const QString &column)
    {
        pqxx::connection connection(m_test->conninfo().toStdString());
        pqxx::work work(connection);
        const pqxx::result rows = work.exec_params("SELECT " + work.quote_name(column.toStdString())
                                                       + " FROM player WHERE discord_id = $1",
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
    }

    void init() { buildRouter(*m_database); }

    void choicesListThePolicies()
    {
        const QJsonObject json = m_tree->command(QStringLiteral("player"))->toJson();
        const QJsonArray groups = json.value(QLatin1String("options")).toArray();
        QJsonObject privacy;
        for (const QJsonValue &group : groups) {
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
        const RecordedCall call = run(infoPayload(m_clock->now(), ++m_sequence));
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), QStringLiteral("You haven't got any info to show!"));
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
        QCOMPARE(storedColumn(column), std::optional<int>(value));
    }

    void infoShowsTheValues()
    {
        QVERIFY(setPolicy(QStringLiteral("privacy"), 4).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("donation"), 3).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("mention"), 1).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("friends"), 2).flags() == 64);
        QVERIFY(setPolicy(QStringLiteral("trade_cooldown"), 2).flags() == 64);

        const RecordedCall call = run(infoPayload(m_clock->now(), ++m_sequence));
        QCOMPARE(call.flags(), 64);
        const QJsonObject embed
            = call.data.value(QLatin1String("embeds")).toArray().first().toObject();
        QCOMPARE(embed.value(QLatin1String("title")).toString(),
                 QStringLiteral("**PLAYER's TestDex Info**"));
        const QString description = embed.value(QLatin1String("description")).toString();
        for (const char *expected : {"**Privacy Policy:** Friends", "**Donation Policy:** Deny all",
                                     "**Mention Policy:** Allow all", "**Friend Policy:** Deny all",
                                     "**Trade Cooldown Policy:** Bypass acceptance cooldown",
                                     "**Testballs Owned:** 0", "**Coins:** 0"}) {
            QVERIFY2(description.contains(QLatin1String(expected)), qPrintable(description));
        }
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
        const std::optional<int> before = storedColumn(QStringLiteral("privacy_policy"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad arguments")));
        const RecordedCall call = setPolicy(kind, value);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), InteractionRouter::BadArgumentsMessage);
        QCOMPARE(storedColumn(QStringLiteral("privacy_policy")), before);
    }

    void storageOutageGetsTheApology_data()
    {
        QTest::addColumn<bool>("info");
        QTest::newRow("policy") << false;
        QTest::newRow("info") << true;
    }

    void storageOutageGetsTheApology()
    {
        QFETCH(bool, info);
        storage::Database broken(ballsdex::testing::fastDatabaseOptions(
            QStringLiteral("host=/nonexistent-ballsdex port=1 dbname=none")));
        buildRouter(broken);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("storage error")));
        const RecordedCall call = info ? run(infoPayload(m_clock->now(), ++m_sequence))
                                       : setPolicy(QStringLiteral("mention"), 2);
        QCOMPARE(call.content(), PlayerCommands::databaseUnavailableMessage());
        QCOMPARE(call.flags(), 64);
        m_router.reset();
    }
};

QTEST_GUILESS_MAIN(TestPlayerCommands)
#include "tst_playercommands.moc"

// SPDX-License-Identifier: MIT
// /player export: the CSV files, the archive, the DM and its failure paths.
#include "PlayerHarness.h"
#include "SqlSeed.h"
#include "ZipReading.h"
#include "features/player/PlayerExport.h"
#include "schema/Migrator.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using ballsdex::testing::PlayerHarness;
using ballsdex::testing::SqlSeed;
using bot::features::DirectMessageResult;
using bot::features::PlayerExport;
using Kind = RecordedCall::Kind;

namespace {

QJsonArray typeOption(const QString &type)
{
    return QJsonArray {option(QStringLiteral("type"), OptionType::String, type)};
}

} // namespace

class TestPlayerExport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<SqlSeed> m_sql;
    std::unique_ptr<PlayerHarness> m_player;
    domain::RowId m_me = 0;
    domain::RowId m_other = 0;
    domain::RowId m_ivory = 0;
    domain::RowId m_spain = 0;

    RecordedCall exportData(const QString &type)
    {
        return m_player->run({QStringLiteral("export")}, typeOption(type));
    }

    /// The archive of the one DM sent, read back.
    QMap<QString, QByteArray> sentFiles()
    {
        if (m_player->directMessages.sent.size() != 1)
            return {};
        const Message &message = m_player->directMessages.sent.first().message;
        if (message.files().size() != 1
            || message.files().first().filename != PlayerExport::ArchiveName)
            return {};
        return ballsdex::testing::readZip(message.files().first().data)
            .value_or(QMap<QString, QByteArray>());
    }

    QString ballsFile() const { return QStringLiteral("%1_testballs.csv").arg(InvokerId); }
    QString tradesFile() const { return QStringLiteral("%1_trades.csv").arg(InvokerId); }

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
        const domain::RowId regime = m_sql->regime();
        m_ivory = m_sql->ball("Côte \"d'Ivoire\", Republic", regime);
        m_spain = m_sql->ball("Spain", regime);
    }

    void cleanup() { m_player.reset(); }

    void withoutPlayerNothingIsSent()
    {
        m_sql->reset();
        const RecordedCall call = exportData(QStringLiteral("all"));
        QCOMPARE(call.content(), QStringLiteral("You don't have any player data to export."));
        QCOMPARE(m_player->transport.calls.first().flags(), 64);
        QVERIFY(m_player->directMessages.sent.isEmpty());
        QCOMPARE(m_sql->count("player"), 0LL);
    }

    void exportAllQuotesEveryField()
    {
        using Spec = SqlSeed::InstanceSpec;
        const domain::RowId shiny = m_sql->special("Shiny, \"Gold\"");
        const domain::RowId first
            = m_sql->instance(Spec {.ball = m_ivory,
                                    .owner = m_me,
                                    .special = shiny,
                                    .catchDate = QStringLiteral("2025-01-01T10:00:00.123Z"),
                                    .attackBonus = 10,
                                    .healthBonus = -20});
        const domain::RowId second
            = m_sql->instance(Spec {.ball = m_spain,
                                    .owner = m_me,
                                    .previousOwner = m_other,
                                    .catchDate = QStringLiteral("2025-01-02T10:00:00Z")});
        m_sql->instance(Spec {.ball = m_spain, .owner = m_me, .deleted = true});
        const domain::RowId given = m_sql->instance(Spec {.ball = m_spain, .owner = m_other});
        const domain::RowId trade
            = m_sql->trade(m_other, m_me, QStringLiteral("2025-01-05T08:00:00Z"));
        m_sql->tradeObject(trade, second, m_other);
        m_sql->tradeObject(trade, given, m_me);
        const domain::RowId donation
            = m_sql->trade(m_me, m_other, QStringLiteral("2025-01-06T08:00:00Z"));
        m_sql->tradeObject(donation, given, m_me);
        // Someone else's trade stays out.
        m_sql->trade(m_other, m_sql->player(PlayerHarness::ThirdUserId));

        const RecordedCall call = exportData(QStringLiteral("all"));
        QCOMPARE(call.content(), PlayerExport::SentMessage);
        QCOMPARE(m_player->transport.calls.first().type, 5);
        QCOMPARE(m_player->transport.calls.first().flags(), 64);
        QCOMPARE(m_player->directMessages.sent.size(), 1);
        QCOMPARE(m_player->directMessages.sent.first().userId, InvokerId);
        QCOMPARE(m_player->directMessages.sent.first().message.contentText(),
                 std::optional<QString>(QStringLiteral("Here is your player data:")));

        const QMap<QString, QByteArray> files = sentFiles();
        QCOMPARE(files.keys(), (QStringList {ballsFile(), tradesFile()}));
        const QString hexFirst = domain::displayId(first);
        const QString hexSecond = domain::displayId(second);
        QCOMPARE(QString::fromUtf8(files.value(ballsFile())),
                 QStringLiteral("id,hex_id,name,catch_date,previous_owner_id,special,attack,"
                                "attack_bonus,hp,hp_bonus\r\n"
                                "%1,%2,\"Côte \"\"d'Ivoire\"\", Republic\",2025-01-01T10:00:00Z,,"
                                "\"Shiny, \"\"Gold\"\"\",55,10,80,-20\r\n"
                                "%3,%4,Spain,2025-01-02T10:00:00Z,%5,,50,0,100,0\r\n")
                     .arg(first)
                     .arg(hexFirst)
                     .arg(second)
                     .arg(hexSecond)
                     .arg(OtherUserId));
        QCOMPARE(QString::fromUtf8(files.value(tradesFile())),
                 QStringLiteral("id,hex_id,date,player1_id,player2_id,player1_received,"
                                "player2_received\r\n"
                                "%1,%2,2025-01-05T08:00:00Z,%3,%4,%5 Spain,%6 Spain\r\n"
                                "%7,%8,2025-01-06T08:00:00Z,%4,%3,,%5 Spain\r\n")
                     .arg(trade)
                     .arg(domain::displayId(trade))
                     .arg(OtherUserId)
                     .arg(InvokerId)
                     .arg(domain::displayId(given))
                     .arg(hexSecond)
                     .arg(donation)
                     .arg(domain::displayId(donation)));

        const std::optional<bool> python = ballsdex::testing::pythonAcceptsZip(
            m_player->directMessages.sent.first().message.files().first().data);
        if (!python)
            QSKIP("python3 is not installed: the standard library check did not run");
        QVERIFY(*python);
    }

    void typeChoosesTheFiles_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("balls");
        QTest::addColumn<bool>("trades");
        QTest::newRow("balls") << QStringLiteral("balls") << true << false;
        QTest::newRow("trades") << QStringLiteral("trades") << false << true;
        QTest::newRow("all") << QStringLiteral("all") << true << true;
    }

    void typeChoosesTheFiles()
    {
        QFETCH(QString, type);
        QFETCH(bool, balls);
        QFETCH(bool, trades);
        QCOMPARE(exportData(type).content(), PlayerExport::SentMessage);
        const QMap<QString, QByteArray> files = sentFiles();
        QCOMPARE(files.contains(ballsFile()), balls);
        QCOMPARE(files.contains(tradesFile()), trades);
        QCOMPARE(files.size(), int(balls) + int(trades));
        // An empty collection still gets its header.
        if (balls)
            QVERIFY(files.value(ballsFile()).startsWith("id,hex_id,name,"));
    }

    void batchesCoverEveryInstanceOnce()
    {
        // Many rows share one catch date: the keyset must still break ties by id.
        m_sql->exec("INSERT INTO ballinstance (ball_id, player_id, catch_date) "
                    "SELECT $1, $2, timestamptz '2025-01-01' + (g / 1000) * interval '1 hour' "
                    "FROM generate_series(1, 4500) g",
                    static_cast<long long>(m_spain), static_cast<long long>(m_me));
        QCOMPARE(exportData(QStringLiteral("balls")).content(), PlayerExport::SentMessage);
        const QList<QByteArray> lines = sentFiles().value(ballsFile()).split('\n');
        QCOMPARE(lines.size(), 4502); // header, 4500 rows, the empty tail after the last CRLF
        QSet<QByteArray> ids;
        QByteArray previousDate;
        for (qsizetype i = 1; i <= 4500; ++i) {
            const QList<QByteArray> fields = lines.at(i).split(',');
            ids.insert(fields.at(0));
            QVERIFY(fields.at(3) >= previousDate);
            previousDate = fields.at(3);
        }
        QCOMPARE(ids.size(), 4500);
    }

    void closedDmsAreExplained()
    {
        m_player->directMessages.next = DirectMessageResult::Closed;
        const RecordedCall call = exportData(QStringLiteral("all"));
        QCOMPARE(call.content(), PlayerExport::ClosedMessage);
        QCOMPARE(m_player->directMessages.sent.size(), 1);
    }

    void discordRefusingTheSizeIsExplained()
    {
        m_player->directMessages.next = DirectMessageResult::TooLarge;
        const RecordedCall call = exportData(QStringLiteral("balls"));
        QVERIFY2(call.content().startsWith(
                     QLatin1String("Your player data is too large to send through Discord")),
                 qPrintable(call.content()));
    }

    void dataOverTheLimitIsNotSent_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("advice");
        const QString split
            = QStringLiteral("Try exporting your testballs and your trades separately.");
        const QString support = QStringLiteral("Please contact the bot's support to get a copy.");
        // 150 rows deflate to more than 1 KiB; 600 rows of CSV pass the 16 KiB collection cap.
        QTest::newRow("archive, all") << QStringLiteral("all") << 150
                                      << QStringLiteral(" MB, the limit is 0.0 MB).") << split;
        QTest::newRow("archive, balls") << QStringLiteral("balls") << 150
                                        << QStringLiteral(" MB, the limit is 0.0 MB).") << support;
        QTest::newRow("csv cap") << QStringLiteral("balls") << 600
                                 << QStringLiteral("(the limit is 0.0 MB).") << support;
    }

    void dataOverTheLimitIsNotSent()
    {
        QFETCH(QString, type);
        QFETCH(int, rows);
        QFETCH(QString, detail);
        QFETCH(QString, advice);
        m_sql->exec("INSERT INTO ballinstance (ball_id, player_id, attack_bonus, catch_date) "
                    "SELECT $1, $2, g * 7 % 40 - 20, now() - g * interval '17 minutes' "
                    "FROM generate_series(1, $3) g",
                    static_cast<long long>(m_spain), static_cast<long long>(m_me), rows);
        m_player.reset();
        m_player = std::make_unique<PlayerHarness>(*m_database, 1024);
        const RecordedCall call = exportData(type);
        QVERIFY2(call.content().startsWith(
                     QLatin1String("Your player data is too large to send through Discord (")),
                 qPrintable(call.content()));
        QVERIFY2(call.content().contains(detail), qPrintable(call.content()));
        QVERIFY2(call.content().endsWith(advice), qPrintable(call.content()));
        QVERIFY(m_player->directMessages.sent.isEmpty());
    }

    void exportHasACooldown()
    {
        QCOMPARE(exportData(QStringLiteral("balls")).content(), PlayerExport::SentMessage);
        m_player->clock.advance(-30'000); // run() moves 61 s: only 31 s since the first export
        const RecordedCall call = exportData(QStringLiteral("balls"));
        QVERIFY2(call.content().startsWith(QLatin1String("This command is on cooldown.")),
                 qPrintable(call.content()));
        QCOMPARE(m_player->directMessages.sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlayerExport)
#include "tst_playerexport.moc"

// SPDX-License-Identifier: MIT
// PlayerDataRepository at scale: a 100,000-instance collection stays cheap to summarise, export
// and delete. Prints the timings it measured.
#include "SqlSeed.h"
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "storage/PlayerDataRepository.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ballsdex;
using ballsdex::testing::await;
using ballsdex::testing::SqlSeed;
using storage::PlayerDataRepository;

class TestPlayerData final : public QObject
{
    Q_OBJECT

private:
    static constexpr int Instances = 100'000;
    static constexpr int Balls = 60;
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<SqlSeed> m_sql;
    domain::RowId m_me = 0;
    domain::RowId m_other = 0;

    QString plan(const std::string &query)
    {
        QString text;
        for (const pqxx::row &row : m_sql->exec("EXPLAIN " + query))
            text += QString::fromStdString(row[0].as<std::string>()) + QLatin1Char('\n');
        return text;
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

        m_me = m_sql->player(1400000000000000001LL);
        m_other = m_sql->player(1400000000000000002LL);
        const domain::RowId regime = m_sql->regime();
        for (int i = 0; i < Balls; ++i)
            m_sql->ball("Ball " + std::to_string(i), regime, i < Balls - 10);
        const domain::RowId shiny = m_sql->special("Shiny");
        // Mine: every 10th received from the other player, every 50th shiny, 50 of 60 balls
        // enabled (the last 10 disabled). The other player owns a collection as large.
        m_sql->exec(
            "INSERT INTO ballinstance (ball_id, player_id, trade_player_id, special_id, "
            "catch_date) SELECT (SELECT min(id) FROM ball) + g % $1, p.id, "
            "CASE WHEN g % 10 = 0 AND p.id = $2 THEN $3 END, "
            "CASE WHEN g % 50 = 0 THEN $4::bigint END, "
            "timestamptz '2024-01-01' + g * interval '1 minute' "
            "FROM generate_series(1, $5) g CROSS JOIN (VALUES ($2::bigint), ($3::bigint)) AS p(id)",
            Balls, static_cast<long long>(m_me), static_cast<long long>(m_other),
            static_cast<long long>(shiny), Instances);
        m_sql->exec("INSERT INTO trade (player1_id, player2_id, date) SELECT "
                    "CASE WHEN g % 2 = 0 THEN $1::bigint ELSE $2::bigint END, "
                    "CASE WHEN g % 2 = 0 THEN $2::bigint ELSE $1::bigint END, timestamptz "
                    "'2024-06-01' + g * interval '1 hour' "
                    "FROM generate_series(1, 1000) g",
                    static_cast<long long>(m_me), static_cast<long long>(m_other));
        m_sql->exec("INSERT INTO tradeobject (trade_id, ballinstance_id, player_id) "
                    "SELECT t.id, i.id, t.player1_id FROM trade t JOIN ballinstance i ON "
                    "i.player_id = t.player2_id AND i.id % 1000 = t.id % 1000");
        m_sql->exec("ANALYZE");
    }

    void summaryCountsAndTime()
    {
        PlayerDataRepository data(*m_database);
        QElapsedTimer timer;
        timer.start();
        const auto summary = await(data.summary(m_me));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(summary);
        qInfo("summary of %d instances: %lld ms", Instances, elapsed);
        QCOMPARE(summary->instances, std::int64_t(Instances));
        QCOMPARE(summary->selfCaught, std::int64_t(Instances - Instances / 10));
        QCOMPARE(summary->specials, std::int64_t(Instances / 50));
        QCOMPARE(summary->enabledBalls, std::int64_t(Balls - 10));
        QCOMPARE(summary->ownedEnabledBalls, std::int64_t(Balls - 10));
        QCOMPARE(summary->completionPercent(), 100.0);
        QCOMPARE(summary->trades, std::int64_t(1000));
        QCOMPARE(summary->tradePartners, std::int64_t(1));
    }

    void exportBatchesUseTheIndex()
    {
        const std::string query
            = "SELECT i.id FROM ballinstance i JOIN ball b ON b.id = i.ball_id WHERE "
              "i.player_id = "
            + std::to_string(m_me)
            + " AND NOT i.deleted AND (i.catch_date, i.id) > ('2024-02-01', 0) "
              "ORDER BY i.catch_date, i.id LIMIT 2001";
        const QString text = plan(query);
        qInfo().noquote() << "export batch plan:\n" << text;
        // Either of the player's (catch_date, id) indexes serves it: live rows only, or all rows.
        QVERIFY2(text.contains(QLatin1String("ballinstance_player_catch_idx"))
                     || text.contains(QLatin1String("ballinstance_player_all_catch_idx")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Sort")), qPrintable(text));
    }

    void fullExportAndTime()
    {
        PlayerDataRepository data(*m_database);
        QElapsedTimer timer;
        timer.start();
        qint64 rows = 0;
        qint64 firstBatch = -1;
        std::optional<storage::ExportCursor> after;
        QDateTime previous;
        do {
            const auto batch = await(data.exportInstances(m_me, after, 2000));
            QVERIFY(batch);
            if (firstBatch < 0)
                firstBatch = timer.elapsed();
            for (const storage::ExportedInstance &instance : batch->items) {
                QVERIFY(!previous.isValid() || instance.catchDate > previous);
                previous = instance.catchDate;
            }
            rows += batch->items.size();
            after = batch->next;
        } while (after);
        qInfo("export: first batch %lld ms, all %lld rows in %lld ms", firstBatch, rows,
              timer.elapsed());
        QCOMPARE(rows, qint64(Instances));

        timer.restart();
        qint64 trades = 0;
        qint64 items = 0;
        after.reset();
        do {
            const auto batch = await(data.exportTrades(m_me, after, 2000));
            QVERIFY(batch);
            for (const storage::ExportedTrade &trade : batch->items)
                items += trade.player1Received.size() + trade.player2Received.size();
            trades += batch->items.size();
            after = batch->next;
        } while (after);
        qInfo("trade export: %lld trades, %lld items in %lld ms", trades, items, timer.elapsed());
        QCOMPARE(trades, qint64(1000));
        QCOMPARE(items, qint64(m_sql->count("tradeobject")));
    }

    void deleteAndTime()
    {
        PlayerDataRepository data(*m_database);
        const auto preview = await(data.deletionPreview(m_me));
        QVERIFY(preview);
        QCOMPARE(preview->instances, std::int64_t(Instances));
        QCOMPARE(preview->lockedInstances, std::int64_t(0));
        QCOMPARE(preview->trades, std::int64_t(1000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(await(data.deletePlayer(m_me)));
        qInfo("delete of a %d-instance player with 1000 trades: %lld ms", Instances,
              timer.elapsed());
        QCOMPARE(m_sql->count("ballinstance", "player_id = " + std::to_string(m_me)), 0LL);
        QCOMPARE(m_sql->count("ballinstance", "player_id = " + std::to_string(m_other)),
                 static_cast<long long>(Instances));
        QCOMPARE(m_sql->count("trade"), 0LL);
        QCOMPARE(m_sql->count("tradeobject"), 0LL);
        const auto again = await(data.deletePlayer(m_me));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, storage::StorageError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPlayerData)
#include "tst_playerdata.moc"

// SPDX-License-Identifier: MIT
// Benchmark: the first page of /balls list for a player with 100,000 instances, through the
// real repository, connection pool and worker thread, on the test PostgreSQL cluster.
// Prints p50/p99/max latency. Usage: bench_instance_list [--instances N] [--iterations N]
// (run through ctest so the cluster is started: `ctest -R bench_instance_list -V`).
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ballsdex;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption instancesOption(QStringLiteral("instances"), QString(),
                                             QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QString(),
                                              QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({instancesOption, iterationsOption});
    parser.process(app);
    const int instances = parser.value(instancesOption).toInt();
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());

    testing::TestDatabase db;
    if (!db.isAvailable()) {
        std::fprintf(stderr, "no PostgreSQL test cluster (run through ctest)\n");
        return 1;
    }
    if (!schema::Migrator(db.conninfo()).migrate()) {
        std::fprintf(stderr, "migration failed\n");
        return 1;
    }
    storage::Database database(storage::DatabaseOptions {.conninfo = db.conninfo()});
    const auto playerId = database.transactSync([instances](storage::Transaction &tx) {
        const auto regime
            = tx.exec1("SELECT id FROM regime ORDER BY id LIMIT 1")[0].as<std::int64_t>();
        const auto ball
            = tx.exec1("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                       "collection_card, credits, capacity_name, capacity_description, regime_id) "
                       "VALUES ('Benchland', 100, 100, 1, 1, 'w.png', 'c.png', 'x', 'a', 'b', $1) "
                       "RETURNING id",
                       regime)[0]
                  .as<std::int64_t>();
        const auto player
            = tx.exec1(
                    "INSERT INTO player (discord_id) VALUES (123456789012345678) RETURNING id")[0]
                  .as<std::int64_t>();
        // Another player's instances too, so the index has to pick this player's rows.
        const auto other
            = tx.exec1(
                    "INSERT INTO player (discord_id) VALUES (223456789012345678) RETURNING id")[0]
                  .as<std::int64_t>();
        tx.exec(
            "INSERT INTO ballinstance (ball_id, player_id, catch_date, attack_bonus, health_bonus) "
            "SELECT $1::bigint, CASE WHEN g % 10 = 0 THEN $3::bigint ELSE $2::bigint END, "
            "now() - g * interval '1 second', g % 41 - 20, g % 37 - 18 "
            "FROM generate_series(1, $4::int) AS g",
            ball, player, other, instances + instances / 9);
        return player;
    });
    if (!playerId) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(playerId.error().message));
        return 1;
    }
    database.transactSync([](storage::Transaction &tx) { tx.exec("ANALYZE ballinstance"); });

    storage::InstanceRepository repository(database);
    std::vector<double> micros;
    micros.reserve(std::size_t(iterations));
    for (int i = 0; i < iterations + 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto page = repository.listForPlayer(*playerId, {}).result();
        const double elapsed = double(timer.nsecsElapsed()) / 1000.0;
        if (!page || page->items.size() != 25) {
            std::fprintf(stderr, "unexpected page\n");
            return 1;
        }
        if (i >= 20) // warm-up
            micros.push_back(elapsed);
    }
    std::sort(micros.begin(), micros.end());
    const auto at = [&micros](double quantile) {
        return micros[std::min(micros.size() - 1, std::size_t(quantile * double(micros.size())))];
    };
    std::printf(
        "/balls list first page, player with %d instances, %d runs: p50 %.2f ms, p99 %.2f ms, "
        "max %.2f ms\n",
        instances, iterations, at(0.50) / 1000.0, at(0.99) / 1000.0, micros.back() / 1000.0);
    return 0;
}

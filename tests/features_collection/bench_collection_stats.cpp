// SPDX-License-Identifier: MIT
// Benchmark: the aggregates behind /balls completion, compare, collection and duplicate for a
// player with 100,000 instances over 1,000 balls, through the real repository, pool and worker
// thread. Prints p50/p99/max per query. Usage: bench_collection_stats [--instances N]
// [--iterations N] (run through ctest so the cluster is started:
// `ctest -R bench_collection_stats -V`).
#include "schema/Migrator.h"
#include "storage/CollectionStats.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ballsdex;

namespace {

bool measure(const char *label, int iterations, const std::function<bool()> &call)
{
    std::vector<double> millis;
    for (int i = 0; i < iterations + 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call()) {
            std::fprintf(stderr, "%s: unexpected result\n", label);
            return false;
        }
        if (i >= 5) // warm-up
            millis.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(millis.begin(), millis.end());
    const auto at = [&millis](double q) {
        return millis[std::min(millis.size() - 1, std::size_t(q * double(millis.size())))];
    };
    std::printf("%-34s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", label, at(0.5), at(0.99),
                millis.back());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption instancesOption(QStringLiteral("instances"), QString(),
                                             QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QString(),
                                              QStringLiteral("n"), QStringLiteral("50"));
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
    const auto players = database.transactSync([instances](storage::Transaction &tx) {
        const auto regime
            = tx.exec1("SELECT id FROM regime ORDER BY id LIMIT 1")[0].as<std::int64_t>();
        tx.exec("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                "collection_card, credits, capacity_name, capacity_description, regime_id) "
                "SELECT 'Bench' || g, 1, 1, 1, g, 'w', 'c', 'x', 'a', 'b', $1 "
                "FROM generate_series(1, 1000) g",
                regime);
        tx.exec("INSERT INTO special (name, rarity) SELECT 'Special' || g, 0.1 "
                "FROM generate_series(1, 20) g");
        const auto player
            = tx.exec1(
                    "INSERT INTO player (discord_id) VALUES (123456789012345678) RETURNING id")[0]
                  .as<std::int64_t>();
        const auto other
            = tx.exec1(
                    "INSERT INTO player (discord_id) VALUES (223456789012345678) RETURNING id")[0]
                  .as<std::int64_t>();
        // Both players hold `instances` instances spread over the balls; one in 50 has a
        // special, one in 7 was traded.
        tx.exec("INSERT INTO ballinstance (ball_id, player_id, special_id, trade_player_id) "
                "SELECT (SELECT min(id) FROM ball) + g % 1000, p, "
                "CASE WHEN g % 50 = 0 THEN (SELECT min(id) FROM special) + g % 20 END, "
                "CASE WHEN g % 7 = 0 THEN CASE WHEN p = $1 THEN $2::bigint ELSE $1::bigint END END "
                "FROM generate_series(1, $3::int) g, (VALUES ($1::bigint), ($2::bigint)) v(p)",
                player, other, instances);
        return std::pair(player, other);
    });
    if (!players) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(players.error().message));
        return 1;
    }
    // VACUUM cannot run in a transaction: one autocommitted statement on its own connection.
    {
        pqxx::connection connection(db.conninfo().toStdString());
        pqxx::nontransaction(connection).exec0("VACUUM ANALYZE");
    }
    const auto [player, other] = *players;

    storage::CollectionStats stats(database);
    std::printf("player with %d instances over 1000 balls, %d runs each:\n", instances, iterations);
    const bool ok
        = measure("completion (distinct owned balls)", iterations,
                  [&] {
                      const auto ids = stats.ownedBallIds(player).result();
                      return ids && !ids->isEmpty();
                  })
        && measure("completion self_caught", iterations,
                   [&] {
                       storage::OwnedBallsFilter filter;
                       filter.provenance = storage::Provenance::SelfCaught;
                       return bool(stats.ownedBallIds(player, filter).result());
                   })
        && measure("compare (two players)", iterations,
                   [&] { return bool(stats.ownedBallIds(player, other).result()); })
        && measure("collection totals", iterations,
                   [&] {
                       const auto totals = stats.totals(player).result();
                       return totals && totals->total == instances;
                   })
        && measure("duplicate countryballs", iterations,
                   [&] {
                       const auto groups
                           = stats.duplicates(player, storage::DuplicateGrouping::Balls).result();
                       return groups && !groups->isEmpty();
                   })
        && measure("duplicate specials", iterations, [&] {
               return bool(stats.duplicates(player, storage::DuplicateGrouping::Specials).result());
           });
    return ok ? 0 : 1;
}

// SPDX-License-Identifier: MIT
// Benchmark: /balls list pages and the instance autocomplete for a player with 100,000 instances
// over 60 balls, through InstanceQueries, the connection pool and the worker thread, on the test
// PostgreSQL cluster. "first page" = the COUNT and the first 25 rows, run together as /balls list runs them.
// Usage: bench_balls_list [--instances N] [--iterations N] [--sort NAME|all]
//                         [--proposed-indexes]
// (run through ctest so the cluster is started: `ctest -R bench_balls_list -V`).
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "storage/InstanceQueries.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ballsdex;
using storage::InstanceSliceRequest;
using storage::InstanceSort;

namespace {

const QList<QPair<QString, InstanceSort>> sorts {
    {QStringLiteral("default"), InstanceSort::Default},
    {QStringLiteral("catch_date"), InstanceSort::CatchDate},
    {QStringLiteral("alphabetic"), InstanceSort::Alphabetic},
    {QStringLiteral("rarity"), InstanceSort::Rarity},
    {QStringLiteral("special"), InstanceSort::Special},
    {QStringLiteral("health"), InstanceSort::Health},
    {QStringLiteral("attack"), InstanceSort::Attack},
    {QStringLiteral("health_bonus"), InstanceSort::HealthBonus},
    {QStringLiteral("attack_bonus"), InstanceSort::AttackBonus},
    {QStringLiteral("stats_bonus"), InstanceSort::StatsBonus},
    {QStringLiteral("duplicates"), InstanceSort::Duplicates},
};

bool measure(const QString &label, int iterations, const std::function<bool()> &call)
{
    std::vector<double> millis;
    for (int i = 0; i < iterations + 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call()) {
            std::fprintf(stderr, "%s: unexpected result\n", qPrintable(label));
            return false;
        }
        if (i >= 3) // warm-up
            millis.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(millis.begin(), millis.end());
    const auto at = [&millis](double q) {
        return millis[std::min(millis.size() - 1, std::size_t(q * double(millis.size())))];
    };
    std::printf("%-36s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms\n", qPrintable(label), at(0.5),
                at(0.99), millis.back());
    std::fflush(stdout);
    return true;
}

void seed(testing::TestDatabase &db, int instances, bool proposedIndexes)
{
    pqxx::connection connection(db.conninfo().toStdString());
    pqxx::nontransaction tx(connection);
    tx.exec("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
            "collection_card, credits, capacity_name, capacity_description, regime_id) "
            "SELECT 'Country ' || g, 50 + g % 90, 30 + g % 70, (g % 13) / 4.0, 1, 'w.png', "
            "'c.png', 'x', 'a', 'b', (SELECT min(id) FROM regime) FROM generate_series(1, 60) g");
    tx.exec("INSERT INTO special (name, rarity, emoji) VALUES ('Shiny', 0.1, '✨')");
    tx.exec("INSERT INTO player (discord_id) VALUES (123456789012345678), (223456789012345678)");
    // Ball i gets a share proportional to i (Country 1 is rare, Country 60 common); 2 % specials,
    // 10 % traded, one favorite in 2,500; the other player's rows are interleaved.
    tx.exec(
        "INSERT INTO ballinstance (ball_id, player_id, catch_date, attack_bonus, health_bonus, "
        "special_id, trade_player_id, favorite, server_id) "
        "SELECT (SELECT id FROM ball WHERE country = 'Country ' || "
        "  (1 + floor(sqrt(((g * 7919) % 3600)::float8)))::int), "
        " CASE WHEN g % 10 = 0 THEN p2.id ELSE p1.id END, now() - g * interval '1 second', "
        " g % 41 - 20, g % 37 - 18, CASE WHEN g % 50 = 0 THEN (SELECT min(id) FROM special) END, "
        " CASE WHEN g % 10 = 3 THEN p2.id END, g % 2500 = 7, 1200000000000000000 + g % 3 "
        "FROM generate_series(1, "
        + std::to_string(instances + instances / 9)
        + ") g, "
          "(SELECT id FROM player WHERE discord_id = 123456789012345678) p1, "
          "(SELECT id FROM player WHERE discord_id = 223456789012345678) p2");
    if (proposedIndexes) {
        tx.exec("CREATE INDEX ballinstance_player_favorite_idx ON ballinstance "
                "(player_id, catch_date DESC, id DESC) WHERE favorite AND NOT deleted");
        tx.exec("CREATE INDEX ballinstance_player_ball_idx ON ballinstance "
                "(player_id, ball_id, catch_date DESC, id DESC) WHERE NOT deleted");
    }
    tx.exec("VACUUM ANALYZE ballinstance");
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
    const QCommandLineOption sortOption(QStringLiteral("sort"), QString(), QStringLiteral("name"),
                                        QStringLiteral("all"));
    const QCommandLineOption indexesOption(QStringLiteral("proposed-indexes"));
    parser.addOptions({instancesOption, iterationsOption, sortOption, indexesOption});
    parser.process(app);
    const int instances = parser.value(instancesOption).toInt();
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    const QString sortName = parser.value(sortOption);

    testing::TestDatabase db;
    if (!db.isAvailable()) {
        std::fprintf(stderr, "no PostgreSQL test cluster (run through ctest)\n");
        return 1;
    }
    if (!schema::Migrator(db.conninfo()).migrate()) {
        std::fprintf(stderr, "migration failed\n");
        return 1;
    }
    seed(db, instances, parser.isSet(indexesOption));
    storage::Database database(storage::DatabaseOptions {.conninfo = db.conninfo()});
    const auto ids = database.transactSync([](storage::Transaction &tx) {
        const auto row = tx.exec1("SELECT p.id, (SELECT ball_id FROM ballinstance "
                                  "WHERE player_id = p.id GROUP BY ball_id "
                                  "ORDER BY count(*), ball_id LIMIT 1), "
                                  "(SELECT id FROM ball WHERE country = 'Country 60'), "
                                  "(SELECT max(id) FROM ballinstance WHERE player_id = p.id) "
                                  "FROM player p WHERE discord_id = 123456789012345678");
        return std::array<domain::RowId, 4> {row[0].as<domain::RowId>(), row[1].as<domain::RowId>(),
                                             row[2].as<domain::RowId>(),
                                             row[3].as<domain::RowId>()};
    });
    if (!ids) {
        std::fprintf(stderr, "seed lookup failed: %s\n", qPrintable(ids.error().message));
        return 1;
    }
    const auto [playerId, rareBall, commonBall, newestId] = *ids;
    storage::InstanceQueries queries(database);
    const storage::InstanceFilter filter {.playerId = playerId};
    std::printf("player with %d instances, %d runs each%s\n", instances, iterations,
                parser.isSet(indexesOption) ? ", with the proposed indexes" : "");

    bool ok = measure(QStringLiteral("count (page count of every sort)"), iterations, [&] {
        const auto total = queries.count(filter).result();
        return total && *total == instances;
    });
    for (const auto &[name, sort] : sorts) {
        if (sortName != QLatin1String("all") && sortName != name)
            continue;
        const storage::InstanceOrder order {sort, false};
        ok = ok && measure(name + QStringLiteral(": first page"), iterations, [&] {
                 // Together, as /balls list starts them.
                 auto pageFuture = queries.slice(filter, order, {.limit = 25});
                 const auto total = queries.count(filter).result();
                 const auto page = pageFuture.result();
                 return total && *total == instances && page && page->items.size() == 25;
             });
        const auto first = queries.slice(filter, order, {.limit = 25}).result();
        ok = ok && first && measure(name + QStringLiteral(": next page (keyset)"), iterations, [&] {
                 const auto page
                     = queries
                           .slice(filter, order,
                                  {InstanceSliceRequest::From::After, 0, first->lastKey, 25})
                           .result();
                 return page && page->items.size() == 25;
             });
        ok = ok && measure(name + QStringLiteral(": last page"), iterations, [&] {
                 const auto page
                     = queries.slice(filter, order, {InstanceSliceRequest::From::End, 0, {}, 25})
                           .result();
                 return page && page->items.size() == 25;
             });
        ok = ok && measure(name + QStringLiteral(": middle page (offset)"), iterations, [&] {
                 const auto page
                     = queries
                           .slice(filter, order,
                                  {InstanceSliceRequest::From::Start, instances / 2, {}, 25})
                           .result();
                 return page && page->items.size() == 25;
             });
    }
    const auto search = [&](const QString &label, storage::InstanceSearch request) {
        request.playerId = playerId;
        ok = ok && measure(QStringLiteral("autocomplete: ") + label, iterations, [&] {
                 const auto found = queries.search(request).result();
                 return found && !found->isEmpty();
             });
    };
    search(QStringLiteral("empty input"), {});
    search(QStringLiteral("common ball"), {.matchAll = false, .ballIds = {commonBall}});
    search(QStringLiteral("rare ball"), {.matchAll = false, .ballIds = {rareBall}});
    search(QStringLiteral("hex id prefix"),
           {.matchAll = false, .hexPrefix = QString::number(newestId, 16).toUpper().left(3)});
    search(QStringLiteral("whole hex id"),
           {.matchAll = false, .hexPrefix = QString::number(newestId, 16).toUpper()});
    return ok ? 0 : 1;
}

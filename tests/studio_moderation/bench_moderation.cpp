// SPDX-License-Identifier: MIT
// Benchmark: the moderation desk opening a player with many instances (summary lookup + first
// page in the lazy model) and keyset pages deep into a big ballinstance table, through
// ModerationQueries, the connection pool and the worker threads, on the test PostgreSQL cluster.
// Usage: bench_moderation [--instances N] [--table N] [--iterations N]
// (run through ctest so the cluster is started: `ctest -R bench_moderation -V`).
#include "ModerationFixture.h"
#include "moderation/ModerationRows.h"
#include "moderation/PagedTableModel.h"
#include "storage/ModerationQueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ballsdex;
using namespace ballsdex::moderation::testing;
using storage::InstanceScope;

namespace {

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
    std::printf("%-44s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms\n", qPrintable(label), at(0.5),
                at(0.99), millis.back());
    std::fflush(stdout);
    return true;
}

/// The cursor of the row at `offset` of a newest-first listing.
std::optional<storage::PageCursor> cursorAt(ModerationFixture &fx, const std::string &where,
                                            int offset)
{
    pqxx::connection connection(fx.testDatabase.conninfo().toStdString());
    pqxx::nontransaction tx(connection);
    const pqxx::result row = tx.exec("SELECT catch_date, id FROM ballinstance WHERE " + where
                                     + " ORDER BY catch_date DESC, id DESC OFFSET "
                                     + std::to_string(offset) + " LIMIT 1");
    if (row.empty())
        return std::nullopt;
    return storage::PageCursor {QString::fromStdString(row[0][0].c_str()),
                                row[0][1].as<domain::RowId>()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption instancesOption(QStringLiteral("instances"), QString(),
                                             QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption tableOption(QStringLiteral("table"), QString(), QStringLiteral("n"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QString(),
                                              QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({instancesOption, tableOption, iterationsOption});
    parser.process(app);
    const int instances = parser.value(instancesOption).toInt();
    const int table = std::max(instances, parser.value(tableOption).toInt());
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());

    ModerationFixture fx;
    if (!fx.testDatabase.isAvailable()) {
        std::fprintf(stderr, "no PostgreSQL test cluster (run through ctest)\n");
        return 1;
    }
    if (const QString problem = fx.setUp(); !problem.isEmpty()) {
        std::fprintf(stderr, "set-up failed: %s\n", qPrintable(problem));
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    // The player's rows interleaved with the rest of the table (another player), all caught in
    // the same guild, one second apart.
    fx.exec("INSERT INTO ballinstance (ball_id, player_id, catch_date, spawned_time, "
            "attack_bonus, health_bonus, server_id, deleted) "
            "SELECT (SELECT min(id) FROM ball) + g % 2, "
            "CASE WHEN g % "
            + std::to_string(std::max(1, table / instances)) + " = 0 AND g / "
            + std::to_string(std::max(1, table / instances)) + " <= " + std::to_string(instances)
            + " THEN a.id ELSE b.id END, "
              "now() - g * interval '1 second', now() - g * interval '1 second' - interval '5 s', "
              "g % 41 - 20, g % 37 - 18, "
            + std::to_string(GuildId)
            + ", g % 97 = 0 "
              "FROM generate_series(1, "
            + std::to_string(table)
            + ") g, player a, player b "
              "WHERE a.discord_id = "
            + std::to_string(PlayerId) + " AND b.discord_id = " + std::to_string(OtherId));
    fx.exec("VACUUM ANALYZE ballinstance");
    const domain::RowId playerRow
        = fx.scalar("SELECT id FROM player WHERE discord_id = " + std::to_string(PlayerId))
              .toLongLong();
    const int owned = fx.count("SELECT count(*) FROM ballinstance WHERE player_id = "
                               + std::to_string(playerRow));
    std::printf("ballinstance: %d rows (player: %d), seeded in %.1f s; %d runs each\n", table,
                owned, double(seeding.elapsed()) / 1000.0, iterations);

    storage::ModerationQueries queries(*fx.database);
    studio::PagedTableModel model(
        studio::moderationRows::instanceHeaders(InstanceScope::Kind::Player));
    bool ok
        = measure(QStringLiteral("open player: summary + first rows in model"), iterations, [&] {
              // As the desk does it: the summary, then the first page of the lazy model.
              const auto summary = queries.findPlayer(PlayerId).result();
              if (!summary || !summary->player)
                  return false;
              model.setLoader(studio::moderationRows::instanceLoader(
                  *fx.database, {InstanceScope::Kind::Player, summary->player->id}));
              QEventLoop loop;
              QObject::connect(&model, &studio::PagedTableModel::pageLoaded, &loop,
                               &QEventLoop::quit);
              QObject::connect(&model, &studio::PagedTableModel::loadFailed, &loop,
                               &QEventLoop::quit);
              model.fetchMore();
              loop.exec();
              return model.rowCount() == model.pageSize();
          });
    const auto deepPage
        = [&](const QString &label, InstanceScope scope, const std::string &where, int depth) {
              const std::optional<storage::PageCursor> cursor = cursorAt(fx, where, depth);
              if (!cursor)
                  return false;
              const studio::PageLoader loader
                  = studio::moderationRows::instanceLoader(*fx.database, scope);
              return measure(label, iterations, [&] {
                  const auto page = loader(cursor, 150).result();
                  return page && page->rows.size() == 150;
              });
          };
    const std::string playerWhere = "player_id = " + std::to_string(playerRow);
    ok = ok
        && deepPage(QStringLiteral("player: fetchMore at row %1").arg(owned * 9 / 10),
                    {InstanceScope::Kind::Player, playerRow}, playerWhere, owned * 9 / 10);
    const domain::RowId otherRow
        = fx.scalar("SELECT id FROM player WHERE discord_id = " + std::to_string(OtherId))
              .toLongLong();
    const int others = table - owned;
    ok = ok
        && deepPage(QStringLiteral("big player: fetchMore at row %1").arg(others * 9 / 10),
                    {InstanceScope::Kind::Player, otherRow},
                    "player_id = " + std::to_string(otherRow), others * 9 / 10);
    ok = ok
        && deepPage(QStringLiteral("guild catches: fetchMore at row %1").arg(table * 9 / 10),
                    {InstanceScope::Kind::Guild, GuildId}, "server_id = " + std::to_string(GuildId),
                    table * 9 / 10);
    return ok ? 0 : 1;
}

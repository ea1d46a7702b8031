// SPDX-License-Identifier: MIT
// ModerationQueries on a real database: keyset pages without duplicates or gaps, newest first,
// lookups of unknown ids, trades of both sides, the history search and the reason edit.
#include "ModerationFixture.h"
#include "storage/BlacklistRepository.h"
#include "storage/ModerationQueries.h"

#include <QSet>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::moderation::testing;
using storage::InstanceScope;
using storage::ModerationQueries;

namespace {

/// Walks every page; the ids in display order.
QList<domain::RowId> walk(ModerationQueries &queries, InstanceScope scope, int limit, int *pages)
{
    QList<domain::RowId> ids;
    std::optional<storage::PageCursor> after;
    *pages = 0;
    do {
        const auto page = queries.instances(scope, after, limit).result();
        if (!page)
            return {};
        ++*pages;
        for (const auto &item : page->rows)
            ids.append(item.instance.id);
        after = page->next;
    } while (after);
    return ids;
}

} // namespace

class TestModerationQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instancePagesCoverEverythingOnce_data()
    {
        QTest::addColumn<int>("scopeKind");
        QTest::addColumn<int>("limit");
        QTest::newRow("player, pages of 100") << 0 << 100;
        QTest::newRow("player, pages of 7") << 0 << 7;
        QTest::newRow("player, one page") << 0 << 500;
        QTest::newRow("guild, pages of 64") << 1 << 64;
    }
    void instancePagesCoverEverythingOnce()
    {
        QFETCH(int, scopeKind);
        QFETCH(int, limit);
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        const QString problem = fx.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        fx.seedInstances(PlayerId, 450);
        fx.seedInstances(OtherId, 30);
        const bool guild = scopeKind == 1;
        const std::string where = guild ? "server_id = " + std::to_string(GuildId)
                                        : "player_id = (SELECT id FROM player WHERE discord_id = "
                + std::to_string(PlayerId) + ")";
        // Deleted rows are listed too; ties on the catch date fall back to the id.
        QList<domain::RowId> expected;
        pqxx::connection connection(fx.testDatabase.conninfo().toStdString());
        pqxx::nontransaction tx(connection);
        for (const auto &row : tx.exec("SELECT id FROM ballinstance WHERE " + where
                                       + " ORDER BY catch_date DESC, id DESC"))
            expected.append(row[0].as<domain::RowId>());
        QCOMPARE(expected.size(), guild ? 480 : 450);

        ModerationQueries queries(*fx.database);
        const InstanceScope scope = guild
            ? InstanceScope {InstanceScope::Kind::Guild, GuildId}
            : InstanceScope {
                InstanceScope::Kind::Player,
                fx.scalar("SELECT id FROM player WHERE discord_id = " + std::to_string(PlayerId))
                    .toLongLong()};
        int pages = 0;
        const QList<domain::RowId> ids = walk(queries, scope, limit, &pages);
        QCOMPARE(ids, expected);
        QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    }

    void instanceRowsCarryNamesAndFlags()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        fx.seedInstances(PlayerId, 70);
        ModerationQueries queries(*fx.database);
        const auto page
            = queries.instances({InstanceScope::Kind::Guild, GuildId}, {}, 100).result();
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 70);
        QVERIFY(!page->next);
        // g = 70: the newest, deleted (70 % 7), special (70 % 10), caught 89.123 s after the spawn
        // (every 5th catch is moved one second earlier).
        const auto &newest = page->rows.first();
        QVERIFY(newest.instance.deleted);
        QCOMPARE(newest.specialName, std::optional(QStringLiteral("Shiny")));
        QCOMPARE(newest.ownerDiscordId, PlayerId);
        QVERIFY(newest.ballName == QLatin1String("France")
                || newest.ballName == QLatin1String("Japan"));
        QCOMPARE(newest.instance.spawnedTime->msecsTo(newest.instance.catchDate), 89'123);
    }

    void keysetQueriesUseIndexes_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("index");
        const QString rest = QStringLiteral(
            " AND (catch_date, id) < ('2025-01-01 05:00:00+00'::timestamptz, 9223372036854775807) "
            "ORDER BY catch_date DESC, id DESC LIMIT 151");
        QTest::newRow("player")
            << QStringLiteral("SELECT * FROM ballinstance WHERE player_id = (SELECT id FROM player "
                              "WHERE discord_id = 410000000000000001)")
                + rest
            << QStringLiteral("ballinstance_player_all_catch_idx");
        QTest::newRow("guild") << QStringLiteral("SELECT * FROM ballinstance WHERE server_id = "
                                                 "510000000000000001")
                + rest << QStringLiteral("ballinstance_server_catch_idx");
        QTest::newRow("history") << QStringLiteral(
            "SELECT * FROM blacklisthistory WHERE (date, id) < "
            "('infinity'::timestamptz, 9223372036854775807) "
            "ORDER BY date DESC, id DESC LIMIT 151")
                                 << QStringLiteral("blacklisthistory_date_idx");
    }
    void keysetQueriesUseIndexes()
    {
        QFETCH(QString, statement);
        QFETCH(QString, index);
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        fx.seedInstances(PlayerId, 20000);
        fx.seedInstances(OtherId, 20000);
        fx.exec("INSERT INTO blacklisthistory (discord_id, moderator_id, reason) SELECT "
                "100000000000000000 + g, 1, 'r' FROM generate_series(1, 20000) g");
        fx.exec("ANALYZE");
        pqxx::connection connection(fx.testDatabase.conninfo().toStdString());
        pqxx::nontransaction tx(connection);
        QString plan;
        for (const auto &row : tx.exec("EXPLAIN " + statement.toStdString()))
            plan += QString::fromStdString(row[0].c_str()) + QLatin1Char('\n');
        QVERIFY2(plan.contains(index), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("Sort")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("Seq Scan on ballinstance")), qPrintable(plan));
    }

    void unknownIdsAreNotFound()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        ModerationQueries queries(*fx.database);
        const auto player = queries.findPlayer(499999999999999999LL).result();
        QVERIFY(player);
        QVERIFY(!player->player);
        QVERIFY(!player->ban);
        const auto guild = queries.findGuild(599999999999999999LL).result();
        QVERIFY(guild);
        QVERIFY(!guild->config);
        const auto known = queries.findPlayer(PlayerId).result();
        QVERIFY(known && known->player);
        QCOMPARE(known->player->coins, 42);
        const auto knownGuild = queries.findGuild(GuildId).result();
        QVERIFY(knownGuild && knownGuild->config);
        QVERIFY(!knownGuild->config->enabled);
        QCOMPARE(knownGuild->config->spawnChannel, std::optional(610000000000000001LL));
    }

    void tradesOfBothSidesNewestFirst()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        fx.seedInstances(PlayerId, 10);
        // 25 trades, alternating sides; trade g gives g % 3 + 1 items from player 1 and one back.
        fx.exec("INSERT INTO trade (date, player1_id, player2_id, player1_money) SELECT "
                "timestamptz '2025-02-01' + (g / 2) * interval '1 minute', "
                "CASE WHEN g % 2 = 0 THEN a.id ELSE b.id END, CASE WHEN g % 2 = 0 THEN b.id ELSE "
                "a.id END, "
                "g FROM generate_series(1, 25) g, player a, player b "
                "WHERE a.discord_id = 410000000000000001 AND b.discord_id = 410000000000000002");
        fx.exec("INSERT INTO tradeobject (trade_id, ballinstance_id, player_id) "
                "SELECT t.id, i.id, t.player1_id FROM trade t JOIN LATERAL (SELECT id FROM "
                "ballinstance "
                "ORDER BY id LIMIT (t.player1_money % 3 + 1)) i ON true");
        fx.exec("INSERT INTO tradeobject (trade_id, ballinstance_id, player_id) "
                "SELECT t.id, (SELECT max(id) FROM ballinstance), t.player2_id FROM trade t");
        const domain::RowId playerRow
            = fx.scalar("SELECT id FROM player WHERE discord_id = 410000000000000001").toLongLong();
        ModerationQueries queries(*fx.database);
        QList<domain::RowId> ids;
        std::optional<storage::PageCursor> after;
        do {
            const auto page = queries.trades(playerRow, after, 4).result();
            QVERIFY(page);
            for (const auto &trade : page->rows) {
                ids.append(trade.id);
                QCOMPARE(trade.player1Items, int(trade.player1Coins % 3 + 1));
                QCOMPARE(trade.player2Items, 1);
            }
            after = page->next;
        } while (after);
        QList<domain::RowId> expected;
        pqxx::connection connection(fx.testDatabase.conninfo().toStdString());
        pqxx::nontransaction tx(connection);
        for (const auto &row : tx.exec("SELECT id FROM trade ORDER BY date DESC, id DESC"))
            expected.append(row[0].as<domain::RowId>());
        QCOMPARE(ids, expected);
    }

    void historySearch_data()
    {
        QTest::addColumn<QString>("reasonContains");
        QTest::addColumn<qlonglong>("discordId");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << QString() << 0LL << 4;
        QTest::newRow("reason words, any case") << QStringLiteral("SPAM") << 0LL << 2;
        QTest::newRow("percent is literal") << QStringLiteral("100%") << 0LL << 1;
        QTest::newRow("underscore is literal") << QStringLiteral("a_b") << 0LL << 0;
        QTest::newRow("sql metacharacters")
            << QStringLiteral("'; DROP TABLE player; --") << 0LL << 0;
        QTest::newRow("target id") << QString() << qlonglong(PlayerId) << 3;
        QTest::newRow("moderator id") << QString() << qlonglong(ModeratorId) << 3;
    }
    void historySearch()
    {
        QFETCH(QString, reasonContains);
        QFETCH(qlonglong, discordId);
        QFETCH(int, expected);
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        storage::BlacklistRepository bans(*fx.database);
        const storage::AuditActor actor {ModeratorId, QStringLiteral("studio")};
        QVERIFY(bans.add(domain::BlacklistTarget::User, PlayerId, QStringLiteral("spam"), actor)
                    .result());
        QVERIFY(
            bans.remove(domain::BlacklistTarget::User, PlayerId, QStringLiteral("appeal"), actor)
                .result());
        QVERIFY(bans.add(domain::BlacklistTarget::User, PlayerId,
                         QStringLiteral("Spam again, 100% sure"), actor)
                    .result());
        QVERIFY(
            bans.add(domain::BlacklistTarget::Guild, GuildId, QStringLiteral("raid"), {}).result());
        storage::HistoryFilter filter;
        filter.reasonContains = reasonContains;
        if (discordId != 0)
            filter.discordId = discordId;
        ModerationQueries queries(*fx.database);
        const auto page = queries.history(filter, {}, 2).result();
        QVERIFY(page);
        int total = int(page->rows.size());
        QDateTime previous = page->rows.isEmpty() ? QDateTime() : page->rows.first().date;
        std::optional<storage::PageCursor> after = page->next;
        while (after) {
            const auto next = queries.history(filter, after, 2).result();
            QVERIFY(next);
            for (const auto &entry : next->rows) {
                QVERIFY(entry.date <= previous);
                previous = entry.date;
            }
            total += int(next->rows.size());
            after = next->next;
        }
        QCOMPARE(total, expected);
        QCOMPARE(fx.count("SELECT count(*) FROM player"), 2);
    }

    void editReasonWritesAuditRow()
    {
        ModerationFixture fx;
        if (!fx.testDatabase.isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(fx.setUp().isEmpty());
        storage::BlacklistRepository queries(*fx.database);
        const storage::AuditActor actor {ModeratorId, QStringLiteral("studio")};
        const auto missing
            = queries
                  .editReason(domain::BlacklistTarget::User, PlayerId, QStringLiteral("x"), actor)
                  .result();
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, storage::StorageError::Kind::NotFound);
        QCOMPARE(fx.count("SELECT count(*) FROM audit_log"), 0);
        QVERIFY(storage::BlacklistRepository(*fx.database)
                    .add(domain::BlacklistTarget::User, PlayerId, QStringLiteral("old"), actor)
                    .result());
        const auto edited
            = queries
                  .editReason(domain::BlacklistTarget::User, PlayerId, QStringLiteral("new"), actor)
                  .result();
        QVERIFY(edited);
        QCOMPARE(edited->reason, std::optional(QStringLiteral("new")));
        QCOMPARE(fx.scalar("SELECT reason FROM blacklistedid"), QStringLiteral("new"));
        QCOMPARE(fx.scalar("SELECT before->>'reason' || '>' || (after->>'reason') || '/' || "
                           "actor_discord_id || '/' || actor_source FROM audit_log "
                           "WHERE action = 'blacklist.edit_reason'"),
                 QStringLiteral("old>new/%1/studio").arg(ModeratorId));
    }
};

QTEST_GUILESS_MAIN(TestModerationQueries)
#include "tst_moderationqueries.moc"

// SPDX-License-Identifier: MIT
// InstanceQueries against the real database: every sort (both directions) checked against an
// ordering computed here from the seeded rows, through keyset pages forwards and backwards and
// through offsets from either end; filters, counts, the autocomplete search and owner lookup.
#include "BallsFixture.h"
#include "storage/InstanceQueries.h"

#include <algorithm>

using namespace ballsdex;
using namespace ballsdex::testing;
using storage::InstanceSliceRequest;
using storage::InstanceSort;

using InstancePredicate = std::function<bool(const domain::BallInstance &)>;
Q_DECLARE_METATYPE(storage::InstanceSort)
Q_DECLARE_METATYPE(storage::InstanceFilter)
Q_DECLARE_METATYPE(InstancePredicate)

namespace {

constexpr Snowflake GuildA = 1200000000000000001LL;
constexpr Snowflake GuildB = 1200000000000000002LL;

} // namespace

class TestInstanceQueries final : public QObject
{
    Q_OBJECT

private:
    BallsFixture m_fixture;
    QList<domain::Ball> m_balls;
    domain::Special m_shiny;
    domain::Special m_gold;
    domain::RowId m_player = 0;
    domain::RowId m_other = 0;
    QList<domain::BallInstance> m_mine; ///< live, in creation order
    domain::BallInstance m_deleted;
    domain::BallInstance m_traded;

    QList<domain::RowId> expected(const QList<domain::BallInstance> &rows, InstanceSort sort,
                                  bool reverse) const
    {
        return expectedOrder(rows, m_balls, sort, reverse);
    }

    storage::InstanceSlice slice(const storage::InstanceFilter &filter,
                                 storage::InstanceOrder order, InstanceSliceRequest request)
    {
        const auto result
            = await(storage::InstanceQueries(*m_fixture.database).slice(filter, order, request));
        if (!result)
            qFatal("slice failed: %s", qPrintable(result.error().toString()));
        return *result;
    }

    static QList<domain::RowId> ids(const QList<domain::BallInstance> &rows)
    {
        QList<domain::RowId> out;
        for (const domain::BallInstance &row : rows)
            out.append(row.id);
        return out;
    }

    storage::InstanceFilter mineFilter() const { return {.playerId = m_player}; }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_fixture.open())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_balls = {m_fixture.createBall(QStringLiteral("Alpha"), 100, 50, 0.5),
                   m_fixture.createBall(QStringLiteral("Bravo"), 200, 10, 0.1),
                   m_fixture.createBall(QStringLiteral("Charlie"), 50, 80, 0.5),
                   m_fixture.createBall(QStringLiteral("Delta"), 120, 60, 2.0)};
        m_shiny = m_fixture.createSpecial(QStringLiteral("Shiny"), QStringLiteral("✨"));
        m_gold = m_fixture.createSpecial(QStringLiteral("Gold"), QStringLiteral("🥇"));
        m_player = m_fixture.createPlayer(InvokerId);
        m_other = m_fixture.createPlayer(OtherUserId);
        const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        const int pattern[] = {0, 1, 1, 2, 3, 3, 3, 1, 0, 3};
        for (int i = 0; i < 47; ++i) {
            InstanceSeed seed;
            seed.ball = m_balls.at(pattern[i % 10]).id;
            seed.player = m_player;
            seed.caught = base.addSecs(3600 * (i / 2)); // pairs share a catch date
            seed.attackBonus = (i * 7) % 41 - 20;
            seed.healthBonus = (i * 11) % 37 - 18;
            seed.favorite = i % 9 == 4;
            if (i % 5 == 0)
                seed.special = m_shiny.id;
            else if (i % 7 == 0)
                seed.special = m_gold.id;
            if (i % 6 == 1)
                seed.tradedFrom = m_other;
            seed.server = i % 4 == 0 ? GuildA : GuildB;
            m_mine.append(m_fixture.createInstance(seed));
        }
        for (int i = 0; i < 5; ++i)
            m_fixture.createInstance({.ball = m_balls.first().id, .player = m_other});
        m_deleted = m_fixture.createInstance({.ball = m_balls.first().id, .player = m_player});
        m_fixture.exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET deleted = true WHERE id = $1", m_deleted.id);
        });
        m_traded = m_mine.at(1);
    }

    void sortsPageForwardsAndBackwards_data()
    {
        QTest::addColumn<InstanceSort>("sort");
        QTest::addColumn<bool>("reverse");
        const QList<QPair<const char *, InstanceSort>> sorts {
            {"default", InstanceSort::Default},
            {"catch_date", InstanceSort::CatchDate},
            {"alphabetic", InstanceSort::Alphabetic},
            {"rarity", InstanceSort::Rarity},
            {"special", InstanceSort::Special},
            {"health", InstanceSort::Health},
            {"attack", InstanceSort::Attack},
            {"health_bonus", InstanceSort::HealthBonus},
            {"attack_bonus", InstanceSort::AttackBonus},
            {"stats_bonus", InstanceSort::StatsBonus},
            {"duplicates", InstanceSort::Duplicates}};
        for (const auto &[name, sort] : sorts) {
            QTest::addRow("%s", name) << sort << false;
            QTest::addRow("%s reversed", name) << sort << true;
        }
    }

    void sortsPageForwardsAndBackwards()
    {
        QFETCH(InstanceSort, sort);
        QFETCH(bool, reverse);
        const QList<domain::RowId> oracle = expected(m_mine, sort, reverse);
        const storage::InstanceOrder order {sort, reverse};
        constexpr int pageSize = 7;

        QList<domain::RowId> forwards;
        InstanceSliceRequest request {.limit = pageSize};
        for (;;) {
            const storage::InstanceSlice page = slice(mineFilter(), order, request);
            forwards += ids(page.items);
            if (page.items.size() < pageSize)
                break;
            request = {InstanceSliceRequest::From::After, 0, page.lastKey, pageSize};
        }
        QCOMPARE(forwards, oracle);

        QList<domain::RowId> backwards;
        request = {InstanceSliceRequest::From::End, 0, std::nullopt, pageSize};
        for (;;) {
            const storage::InstanceSlice page = slice(mineFilter(), order, request);
            backwards = ids(page.items) + backwards;
            if (page.items.size() < pageSize)
                break;
            request = {InstanceSliceRequest::From::Before, 0, page.firstKey, pageSize};
        }
        QCOMPARE(backwards, oracle);

        for (const int offset : {0, 6, 20, 40, 46}) {
            const auto fromStart = slice(mineFilter(), order,
                                         {InstanceSliceRequest::From::Start, offset, {}, pageSize});
            QCOMPARE(ids(fromStart.items), oracle.mid(offset, pageSize));
            const auto fromEnd = slice(mineFilter(), order,
                                       {InstanceSliceRequest::From::End, offset, {}, pageSize});
            const qsizetype end = oracle.size() - offset;
            QCOMPARE(ids(fromEnd.items),
                     oracle.mid(std::max<qsizetype>(0, end - pageSize),
                                std::min<qsizetype>(pageSize, end)));
        }
    }

    void filters_data()
    {
        QTest::addColumn<storage::InstanceFilter>("filter");
        QTest::addColumn<InstancePredicate>("keep");
        const auto base = mineFilter();
        auto only = base;
        only.specials = storage::SpecialFilter::OnlySpecials;
        QTest::newRow("only specials")
            << only << InstancePredicate([](const domain::BallInstance &i) {
                   return i.specialId.has_value();
               });
        auto non = base;
        non.specials = storage::SpecialFilter::NonSpecials;
        QTest::newRow("non specials")
            << non << InstancePredicate([](const domain::BallInstance &i) {
                   return !i.specialId.has_value();
               });
        auto self = base;
        self.selfCaughtOnly = true;
        QTest::newRow("self caught")
            << self << InstancePredicate([](const domain::BallInstance &i) {
                   return !i.tradePlayerId.has_value();
               });
        auto server = base;
        server.serverId = GuildA;
        QTest::newRow("this server")
            << server << InstancePredicate([](const domain::BallInstance &i) {
                   return i.serverId == GuildA;
               });
        auto ball = base;
        ball.ballId = m_balls.at(3).id;
        const domain::RowId delta = m_balls.at(3).id;
        QTest::newRow("ball") << ball << InstancePredicate([delta](const domain::BallInstance &i) {
            return i.ballId == delta;
        });
        auto special = base;
        special.specialId = m_gold.id;
        special.selfCaughtOnly = true;
        const domain::RowId gold = m_gold.id;
        QTest::newRow("special and self caught")
            << special << InstancePredicate([gold](const domain::BallInstance &i) {
                   return i.specialId == gold && !i.tradePlayerId;
               });
    }

    void filters()
    {
        QFETCH(storage::InstanceFilter, filter);
        QFETCH(InstancePredicate, keep);
        QList<domain::BallInstance> kept;
        std::copy_if(m_mine.begin(), m_mine.end(), std::back_inserter(kept), keep);
        QVERIFY(!kept.isEmpty());
        QVERIFY(kept.size() < m_mine.size());
        const auto counted = await(storage::InstanceQueries(*m_fixture.database).count(filter));
        QVERIFY(counted);
        QCOMPARE(*counted, std::int64_t(kept.size()));
        // Duplicates count within the filter, so it is the sharpest check of the subquery.
        for (const InstanceSort sort : {InstanceSort::Default, InstanceSort::Duplicates}) {
            const auto page = slice(filter, {sort, false}, {.limit = 100});
            QCOMPARE(ids(page.items), expected(kept, sort, false));
        }
    }

    void countIgnoresDeletedAndOthers()
    {
        const auto counted
            = await(storage::InstanceQueries(*m_fixture.database).count(mineFilter()));
        QVERIFY(counted);
        QCOMPARE(*counted, std::int64_t(m_mine.size()));
        const auto page = slice(mineFilter(), {}, {.limit = 500});
        QVERIFY(!ids(page.items).contains(m_deleted.id));
    }

    void keyOfAnotherOrderingIsRefused()
    {
        const auto first = slice(mineFilter(), {InstanceSort::Rarity, false}, {.limit = 3});
        const auto result
            = await(storage::InstanceQueries(*m_fixture.database)
                        .slice(mineFilter(), {InstanceSort::CatchDate, false},
                               {InstanceSliceRequest::From::After, 0, first.lastKey, 3}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, storage::StorageError::Kind::InvalidArgument);
    }

    void searchByHexPrefix()
    {
        storage::InstanceSearch search;
        search.playerId = m_player;
        search.matchAll = false;
        search.hexPrefix = QStringLiteral("1");
        const auto found = await(storage::InstanceQueries(*m_fixture.database).search(search));
        QVERIFY(found);
        QList<domain::BallInstance> matching;
        for (const domain::BallInstance &instance : m_mine) {
            if (QString::number(instance.id, 16).toUpper().startsWith(QLatin1Char('1')))
                matching.append(instance);
        }
        QList<domain::RowId> want = expected(matching, InstanceSort::CatchDate, false);
        want.removeOne(1);
        want.prepend(1); // the exact id first
        QCOMPARE(ids(*found), want.mid(0, 25));
    }

    void searchCombinesBallsSpecialAndLimit()
    {
        storage::InstanceSearch search;
        search.playerId = m_player;
        search.matchAll = false;
        search.ballIds = {m_balls.at(3).id};
        search.specialId = m_shiny.id;
        const auto found = await(storage::InstanceQueries(*m_fixture.database).search(search));
        QVERIFY(found);
        QList<domain::BallInstance> matching;
        for (const domain::BallInstance &instance : m_mine) {
            if (instance.ballId == m_balls.at(3).id && instance.specialId == m_shiny.id)
                matching.append(instance);
        }
        QVERIFY(!matching.isEmpty());
        QCOMPARE(ids(*found), expected(matching, InstanceSort::CatchDate, false));

        search = {};
        search.playerId = m_player;
        const auto all = await(storage::InstanceQueries(*m_fixture.database).search(search));
        QVERIFY(all);
        QCOMPARE(ids(*all), expected(m_mine, InstanceSort::CatchDate, false).mid(0, 25));
    }

    void findWithOwners()
    {
        storage::InstanceQueries queries(*m_fixture.database);
        const auto traded = await(queries.findWithOwners(m_traded.id));
        QVERIFY(traded && *traded);
        QCOMPARE((*traded)->ownerDiscordId, InvokerId);
        QCOMPARE((*traded)->previousOwnerDiscordId, std::optional(OtherUserId));
        const auto own = await(queries.findWithOwners(m_mine.first().id));
        QVERIFY(own && *own);
        QVERIFY(!(*own)->previousOwnerDiscordId);
        const auto deleted = await(queries.findWithOwners(m_deleted.id));
        QVERIFY(deleted);
        QVERIFY(!*deleted);
    }
};

QTEST_MAIN(TestInstanceQueries)
#include "tst_instancequeries.moc"

// SPDX-License-Identifier: MIT
#include "BlacklistTestSupport.h"
#include "ServicesTestSupport.h"
#include "services/BlacklistCache.h"
#include "storage/BlacklistRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::testing;
using bot::services::BlacklistCache;

class TestBlacklistCache final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<BlacklistCache> m_cache;

    void exec(const char *sql) { execElsewhere(m_test->conninfo(), QString::fromLatin1(sql)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_test = std::make_unique<TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_database = migratedDatabase(*m_test);
        QVERIFY(m_database);
        exec("INSERT INTO blacklistedid (discord_id, reason) VALUES (111, 'spam')");
        exec("INSERT INTO blacklistedguild (discord_id) VALUES (222)");
    }

    void loadsBothSetsAtStart()
    {
        m_cache = std::make_unique<BlacklistCache>(*m_database);
        QVERIFY(!m_cache->isUserBlacklisted(111));
        const auto loaded = await(m_cache->reload());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(m_cache->isUserBlacklisted(111));
        QVERIFY(m_cache->isGuildBlacklisted(222));
        QVERIFY(!m_cache->isUserBlacklisted(222));
        QVERIFY(!m_cache->isGuildBlacklisted(111));
        QCOMPARE(m_cache->userCount(), 1);
        QCOMPARE(m_cache->guildCount(), 1);
    }

    void rowInsertedElsewhereIsSeenWithoutRestart()
    {
        storage::NotificationListener::Options options;
        options.conninfo = m_test->conninfo();
        m_cache->startListening(options);
        // Queued to this thread, so the spy cannot miss it.
        QSignalSpy listening(m_cache->listener(), &storage::NotificationListener::listening);
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);

        exec("INSERT INTO blacklistedid (discord_id) VALUES (333)");
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->isUserBlacklisted(333), 10000);
        QVERIFY(!m_cache->isGuildBlacklisted(333));
    }

    void removalIsSeen()
    {
        exec("DELETE FROM blacklistedid WHERE discord_id = 333");
        QTRY_VERIFY_WITH_TIMEOUT(!m_cache->isUserBlacklisted(333), 10000);
        QVERIFY(m_cache->isUserBlacklisted(111));
    }

    void updateMovesTheId()
    {
        exec("UPDATE blacklistedid SET discord_id = 444 WHERE discord_id = 111");
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->isUserBlacklisted(444), 10000);
        QVERIFY(!m_cache->isUserBlacklisted(111));
    }

    void repositoryOnAnotherDatabaseIsSeen()
    {
        storage::Database other(fastOptions(m_test->url()));
        storage::BlacklistRepository repository(other);
        const storage::AuditActor actor {0, QStringLiteral("studio")};
        QVERIFY(await(
            repository.add(domain::BlacklistTarget::Guild, 555, QStringLiteral("raid"), actor)));
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->isGuildBlacklisted(555), 10000);
        QVERIFY(await(repository.remove(domain::BlacklistTarget::Guild, 555, std::nullopt, actor)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_cache->isGuildBlacklisted(555), 10000);
    }

    void truncateReloadsEverything()
    {
        QSignalSpy reloaded(m_cache.get(), &BlacklistCache::reloaded);
        exec("TRUNCATE blacklistedguild");
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000);
        QVERIFY(!m_cache->isGuildBlacklisted(222));
        QCOMPARE(m_cache->guildCount(), 0);
        QVERIFY(m_cache->isUserBlacklisted(444));
    }

    void localUpdatesApplyAtOnce()
    {
        m_cache->setUser(777, true);
        QVERIFY(m_cache->isUserBlacklisted(777));
        m_cache->setUser(777, false);
        QVERIFY(!m_cache->isUserBlacklisted(777));
        m_cache->setGuild(888, true);
        QVERIFY(m_cache->isGuildBlacklisted(888));
    }

    void cleanupTestCase() { m_cache.reset(); }
};

QTEST_GUILESS_MAIN(TestBlacklistCache)
#include "tst_blacklistcache.moc"

// SPDX-License-Identifier: MIT
#include "ServicesTestSupport.h"
#include "services/GuildSpawnChannels.h"
#include "storage/GuildConfigRepository.h"

#include <QTest>

using namespace ballsdex;
using namespace ballsdex::testing;
using bot::services::GuildSpawnChannels;

class TestGuildSpawnChannels final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_test = std::make_unique<TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_database = migratedDatabase(*m_test);
        QVERIFY(m_database);
        storage::GuildConfigRepository configs(*m_database);
        QVERIFY(await(configs.setSpawnChannel(1, domain::Snowflake(101))));
        QVERIFY(await(configs.setSpawnChannel(2, domain::Snowflake(202))));
        QVERIFY(await(configs.setEnabled(2, false)));
        QVERIFY(await(configs.getOrCreate(3))); // enabled, no channel
    }

    void loadKeepsEnabledGuildsWithAChannel()
    {
        GuildSpawnChannels channels(*m_database);
        QVERIFY(await(channels.load()));
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels.channelFor(1), std::optional<domain::Snowflake>(101));
        QVERIFY(!channels.channelFor(2));
        QVERIFY(!channels.channelFor(3));
        QVERIFY(!channels.channelFor(4));
    }

    void applyFollowsTheStoredConfiguration()
    {
        GuildSpawnChannels channels(*m_database);
        QVERIFY(await(channels.load()));
        domain::GuildConfig config;
        config.guildId = 3;
        config.spawnChannel = 303;
        channels.apply(config);
        QCOMPARE(channels.channelFor(3), std::optional<domain::Snowflake>(303));
        config.enabled = false;
        channels.apply(config);
        QVERIFY(!channels.channelFor(3));
        config.enabled = true;
        config.spawnChannel.reset();
        channels.apply(config);
        QVERIFY(!channels.channelFor(3));
        channels.remove(1);
        QCOMPARE(channels.size(), 0);
    }

    void loadReplacesTheMap()
    {
        GuildSpawnChannels channels(*m_database);
        domain::GuildConfig stale;
        stale.guildId = 9;
        stale.spawnChannel = 909;
        channels.apply(stale);
        QVERIFY(await(channels.load()));
        QVERIFY(!channels.channelFor(9));
        QVERIFY(channels.channelFor(1));
    }
};

QTEST_GUILESS_MAIN(TestGuildSpawnChannels)
#include "tst_guildspawnchannels.moc"

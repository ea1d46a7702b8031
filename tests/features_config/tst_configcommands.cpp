// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/config/ConfigCommands.h"
#include "interactions/InteractionRouter.h"
#include "schema/Migrator.h"
#include "services/GuildSpawnChannels.h"
#include "storage/Database.h"
#include "storage/GuildConfigRepository.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using bot::features::ConfigCommands;
using bot::features::ConfigWording;
using bot::services::GuildSpawnChannels;

namespace {

constexpr Snowflake SpawnChannelId = 1300000000000000099LL;
const QString manageGuildPermissions
    = QString::number(2248473465835073ULL | permission::ManageGuild);

using ballsdex::testing::await;

ConfigWording wording()
{
    return ConfigWording {QStringLiteral("TestDex"), QStringLiteral("testballs"),
                          QStringLiteral("https://example.org/tos"),
                          QStringLiteral("https://example.org/privacy")};
}

/// `/config <sub>` in GuildId, by a member holding `permissions`.
QJsonObject configPayload(const QDateTime &now, const QString &sub, QJsonArray options,
                          const QString &permissions, int sequence)
{
    const QJsonArray subcommand {nested(sub, OptionType::SubCommand, options)};
    QJsonObject payload = commandPayload(now, QStringLiteral("config"), subcommand, InvokerId,
                                         InteractionType::ApplicationCommand, sequence);
    QJsonObject member = payload.value(QLatin1String("member")).toObject();
    member.insert(QStringLiteral("permissions"), permissions);
    payload.insert(QStringLiteral("member"), member);
    QJsonObject data = payload.value(QLatin1String("data")).toObject();
    const QJsonObject channel {{QStringLiteral("id"), QString::number(SpawnChannelId)},
                               {QStringLiteral("name"), QStringLiteral("spawns")},
                               {QStringLiteral("type"), 0}};
    QJsonObject channels;
    channels.insert(QString::number(SpawnChannelId), channel);
    data.insert(QStringLiteral("resolved"), QJsonObject {{QStringLiteral("channels"), channels}});
    payload.insert(QStringLiteral("data"), data);
    return payload;
}

} // namespace

class TestConfigCommands final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<GuildSpawnChannels> m_channels;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<InteractionRouter> m_router;
    int m_sequence = 0;

    void buildRouter(storage::Database &database)
    {
        m_channels = std::make_unique<GuildSpawnChannels>(database);
        m_tree = std::make_unique<CommandTree>();
        m_transport = std::make_unique<RecordingTransport>();
        m_clock = std::make_unique<FakeClock>();
        m_scheduler = std::make_unique<FakeScheduler>(*m_clock);
        const ConfigCommands commands(wording(), database, *m_channels);
        const auto added = commands.registerInto(*m_tree);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        m_router
            = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
    }

    /// Runs one command and returns its single answer.
    RecordedCall run(const QString &sub, QJsonArray options = {},
                     const QString &permissions = manageGuildPermissions)
    {
        const qsizetype before = m_transport->calls.size();
        m_router->handle(configPayload(m_clock->now(), sub, options, permissions, ++m_sequence));
        if (!QTest::qWaitFor([&] { return m_transport->calls.size() > before; }, 10000))
            return {};
        return m_transport->calls.last();
    }

    static QJsonArray channelOption()
    {
        return QJsonArray {option(QStringLiteral("channel"), OptionType::Channel,
                                  QString::number(SpawnChannelId))};
    }

    std::optional<domain::GuildConfig> storedConfig()
    {
        storage::GuildConfigRepository repository(*m_database);
        const auto found = await(repository.find(GuildId));
        return found ? *found : std::nullopt;
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
    }

    void init() { buildRouter(*m_database); }

    void commandIsGuildOnlyAndNeedsManageServer()
    {
        const QJsonObject json = m_tree->command(QStringLiteral("config"))->toJson();
        QCOMPARE(json.value(QLatin1String("default_member_permissions")).toString(),
                 QString::number(permission::ManageGuild));
        QCOMPARE(json.value(QLatin1String("contexts")).toArray(), QJsonArray {0});
    }

    void statusBeforeAnyConfiguration()
    {
        const RecordedCall call = run(QStringLiteral("status"));
        QCOMPARE(call.flags(), 64);
        QVERIFY2(call.content().contains(QLatin1String("No spawn channel is configured")),
                 qPrintable(call.content()));
        QVERIFY(call.content().contains(QLatin1String("testballs")));
    }

    void missingManageServerIsRefused()
    {
        const RecordedCall call
            = run(QStringLiteral("channel"), channelOption(), QStringLiteral("0"));
        QCOMPARE(call.flags(), 64);
        QVERIFY2(call.content().contains(QLatin1String("Manage Server")),
                 qPrintable(call.content()));
        QVERIFY(!storedConfig());
        QVERIFY(!m_channels->channelFor(GuildId));
    }

    void channelSetsTheRowAndTheCache()
    {
        const RecordedCall call = run(QStringLiteral("channel"), channelOption());
        QCOMPARE(call.flags(), 0);
        const QString mention = QStringLiteral("<#%1>").arg(SpawnChannelId);
        QVERIFY2(call.content().contains(mention), qPrintable(call.content()));
        QVERIFY(call.content().contains(QLatin1String("Testballs will start spawning")));
        const QJsonObject embed
            = call.data.value(QLatin1String("embeds")).toArray().first().toObject();
        QCOMPARE(embed.value(QLatin1String("title")).toString(),
                 QStringLiteral("TestDex activation"));
        QVERIFY(embed.value(QLatin1String("description"))
                    .toString()
                    .contains(QLatin1String("(https://example.org/tos)")));
        QVERIFY(embed.value(QLatin1String("description"))
                    .toString()
                    .contains(QLatin1String("(https://example.org/privacy)")));

        const auto stored = storedConfig();
        QVERIFY(stored);
        QCOMPARE(stored->spawnChannel, std::optional<Snowflake>(SpawnChannelId));
        QVERIFY(stored->enabled);
        QCOMPARE(m_channels->channelFor(GuildId), std::optional<Snowflake>(SpawnChannelId));
    }

    void statusShowsTheChannel()
    {
        const RecordedCall call = run(QStringLiteral("status"));
        QVERIFY(call.content().contains(QStringLiteral("<#%1>").arg(SpawnChannelId)));
        QVERIFY2(call.content().contains(QLatin1String(": enabled")), qPrintable(call.content()));
    }

    void disableToggles()
    {
        QVERIFY(QCoro::waitFor(m_channels->load()));
        QVERIFY(m_channels->channelFor(GuildId));

        RecordedCall call = run(QStringLiteral("disable"));
        QVERIFY2(call.content().contains(QLatin1String("TestDex is now disabled")),
                 qPrintable(call.content()));
        QCOMPARE(storedConfig()->enabled, false);
        QVERIFY(!m_channels->channelFor(GuildId));
        call = run(QStringLiteral("status"));
        QVERIFY2(call.content().contains(QLatin1String(": disabled")), qPrintable(call.content()));

        call = run(QStringLiteral("disable"));
        QVERIFY2(call.content().contains(
                     QStringLiteral("will start spawning soon in <#%1>").arg(SpawnChannelId)),
                 qPrintable(call.content()));
        QCOMPARE(storedConfig()->enabled, true);
        QCOMPARE(m_channels->channelFor(GuildId), std::optional<Snowflake>(SpawnChannelId));
    }

    void enablingWithoutAChannelSaysSo()
    {
        storage::GuildConfigRepository repository(*m_database);
        QVERIFY(await(repository.setSpawnChannel(GuildId, std::nullopt)));
        QVERIFY(await(repository.setEnabled(GuildId, false)));
        const RecordedCall call = run(QStringLiteral("disable"));
        QVERIFY2(call.content().contains(QLatin1String("no spawning channel set")),
                 qPrintable(call.content()));
        QVERIFY(!m_channels->channelFor(GuildId));
    }

    void storageOutageGetsTheApology_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<bool>("withChannel");
        QTest::newRow("channel") << QStringLiteral("channel") << true;
        QTest::newRow("disable") << QStringLiteral("disable") << false;
        QTest::newRow("status") << QStringLiteral("status") << false;
    }

    void storageOutageGetsTheApology()
    {
        QFETCH(QString, sub);
        QFETCH(bool, withChannel);
        storage::Database broken(ballsdex::testing::fastDatabaseOptions(
            QStringLiteral("host=/nonexistent-ballsdex port=1 dbname=none")));
        buildRouter(broken);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("storage error")));
        const QJsonArray options = withChannel ? channelOption() : QJsonArray();
        const RecordedCall call = run(sub, options);
        QCOMPARE(call.content(), ConfigCommands::databaseUnavailableMessage());
        QCOMPARE(call.flags(), 64);
        QVERIFY(!m_channels->channelFor(GuildId));
        m_router.reset();
    }
};

QTEST_GUILESS_MAIN(TestConfigCommands)
#include "tst_configcommands.moc"

// SPDX-License-Identifier: MIT
// The bot's runtime end to end: the real gateway and REST clients against the fake Discord,
// a real PostgreSQL for the command-sync state.
#include "app/DiscordRuntime.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "fakediscord/rest/FakeHttpServer.h"
#include "schema/Migrator.h"
#include "storage/BlacklistRepository.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QCoroTask>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ballsdex;
using fakediscord::FakeDiscordRest;
using fakediscord::FakeGateway;

namespace {

const QString guildId = QStringLiteral("81384788765712384");
const QString channelId = QStringLiteral("81384788765712385");
const QString userId = QStringLiteral("80351110224678912");
const QString putGlobalCommands = QStringLiteral("PUT /applications/{application_id}/commands");

} // namespace

class TestDiscordRuntime final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<FakeDiscordRest> m_rest;
    std::unique_ptr<FakeGateway> m_gateway;
    config::Settings m_settings;

    QJsonObject pingInteraction(const fakediscord::FakeInteraction &interaction) const
    {
        const QJsonArray commands = m_rest->commands();
        QString commandId;
        for (const QJsonValue &command : commands) {
            if (command[QLatin1String("name")].toString() == QLatin1String("ping"))
                commandId = command[QLatin1String("id")].toString();
        }
        const QJsonObject user {{QStringLiteral("id"), userId},
                                {QStringLiteral("username"), QStringLiteral("tester")}};
        return {{QStringLiteral("id"), interaction.id},
                {QStringLiteral("application_id"), m_rest->applicationId()},
                {QStringLiteral("type"), 2},
                {QStringLiteral("token"), interaction.token},
                {QStringLiteral("version"), 1},
                {QStringLiteral("guild_id"), guildId},
                {QStringLiteral("channel_id"), channelId},
                {QStringLiteral("app_permissions"), QStringLiteral("2248473465835073")},
                {QStringLiteral("locale"), QStringLiteral("en-US")},
                {QStringLiteral("member"),
                 QJsonObject {{QStringLiteral("user"), user},
                              {QStringLiteral("permissions"), QStringLiteral("2248473465835073")}}},
                {QStringLiteral("data"),
                 QJsonObject {{QStringLiteral("id"), commandId},
                              {QStringLiteral("name"), QStringLiteral("ping")},
                              {QStringLiteral("type"), 1}}}};
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<testing::TestDatabase>();
        if (!m_db->isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(m_db->conninfo()).migrate());
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseOptions {.conninfo = m_db->conninfo()});

        m_rest = std::make_unique<FakeDiscordRest>();
        QVERIFY(m_rest->listen());
        m_rest->addChannel(channelId, guildId);
        m_gateway = std::make_unique<FakeGateway>();
        m_gateway->setToken(m_rest->botToken());
        m_gateway->setHeartbeatIntervalMs(200);
        m_gateway->setGuilds({guildId.toLongLong()});
        QVERIFY(m_gateway->listen());

        m_settings = config::Settings();
        m_settings.discord.token = m_rest->botToken();
        m_settings.discord.apiUrl = m_rest->baseUrl();
        m_settings.discord.gatewayUrl = m_gateway->url();
        m_settings.discord.shardCount = 1;
        m_settings.botName = QStringLiteral("TestDex");
    }

    void cleanup()
    {
        m_gateway.reset();
        m_rest.reset();
        m_database.reset();
        m_db.reset();
    }

    void answersSlashCommandsAndShutsDownCleanly()
    {
        bot::DiscordRuntime runtime(m_settings, *m_database);
        QSignalSpy ready(&runtime, &bot::DiscordRuntime::ready);
        auto running = runtime.run();
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_rest->requestsFor(putGlobalCommands).size(), 1);

        QSignalSpy responded(m_rest.get(), &FakeDiscordRest::interactionResponded);
        const fakediscord::FakeInteraction interaction
            = m_rest->createInteraction(channelId, 2, {}, guildId);
        m_gateway->sendGuildDispatch(QStringLiteral("INTERACTION_CREATE"),
                                     pingInteraction(interaction));
        QVERIFY(responded.wait(5000));
        const auto answered = m_rest->interaction(interaction.id);
        QVERIFY(answered);
        QCOMPARE(answered->callbackType, 4);
        QVERIFY(answered->ephemeral);
        const QString content
            = answered->lastCallback[QLatin1String("data")][QLatin1String("content")].toString();
        QVERIFY2(content.startsWith(QLatin1String("Pong! TestDex is online")), qPrintable(content));

        runtime.shutdown();
        QCOMPARE(QCoro::waitFor(std::move(running)), 0);
        QCOMPARE(m_gateway->connections().last().closeCode, 1000);
    }

    void blacklistChangesArePostedToTheLogChannel()
    {
        const QString logChannel = QStringLiteral("81384788765712390");
        m_rest->addChannel(logChannel, guildId);
        m_settings.logChannel = logChannel.toLongLong();
        fakediscord::FakeHttpServer webhookServer;
        QVERIFY(webhookServer.listen());
        QStringList webhookLines;
        webhookServer.route("POST", QStringLiteral("/api/webhooks/{id}/{token}"),
                            [&webhookLines](fakediscord::HttpRequest &request) {
                                webhookLines.append(QJsonDocument::fromJson(request.body)
                                                        .object()
                                                        .value(QLatin1String("content"))
                                                        .toString());
                                return fakediscord::HttpResponse::json(204, QJsonDocument());
                            });
        m_settings.adminPanel.webhookUrl
            = webhookServer.url().toString() + QStringLiteral("/api/webhooks/1/secret");
        bot::DiscordRuntime runtime(m_settings, *m_database);
        QSignalSpy ready(&runtime, &bot::DiscordRuntime::ready);
        auto running = runtime.run();
        QVERIFY(ready.wait(10000));

        // As Studio does it, on a connection of its own; the bot hears it through NOTIFY.
        storage::Database studio(storage::DatabaseOptions {.conninfo = m_db->conninfo()});
        QVERIFY(storage::BlacklistRepository(studio)
                    .add(domain::BlacklistTarget::User, 5555, QStringLiteral("botting"),
                         storage::AuditActor {4242, QStringLiteral("studio")})
                    .result());
        QTRY_COMPARE_WITH_TIMEOUT(m_rest->channelMessages(logChannel).size(), 1, 10000);
        const QJsonObject posted = m_rest->channelMessages(logChannel).first();
        QCOMPARE(
            posted.value(QLatin1String("content")).toString(),
            QStringLiteral("User <@5555> (`5555`) was blacklisted by <@4242>. Reason: botting."));

        runtime.shutdown();
        QCOMPARE(QCoro::waitFor(std::move(running)), 0);
    }

    void unchangedCommandsAreNotPushedAgain()
    {
        for (int run = 0; run < 2; ++run) {
            bot::DiscordRuntime runtime(m_settings, *m_database);
            QSignalSpy ready(&runtime, &bot::DiscordRuntime::ready);
            auto running = runtime.run();
            QVERIFY(ready.wait(10000));
            runtime.shutdown();
            QCOMPARE(QCoro::waitFor(std::move(running)), 0);
        }
        QCOMPARE(m_rest->requestsFor(putGlobalCommands).size(), 1);
    }

    void commandsMissingOnDiscordArePushedAgain()
    {
        const auto runOnce = [this] {
            bot::DiscordRuntime runtime(m_settings, *m_database);
            QSignalSpy ready(&runtime, &bot::DiscordRuntime::ready);
            auto running = runtime.run();
            QVERIFY(ready.wait(10000));
            runtime.shutdown();
            QCOMPARE(QCoro::waitFor(std::move(running)), 0);
        };
        runOnce();
        const QString applicationId = m_rest->applicationId();
        const qsizetype registered = m_rest->commands().size();
        QVERIFY(registered >= 4); // ping, config, about, help

        // Same application, same stored sync state, but Discord's side starts empty.
        m_rest = std::make_unique<FakeDiscordRest>();
        QVERIFY(m_rest->listen());
        m_rest->setApplication({{QStringLiteral("id"), applicationId},
                                {QStringLiteral("name"), QStringLiteral("BallsDex")}});
        m_settings.discord.apiUrl = m_rest->baseUrl();
        runOnce();
        QCOMPARE(m_rest->requestsFor(putGlobalCommands).size(), 1);
        QCOMPARE(m_rest->commands().size(), registered);
    }

    void refusedTokenStopsWithAnErrorStatus()
    {
        m_gateway->setToken(QStringLiteral("a-different-token"));
        bot::DiscordRuntime runtime(m_settings, *m_database);
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("stopped for good.*4004")));
        QCOMPARE(QCoro::waitFor(runtime.run()), 1);
        QCOMPARE(m_gateway->connections().size(), 1); // no reconnect storm
    }

    void restUnauthorizedStopsBeforeConnecting()
    {
        m_settings.discord.token = QStringLiteral("not-the-token");
        bot::DiscordRuntime runtime(m_settings, *m_database);
        QTest::ignoreMessage(
            QtCriticalMsg,
            QRegularExpression(QStringLiteral("Cannot read the Discord application")));
        QCOMPARE(QCoro::waitFor(runtime.run()), 1);
        QVERIFY(m_gateway->connections().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiscordRuntime)
#include "tst_discordruntime.moc"

// SPDX-License-Identifier: MIT
// The bot tells Studio how to log in: bot_state "studio.login", written at start-up once the owners
// are known and again on reload.
#include "app/DiscordRuntime.h"
#include "domain/StudioLoginSettings.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "schema/Migrator.h"
#include "services/StaffDirectory.h"
#include "services/StudioLoginPublisher.h"
#include "storage/BotStateRepository.h"
#include "storage/Database.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ballsdex;
using bot::services::StaffDirectory;
using bot::services::StudioLoginPublisher;

namespace {

const QString key = QString::fromLatin1(domain::StudioLoginSettings::Key);

QJsonObject teamApplication()
{
    const auto member = [](const char *id) {
        return QJsonObject {
            {QStringLiteral("user"), QJsonObject {{QStringLiteral("id"), QLatin1String(id)}}}};
    };
    const QJsonObject team {
        {QStringLiteral("owner_user_id"), QStringLiteral("700000000000000070")},
        {QStringLiteral("members"),
         QJsonArray {member("700000000000000070"), member("700000000000000071")}}};
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("9")},
                        {QStringLiteral("team"), team}};
}

config::Settings configured()
{
    config::Settings settings;
    settings.adminPanel.clientId = 123456789012345678;
    settings.adminCommand.guildIds = {500000000000000001, 500000000000000002};
    settings.adminCommand.rootRoleIds = {600000000000000001};
    settings.adminCommand.adminRoleIds = {600000000000000002, 600000000000000003};
    settings.adminCommand.artistRoleIds = {600000000000000004};
    settings.owners.coOwners = {420000000000000042};
    return settings;
}

StaffDirectory staffFor(const config::Settings &settings, const QJsonObject &application)
{
    StaffDirectory::Rules rules;
    rules.coOwners = settings.owners.coOwners;
    rules.teamMembersAreOwners = settings.owners.teamMembersAreOwners;
    StaffDirectory staff(rules);
    staff.setApplication(application);
    return staff;
}

QJsonObject storedValue(const QString &conninfo)
{
    pqxx::connection connection(conninfo.toStdString());
    pqxx::read_transaction tx(connection);
    const auto rows
        = tx.exec_params("SELECT value::text FROM bot_state WHERE key = $1", key.toStdString());
    if (rows.empty())
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(rows[0][0].as<std::string>()))
        .object();
}

QJsonArray ids(std::initializer_list<const char *> values)
{
    QJsonArray array;
    for (const char *value : values)
        array.append(QLatin1String(value));
    return array;
}

} // namespace

class TestStudioLoginPublisher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizeUrlFollowsTheApiBase_data()
    {
        QTest::addColumn<QUrl>("api");
        QTest::addColumn<QUrl>("authorize");
        const QUrl discord(QStringLiteral("https://discord.com/oauth2/authorize"));
        QTest::newRow("discord") << QUrl(QStringLiteral("https://discord.com/api/v10")) << discord;
        QTest::newRow("canary") << QUrl(QStringLiteral("https://canary.discord.com/api/v10"))
                                << discord;
        QTest::newRow("fake on a port")
            << QUrl(QStringLiteral("http://127.0.0.1:8123/api/v10"))
            << QUrl(QStringLiteral("http://127.0.0.1:8123/oauth2/authorize"));
        QTest::newRow("proxy with a path")
            << QUrl(QStringLiteral("https://proxy.example/discord/api/v10"))
            << QUrl(QStringLiteral("https://proxy.example/oauth2/authorize"));
        QTest::newRow("lookalike host")
            << QUrl(QStringLiteral("https://notdiscord.com/api/v10"))
            << QUrl(QStringLiteral("https://notdiscord.com/oauth2/authorize"));
    }

    void authorizeUrlFollowsTheApiBase()
    {
        QFETCH(QUrl, api);
        QFETCH(QUrl, authorize);
        QCOMPARE(StudioLoginPublisher::authorizeUrlFor(api), authorize);
    }

    void ownersComeFromDiscordAndTheConfig_data()
    {
        QTest::addColumn<QJsonObject>("application");
        QTest::addColumn<bool>("teamMembersAreOwners");
        QTest::addColumn<QList<domain::Snowflake>>("owners");
        QTest::newRow("application owner")
            << QJsonObject {{QStringLiteral("id"), QStringLiteral("9")},
                            {QStringLiteral("owner"),
                             QJsonObject {
                                 {QStringLiteral("id"), QStringLiteral("800000000000000080")}}}}
            << false << QList<domain::Snowflake> {420000000000000042, 800000000000000080};
        QTest::newRow("team owner")
            << teamApplication() << false
            << QList<domain::Snowflake> {420000000000000042, 700000000000000070};
        QTest::newRow("team members")
            << teamApplication() << true
            << QList<domain::Snowflake> {420000000000000042, 700000000000000070,
                                         700000000000000071};
    }

    void ownersComeFromDiscordAndTheConfig()
    {
        QFETCH(QJsonObject, application);
        QFETCH(bool, teamMembersAreOwners);
        QFETCH(QList<domain::Snowflake>, owners);
        config::Settings settings = configured();
        settings.owners.teamMembersAreOwners = teamMembersAreOwners;
        const auto login
            = StudioLoginPublisher::loginSettings(settings, staffFor(settings, application));
        QCOMPARE(login.ownerIds, owners);
    }

    void publishesTheExpectedJsonAndReplacesIt()
    {
        testing::TestDatabase db;
        if (!db.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(db.conninfo()).migrate());
        storage::Database database(testing::fastDatabaseOptions(db.conninfo()));
        StudioLoginPublisher publisher(database);

        config::Settings settings = configured();
        settings.discord.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8123/api/v10"));
        const StaffDirectory staff = staffFor(settings, teamApplication());
        QVERIFY(QCoro::waitFor(
            publisher.publish(StudioLoginPublisher::loginSettings(settings, staff))));

        const QJsonObject expected {
            {QStringLiteral("client_id"), QStringLiteral("123456789012345678")},
            {QStringLiteral("authorize_url"),
             QStringLiteral("http://127.0.0.1:8123/oauth2/authorize")},
            {QStringLiteral("api_base_url"), QStringLiteral("http://127.0.0.1:8123/api/v10")},
            {QStringLiteral("admin_guild_ids"), ids({"500000000000000001", "500000000000000002"})},
            {QStringLiteral("root_role_ids"), ids({"600000000000000001"})},
            {QStringLiteral("admin_role_ids"), ids({"600000000000000002", "600000000000000003"})},
            {QStringLiteral("artist_role_ids"), ids({"600000000000000004"})},
            {QStringLiteral("owner_ids"), ids({"420000000000000042", "700000000000000070"})},
        };
        const QJsonObject stored = storedValue(db.conninfo());
        QCOMPARE(stored, expected);
        const auto parsed = domain::StudioLoginSettings::fromJson(stored);
        QVERIFY(parsed);
        QCOMPARE(parsed->tokenUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:8123/api/v10/oauth2/token")));

        // A reload with other settings replaces the value.
        settings.adminPanel.clientId.reset();
        settings.adminCommand.artistRoleIds.clear();
        QVERIFY(QCoro::waitFor(
            publisher.publish(StudioLoginPublisher::loginSettings(settings, staff))));
        const QJsonObject replaced = storedValue(db.conninfo());
        QVERIFY(replaced.value(QStringLiteral("client_id")).isNull());
        QCOMPARE(replaced.value(QStringLiteral("artist_role_ids")), QJsonValue(QJsonArray()));
        QCOMPARE(replaced.value(QStringLiteral("owner_ids")),
                 expected.value(QStringLiteral("owner_ids")));
    }

    void databaseFailureWarnsOnce()
    {
        testing::TestDatabase db; // not migrated: no bot_state table
        if (!db.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        storage::Database database(testing::fastDatabaseOptions(db.conninfo()));
        StudioLoginPublisher publisher(database);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot publish the Studio login")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QVERIFY(!QCoro::waitFor(publisher.publish(domain::StudioLoginSettings {})));
    }

    void runtimePublishesAtStartAndOnReload()
    {
        testing::TestDatabase db;
        if (!db.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(db.conninfo()).migrate());
        storage::Database database(storage::DatabaseOptions {.conninfo = db.conninfo()});

        const QString guildId = QStringLiteral("81384788765712384");
        fakediscord::FakeDiscordRest rest;
        QVERIFY(rest.listen());
        QJsonObject application = teamApplication();
        application.insert(QStringLiteral("id"), rest.applicationId());
        rest.setApplication(application);
        fakediscord::FakeGateway gateway;
        gateway.setToken(rest.botToken());
        gateway.setHeartbeatIntervalMs(200);
        gateway.setGuilds({guildId.toLongLong()});
        QVERIFY(gateway.listen());

        config::Settings settings = configured();
        settings.discord.token = rest.botToken();
        settings.discord.apiUrl = rest.baseUrl();
        settings.discord.gatewayUrl = gateway.url();
        settings.discord.shardCount = 1;
        settings.discord.syncCommandsOnStart = false;
        settings.owners.teamMembersAreOwners = true;

        bot::DiscordRuntime runtime(settings, database);
        QSignalSpy ready(&runtime, &bot::DiscordRuntime::ready);
        auto running = runtime.run();
        QVERIFY(ready.wait(10000));

        const QJsonObject published = storedValue(db.conninfo());
        QCOMPARE(
            published.value(QStringLiteral("owner_ids")),
            QJsonValue(ids({"420000000000000042", "700000000000000070", "700000000000000071"})));
        QUrl authorize = rest.baseUrl();
        authorize.setPath(QStringLiteral("/oauth2/authorize"));
        QCOMPARE(published.value(QStringLiteral("authorize_url")).toString(), authorize.toString());
        QCOMPARE(published.value(QStringLiteral("api_base_url")).toString(),
                 rest.baseUrl().toString());
        QCOMPARE(published.value(QStringLiteral("artist_role_ids")),
                 QJsonValue(ids({"600000000000000004"})));

        {
            pqxx::connection connection(db.conninfo().toStdString());
            pqxx::work tx(connection);
            tx.exec0("DELETE FROM bot_state WHERE key = 'studio.login'");
            tx.commit();
        }
        QVERIFY(storedValue(db.conninfo()).isEmpty());
        QVERIFY(QCoro::waitFor(runtime.reloadCaches()));
        QCOMPARE(storedValue(db.conninfo()), published);

        runtime.shutdown();
        QCOMPARE(QCoro::waitFor(std::move(running)), 0);
    }
};

QTEST_GUILESS_MAIN(TestStudioLoginPublisher)
#include "tst_studiologinpublisher.moc"

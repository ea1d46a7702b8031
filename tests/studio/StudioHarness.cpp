// SPDX-License-Identifier: MIT
#include "StudioHarness.h"

#include "domain/StudioLoginSettings.h"
#include "render/StarterCatalogue.h"
#include "schema/Migrator.h"

#include <pqxx/pqxx>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

namespace ballsdex::testing {

namespace {

constexpr int WaitMs = 20000;

domain::Snowflake snowflake(const char *text)
{
    return QByteArray(text).toLongLong();
}

} // namespace

StudioHarness::StudioHarness()
{
    m_database = std::make_unique<TestDatabase>();
    if (!m_database->isAvailable()) {
        m_why = QStringLiteral("no PostgreSQL test cluster");
        return;
    }
    if (!schema::Migrator(m_database->url()).migrate()) {
        m_why = QStringLiteral("the migrations failed");
        return;
    }
    if (!seedCatalogue())
        return;

    m_rest = std::make_unique<fakediscord::FakeDiscordRest>();
    m_rest->setBotToken(QStringLiteral("bot-token"));
    if (!m_rest->listen()) {
        m_why = QStringLiteral("the fake Discord could not listen");
        return;
    }
    m_oauth = std::make_unique<fakediscord::FakeDiscordOAuth>(*m_rest);
    fakediscord::OAuthClient client;
    client.id = QString::fromLatin1(ClientId);
    client.publicClient = true;
    client.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    m_oauth->registerClient(client);
    fakediscord::FakeUser user;
    user.id = QString::fromLatin1(UserId);
    user.username = QStringLiteral("nelly");
    user.globalName = QStringLiteral("Nelly");
    user.mfaEnabled = true;
    m_oauth->setBrowserUser(user);
    m_oauth->addGuild(QString::fromLatin1(AdminGuildId), QStringLiteral("BallsDex HQ"));
    setDiscordRoles({QString::fromLatin1(RootRoleId)});
    publishLoginSettings();

    m_browser = std::make_unique<fakediscord::FakeBrowser>();
    m_settings = std::make_unique<QSettings>(m_config.filePath(QStringLiteral("studio.ini")),
                                             QSettings::IniFormat);
    m_window = std::make_unique<studio::MainWindow>(m_secrets, *m_settings);
    m_window->setMediaRoot(m_media.path());
    m_window->setDiscardConfirmation([] { return true; });
    fakediscord::FakeBrowser *browser = m_browser.get();
    m_window->setBrowserOpener([browser](const QUrl &url) { browser->open(url); });
}

StudioHarness::~StudioHarness()
{
    m_window.reset();
    if (m_logins.isEmpty())
        return;
    try {
        pqxx::connection connection(m_database->conninfo().toStdString());
        pqxx::nontransaction tx(connection);
        for (const QString &login : std::as_const(m_logins))
            tx.exec("DROP ROLE IF EXISTS " + tx.quote_name(login.toStdString()));
    } catch (const std::exception &error) {
        qWarning("could not drop the test logins: %s", error.what());
    }
}

QString StudioHarness::createDatabaseLogin(const QString &groupRole)
{
    static int counter = 0;
    const QString login = QStringLiteral("studio_%1_%2_%3")
                              .arg(groupRole.section(QLatin1Char('_'), -1))
                              .arg(QCoreApplication::applicationPid())
                              .arg(++counter);
    pqxx::connection connection(m_database->conninfo().toStdString());
    pqxx::nontransaction tx(connection);
    tx.exec("CREATE ROLE " + tx.quote_name(login.toStdString()) + " LOGIN IN ROLE "
            + tx.quote_name(groupRole.toStdString()));
    m_logins.append(login);
    return login;
}

void StudioHarness::setDiscordRoles(const QStringList &roleIds)
{
    fakediscord::GuildMembership membership;
    membership.guildId = QString::fromLatin1(AdminGuildId);
    membership.roleIds = roleIds;
    m_oauth->removeMembership(QString::fromLatin1(UserId), membership.guildId);
    m_oauth->addMembership(QString::fromLatin1(UserId), membership);
}

bool StudioHarness::connect(const QString &databaseUser)
{
    QSignalSpy checked(m_window.get(), &studio::MainWindow::databaseChecked);
    QString url = m_database->url();
    url.replace(QStringLiteral("postgresql://postgres@"),
                QStringLiteral("postgresql://%1@").arg(databaseUser));
    m_window->connectToDatabase(url);
    if (!QTest::qWaitFor([&] { return !checked.isEmpty(); }, WaitMs)
        || !checked.first().first().toBool())
        return false;
    auto *pages = m_window->findChild<QStackedWidget *>();
    return QTest::qWaitFor(
        [&] { return pages->currentWidget()->objectName() == QLatin1String("loginPage"); }, WaitMs);
}

bool StudioHarness::logIn()
{
    QSignalSpy ready(m_window.get(), &studio::MainWindow::workspaceReady);
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("loginButton"));
    if (button == nullptr || !QTest::qWaitFor([&] { return button->isEnabled(); }, WaitMs))
        return false;
    button->click();
    return QTest::qWaitFor([&] { return !ready.isEmpty(); }, WaitMs);
}

qint64 StudioHarness::seedPlayer(qint64 discordId, int count)
{
    pqxx::connection connection(m_database->conninfo().toStdString());
    pqxx::work tx(connection);
    const auto player
        = tx.exec_params1("INSERT INTO player (discord_id) VALUES ($1) RETURNING id", discordId);
    const qint64 playerId = player[0].as<qint64>();
    tx.exec_params(
        "INSERT INTO ballinstance (ball_id, player_id, catch_date, spawned_time, server_id,"
        " health_bonus, attack_bonus)"
        " SELECT b.id, $1, now() - make_interval(mins => g), now() - make_interval(mins => g)"
        " - interval '7 seconds', 1500000000000000001, (g % 41) - 20, (g % 37) - 18"
        " FROM generate_series(1, $2) AS g"
        " JOIN LATERAL (SELECT id FROM ball ORDER BY id OFFSET (g % (SELECT count(*) FROM ball))"
        " LIMIT 1) b ON true",
        playerId, count);
    tx.commit();
    return playerId;
}

QString StudioHarness::scalar(const QString &sql) const
{
    pqxx::connection connection(m_database->conninfo().toStdString());
    pqxx::work tx(connection);
    const pqxx::result rows = tx.exec(sql.toStdString());
    if (rows.empty() || rows[0][0].is_null())
        return {};
    return QString::fromStdString(rows[0][0].c_str());
}

bool StudioHarness::seedCatalogue()
{
    const auto starter = render::loadStarterCatalogue();
    if (!starter) {
        m_why = starter.error();
        return false;
    }
    const QDir media(m_media.path());
    for (const QString &file : starter->imageFiles()) {
        QFile::copy(render::StarterCatalogue::mediaRoot() + QLatin1Char('/') + file,
                    media.filePath(file));
    }
    pqxx::connection connection(m_database->conninfo().toStdString());
    pqxx::work tx(connection);
    for (const domain::Ball &ball : starter->balls) {
        const QString regime = starter->regimes.value(ball.regimeId - 1).name;
        tx.exec_params(
            "INSERT INTO ball (country, catch_names, health, attack, rarity, emoji_id, wild_card,"
            " collection_card, credits, capacity_name, capacity_description, regime_id)"
            " SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, r.id FROM regime r"
            " WHERE r.name = $12",
            ball.country.toStdString(), ball.catchNames.toStdString(), ball.health, ball.attack,
            ball.rarity, ball.emojiId, ball.wildCard.toStdString(),
            ball.collectionCard.toStdString(), ball.credits.toStdString(),
            ball.capacityName.toStdString(), ball.capacityDescription.toStdString(),
            regime.toStdString());
    }
    tx.commit();
    return true;
}

void StudioHarness::publishLoginSettings()
{
    domain::StudioLoginSettings login;
    login.clientId = snowflake(ClientId);
    login.authorizeUrl = m_oauth->authorizeUrl();
    login.apiBaseUrl = m_rest->baseUrl();
    login.adminGuildIds = {snowflake(AdminGuildId)};
    login.rootRoleIds = {snowflake(RootRoleId)};
    login.adminRoleIds = {snowflake(StaffRoleId)};
    login.artistRoleIds = {snowflake(ArtistRoleId)};
    pqxx::connection connection(m_database->conninfo().toStdString());
    pqxx::work tx(connection);
    tx.exec_params("INSERT INTO bot_state (key, value) VALUES ($1, $2::jsonb)",
                   domain::StudioLoginSettings::Key,
                   QJsonDocument(login.toJson()).toJson().toStdString());
    tx.commit();
}

} // namespace ballsdex::testing

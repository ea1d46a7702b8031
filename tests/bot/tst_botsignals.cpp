// SPDX-License-Identifier: MIT
// The whole `ballsdex-bot run` against the fake Discord and the test PostgreSQL, driven by the
// signals a service manager sends: SIGHUP reloads, SIGTERM stops cleanly.
#include "app/BotApplication.h"
#include "app/CommandLine.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>

using namespace ballsdex;
using namespace ballsdex::bot;

class TestBotSignals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reloadsOnSighupAndStopsOnSigterm()
    {
        testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(schema::Migrator(database.conninfo()).migrate());

        fakediscord::FakeDiscordRest rest;
        QVERIFY(rest.listen());
        fakediscord::FakeGateway gateway;
        gateway.setToken(rest.botToken());
        gateway.setHeartbeatIntervalMs(200);
        gateway.setGuilds({81384788765712384LL});
        QVERIFY(gateway.listen());

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("config.yml"));
        const auto writeConfig = [&config](const QByteArray &text) {
            QFile file(config);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(text) == text.size();
        };
        QVERIFY(writeConfig("bot-name: SignalDex\nlogging:\n  level: info\n"));
        const QString logFile = dir.filePath(QStringLiteral("bot.log"));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("BALLSDEXBOT_DB_URL"), database.url());
        environment.insert(QStringLiteral("BALLSDEXBOT_TOKEN"), rest.botToken());
        environment.insert(QStringLiteral("BALLSDEXBOT_DISCORD_API_URL"),
                           rest.baseUrl().toString());
        environment.insert(QStringLiteral("BALLSDEXBOT_DISCORD_GATEWAY_URL"),
                           gateway.url().toString());
        environment.insert(QStringLiteral("BALLSDEXBOT_SHARD_COUNT"), QStringLiteral("1"));
        environment.insert(QStringLiteral("BALLSDEXBOT_LOGGING_FILE"), logFile);
        const auto logged = [&logFile] {
            QFile file(logFile);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };

        // Each step waits for what the previous one caused, as read in the bot's own log.
        QList<std::pair<QString, std::function<void()>>> steps {
            {QStringLiteral("shard(s) are ready"),
             [&] {
                 writeConfig("bot-name: SignalDex\nlogging:\n  level: debug\n");
                 ::raise(SIGHUP);
             }},
            {QStringLiteral("Reloaded "),
             [&database] {
                 // An artist adds a ball in Studio: no signal, the bot hears it from PostgreSQL.
                 pqxx::connection connection(database.conninfo().toStdString());
                 pqxx::work tx(connection);
                 tx.exec0("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                          "collection_card, credits, capacity_name, capacity_description, "
                          "regime_id) SELECT 'Newland', 10, 10, 1, 1, 'w.png', 'c.png', 'me', "
                          "'cap', 'desc', min(id) FROM regime");
                 tx.commit();
             }},
            {QStringLiteral("The catalogue changed in the database; now 1 enabled balls"),
             [] {
                 ::raise(SIGTERM);
             }},
        };
        QTimer watcher;
        watcher.setInterval(20);
        QObject::connect(&watcher, &QTimer::timeout, &watcher, [&] {
            if (!steps.isEmpty() && logged().contains(steps.first().first))
                steps.takeFirst().second();
        });
        watcher.start();

        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const auto options = parseCommandLine(
            {QStringLiteral("ballsdex-bot"), QStringLiteral("--config"), config});
        QVERIFY(options);
        BotApplication bot(*options, environment, outStream, errStream);
        const int status = QCoro::waitFor(bot.run());
        watcher.stop();

        const QString text = logged();
        QCOMPARE(status, 0);
        QVERIFY2(steps.isEmpty(), qPrintable(text + err));
        QVERIFY(text.contains(QLatin1String("SIGHUP: reloading")));
        QVERIFY(text.contains(QLatin1String("Log level is now debug")));
        QVERIFY(!gateway.connections().isEmpty());
        QCOMPARE(gateway.connections().last().closeCode, 1000);
        QVERIFY(!text.contains(rest.botToken()));
    }
};

QTEST_GUILESS_MAIN(TestBotSignals)
#include "tst_botsignals.moc"

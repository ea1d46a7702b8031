// SPDX-License-Identifier: MIT
#include "app/BotApplication.h"
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace ballsdex::bot;
using ballsdex::testing::TestDatabase;

namespace {

struct Outcome
{
    int status = -1;
    QString out;
    QString err;
};

Outcome runBot(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    const auto options = parseCommandLine(QStringList {QStringLiteral("ballsdex-bot")} + arguments);
    if (!options)
        qFatal("bad test arguments");
    BotApplication bot(*options, environment, out, err);
    outcome.status = QCoro::waitFor(bot.run());
    out.flush();
    err.flush();
    return outcome;
}

} // namespace

class TestBotApplication final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;

    QProcessEnvironment environmentFor(const TestDatabase &database) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("BALLSDEXBOT_DB_URL"), database.url());
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(QStringLiteral("config.yml"));
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bot-name: TestDex\n");
    }

    void runMigratesThenRefusesToStartWithoutAToken()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        const Outcome outcome
            = runBot({QStringLiteral("--config"), m_config}, environmentFor(database));
        QCOMPARE(outcome.status, int(ExitConfigError));
        QVERIFY2(outcome.err.contains(QLatin1String("no Discord token is configured")),
                 qPrintable(outcome.err));

        const auto status = ballsdex::schema::Migrator(database.url()).status();
        QVERIFY(status);
        QVERIFY(status->isUpToDate());
    }

    void noMigrateRefusesAnOutdatedDatabase()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        const Outcome outcome
            = runBot({QStringLiteral("--config"), m_config, QStringLiteral("--no-migrate")},
                     environmentFor(database));
        QCOMPARE(outcome.status, int(ExitRuntimeFailure));
        const auto status = ballsdex::schema::Migrator(database.url()).status();
        QVERIFY(status);
        QCOMPARE(status->databaseVersion, 0);
    }

    void migrateCommandThenSchemaStatus()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QCOMPARE(runBot({QStringLiteral("--config"), m_config, QStringLiteral("migrate")},
                        environmentFor(database))
                     .status,
                 int(ExitSuccess));
        const Outcome status
            = runBot({QStringLiteral("--config"), m_config, QStringLiteral("schema-status")},
                     environmentFor(database));
        QCOMPARE(status.status, int(ExitSuccess));
        QVERIFY2(status.out.contains(QStringLiteral("database version %1")
                                         .arg(ballsdex::schema::Migrator::latestVersion())),
                 qPrintable(status.out));
    }

    void seedingAddsTheStarterCatalogueOnce()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        const QString config = m_dir.filePath(QStringLiteral("seed.yml"));
        const QString media = m_dir.filePath(QStringLiteral("media"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("media-directory: " + media.toUtf8() + "\n");
        file.close();

        const Outcome first
            = runBot({QStringLiteral("--config"), config, QStringLiteral("seed-starter-catalogue")},
                     environmentFor(database));
        QCOMPARE(first.status, int(ExitSuccess));
        QVERIFY2(first.out.contains(QLatin1String("Added 12 starter balls")),
                 qPrintable(first.out));
        QVERIFY(QFile::exists(media + QStringLiteral("/aldoria_wild.png")));
        QVERIFY(QFile::exists(media + QStringLiteral("/democracy.png")));

        const Outcome second
            = runBot({QStringLiteral("--config"), config, QStringLiteral("seed-starter-catalogue")},
                     environmentFor(database));
        QCOMPARE(second.status, int(ExitSuccess));
        QVERIFY2(second.out.contains(QLatin1String("already has 12 ball(s)")),
                 qPrintable(second.out));
        QVERIFY(second.out.contains(QLatin1String("Copied 0 starter image(s)")));
    }

    void configErrorsExitWithStatusTwo()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.yml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prometheus:\n  port: nope\n");
        file.close();
        const Outcome outcome = runBot({QStringLiteral("--config"), bad}, QProcessEnvironment());
        QCOMPARE(outcome.status, int(ExitConfigError));
        QVERIFY2(outcome.err.contains(QLatin1String("bad.yml:2:9: error: prometheus.port")),
                 qPrintable(outcome.err));
    }

    void missingDatabaseUrlIsAConfigError()
    {
        const Outcome outcome
            = runBot({QStringLiteral("--config"), m_config}, QProcessEnvironment());
        QCOMPARE(outcome.status, int(ExitConfigError));
        QVERIFY(outcome.err.contains(QLatin1String("no database is configured")));
    }

    void waitsForAnUnreachableDatabaseUntilStopped()
    {
        QProcessEnvironment environment;
        environment.insert(
            QStringLiteral("BALLSDEXBOT_DB_URL"),
            QStringLiteral("postgresql://bob:w41tpw@/nowhere?host=/nonexistent-socket-dir"));
        environment.insert(QStringLiteral("BALLSDEXBOT_DATABASE_CONNECT_RETRIES"),
                           QStringLiteral("0"));
        environment.insert(QStringLiteral("BALLSDEXBOT_WAIT_FOR_DATABASE"), QStringLiteral("true"));
        const QString logFile = m_dir.filePath(QStringLiteral("waiting.log"));
        environment.insert(QStringLiteral("BALLSDEXBOT_LOGGING_FILE"), logFile);
        const auto logged = [&logFile] {
            QFile file(logFile);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        // Once the bot says it is waiting, ask it to stop as systemd would.
        QTimer watcher;
        watcher.setInterval(20);
        QObject::connect(&watcher, &QTimer::timeout, &watcher, [&] {
            if (logged().contains(QLatin1String("Waiting for PostgreSQL (attempt 1)"))) {
                watcher.stop();
                ::raise(SIGTERM);
            }
        });
        watcher.start();
        const Outcome outcome = runBot({QStringLiteral("--config"), m_config}, environment);
        QCOMPARE(outcome.status, int(ExitSuccess));
        const QString text = logged();
        QVERIFY2(text.contains(QLatin1String("retrying in 5 s")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Stopped while waiting for the database")));
        QVERIFY(!text.contains(QLatin1String("w41tpw")));
    }

    void unreachableDatabaseFailsWithoutLeakingThePassword()
    {
        QProcessEnvironment environment;
        environment.insert(
            QStringLiteral("BALLSDEXBOT_DB_URL"),
            QStringLiteral("postgresql://bob:s3cr3tpw@/nowhere?host=/nonexistent-socket-dir"));
        environment.insert(QStringLiteral("BALLSDEXBOT_DATABASE_CONNECT_RETRIES"),
                           QStringLiteral("1"));
        const QString logFile = m_dir.filePath(QStringLiteral("unreachable.log"));
        environment.insert(QStringLiteral("BALLSDEXBOT_LOGGING_FILE"), logFile);
        const Outcome outcome = runBot({QStringLiteral("--config"), m_config}, environment);
        QFile file(logFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the bot's log file was not written");
        const QString logged = QString::fromUtf8(file.readAll());
        QCOMPARE(outcome.status, int(ExitRuntimeFailure));
        QVERIFY2(logged.contains(QLatin1String("Cannot use the database")), qPrintable(logged));
        QVERIFY(!logged.contains(QLatin1String("s3cr3tpw")));
        QVERIFY(!outcome.out.contains(QLatin1String("s3cr3tpw")));
        QVERIFY(!outcome.err.contains(QLatin1String("s3cr3tpw")));
    }
};

QTEST_GUILESS_MAIN(TestBotApplication)
#include "tst_botapplication.moc"

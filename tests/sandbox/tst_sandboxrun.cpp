// SPDX-License-Identifier: MIT
// ballsdex-sandbox with the real ballsdex-bot and a real PostgreSQL: a scripted run, and the
// report when the bot cannot start.
#include "SandboxRunner.h"
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList arguments(const QTemporaryDir &dir, const QStringList &extra = {})
{
    return QStringList {s("--bot"),   s(BALLSDEX_BOT_EXECUTABLE),
                        s("--files"), dir.filePath(s("files")),
                        s("--log"),   dir.filePath(s("bot.log"))}
    + extra;
}

bool writeEmptyConfig(const QTemporaryDir &dir)
{
    QFile config(dir.filePath(s("config.yml")));
    return config.open(QIODevice::WriteOnly) && config.write("# defaults\n") > 0;
}

} // namespace

class TestSandboxRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheRealBot()
    {
        ballsdex::testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("the test PostgreSQL cluster is not running (run through ctest)");
        const auto migrated = ballsdex::schema::Migrator(database.conninfo()).migrate();
        QVERIFY2(migrated.has_value(), qPrintable(migrated ? QString() : migrated.error().message));
        QTemporaryDir dir;
        QVERIFY(writeEmptyConfig(dir));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("BALLSDEXBOT_DB_URL"), database.url());

        const SandboxRun run
            = runSandbox(s(BALLSDEX_SANDBOX_EXECUTABLE),
                         arguments(dir, {s("--verbose"), s("--ready-timeout"), s("45")}),
                         s("hello from the sandbox\n/wait\n/commands\n/ping\n/wait\n/quit\n"),
                         environment, dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        if (run.has(s("The Discord connection is not part of this build yet")))
            QSKIP("this ballsdex-bot does not connect to Discord yet");
        // On failure the whole transcript goes to the test log (QVERIFY2 messages are cut).
        const auto shown = [&run](bool condition) {
            if (!condition)
                qWarning().noquote() << "sandbox transcript:\n" << run.output;
            return condition;
        };
        QVERIFY2(shown(run.has(
                     s("[sandbox] the bot connected to the fake gateway (IDENTIFY, shard 0/1)"))),
                 "the bot identified on the fake gateway");
        QVERIFY2(shown(run.has(s("[sandbox] the bot registered "))), "the bot synced its commands");
        QVERIFY2(shown(run.has(s("[sandbox] sent MESSAGE_CREATE from Alice in #general (seq "))),
                 "the message was delivered");
        QVERIFY2(shown(!run.has(s("refused the bot's"))), "no request refused by the fake Discord");
        if (run.output.contains(QRegularExpression(s("slash command\\(s\\): [^\n]*/ping\\b"))))
            QVERIFY2(shown(run.has(s("Alice's /ping"))), "an answer to /ping");
        QVERIFY2(shown(run.has(s("[sandbox] the bot exited with status 0."))),
                 "the bot stopped cleanly on SIGTERM");
        QCOMPARE(run.exitCode, 0);
        QFile log(dir.filePath(s("bot.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.size() > 0);
    }

    void reportsABotWithoutDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(writeEmptyConfig(dir));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("BALLSDEXBOT_DB_URL"), s("postgresql://nobody@127.0.0.1:1/none"));
        environment.insert(s("BALLSDEXBOT_DATABASE_CONNECT_RETRIES"), s("0"));
        environment.insert(s("BALLSDEXBOT_DATABASE_CONNECT_TIMEOUT"), s("2"));
        const SandboxRun run = runSandbox(s(BALLSDEX_SANDBOX_EXECUTABLE), arguments(dir),
                                          s("hello\n/quit\n"), environment, dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.has(s("[sandbox] error: the bot exited with status 1 before it connected to "
                           "Discord.\nLast lines of the bot's log:\n")),
                 qPrintable(run.output));
        QVERIFY2(run.has(s("127.0.0.1")), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRun)
#include "tst_sandboxrun.moc"

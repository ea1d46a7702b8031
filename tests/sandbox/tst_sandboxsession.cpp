// SPDX-License-Identifier: MIT
// ballsdex-sandbox end to end with a scripted stand-in bot (no database): the terminal's
// commands, the rendering of what the bot sends, saved files, modals, /wait and exit statuses.
#include "SandboxRunner.h"

#include <QDir>
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
    return QStringList {s("--bot"),   s(BALLSDEX_SCRIPTED_BOT),
                        s("--files"), dir.filePath(s("files")),
                        s("--log"),   dir.filePath(s("bot.log"))}
    + extra;
}

QString sandbox()
{
    return s(BALLSDEX_SANDBOX_EXECUTABLE);
}

} // namespace

class TestSandboxSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playsAScript()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = s("hello\n"
                                 "/commands\n"
                                 "/ping text:\"hi there\"\n"
                                 "/wait\n"
                                 "spawn\n"
                                 "/wait\n"
                                 "/click 2\n"
                                 "/click 1\n"
                                 "/wait\n"
                                 "/submit\n"
                                 "/fill 1 France\n"
                                 "/submit\n"
                                 "/wait\n"
                                 "/give Bob 0\n"
                                 "/slash nope\n"
                                 "/as bob\n"
                                 "/give user:Alice amount:5\n"
                                 "/wait\n"
                                 "/quit\n");
        const SandboxRun run = runSandbox(sandbox(), arguments(dir), script,
                                          QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        QCOMPARE(run.exitCode, 0);
        const char *const expected[] = {
            "[sandbox] the bot connected to the fake gateway (IDENTIFY, shard 0/1)",
            "[sandbox] the bot registered 2 global slash command(s): /give, /ping",
            "[sandbox] ready. You are Alice in #general",
            "  /give user:<user> amount:<integer>  — Give coins\n"
            "  /ping [text:<string>]  — Is the bot alive?\n",
            "[#general] BallsDex replied to Alice's /ping (only you):\n  Pong! hi there\n",
            "[#general] BallsDex:\n"
            "  A wild countryball appeared!\n"
            "  | ** Wild ball **\n"
            "  | Be quick\n"
            "  | Rarity: common\n",
            "  [1] Catch me!   [2] Nope (disabled)\n",
            "> /click 2\n[sandbox] error: button [2] Nope is disabled\n",
            "[#general] BallsDex opened a modal for Alice (click [1] Catch me!)",
            "  modal \"Catch this countryball!\"\n  (1) Name [short, required]\n",
            "> /submit\n[sandbox] error: fill the required fields first: (1) Name\n",
            "[#general] BallsDex is thinking... (Alice's modal \"Catch this countryball!\")",
            "[#general] BallsDex answered Alice's modal \"Catch this countryball!\":\n"
            "  @Alice caught **France**!\n",
            "[#general] BallsDex edited a message:",
            "  [1] Catch me! (disabled)   [2] Nope (disabled)\n",
            "[sandbox] error: amount: must be at least 1",
            "[sandbox] error: unknown command /nope; registered commands: /give, /ping",
            "[#general] BallsDex replied to Bob's /give (only you):\n  @Bob gave @Alice 5 coins\n",
            "[sandbox] the bot exited with status 0.",
        };
        for (const char *text : expected) {
            // On failure the whole transcript goes to the test log (QVERIFY2 messages are cut).
            if (!run.has(s(text)))
                qWarning().noquote() << "sandbox transcript:\n" << run.output;
            QVERIFY2(run.has(s(text)), text);
        }
        QVERIFY(run.inOrder(s("> /ping"), s("Pong! hi there")));
        QVERIFY(run.inOrder(s("> /fill 1 France"), s("caught **France**")));

        // The spawn image was saved and its path printed, with the bytes the bot uploaded.
        static const QRegularExpression saved(s("file: ball.png \\(26 bytes\\) -> (\\S+)"));
        const auto match = saved.match(run.output);
        QVERIFY2(match.hasMatch(), qPrintable(run.output));
        QVERIFY(match.captured(1).startsWith(dir.filePath(s("files"))));
        QFile file(match.captured(1));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\x89PNG\r\n\x1a\nscripted-bot-image"));
        QVERIFY(run.has(s("| image: attachment://ball.png -> ") + match.captured(1)));

        // The bot's output went to the log file, not the terminal.
        QFile log(dir.filePath(s("bot.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY(logged.contains("scripted bot: message hello"));
        QVERIFY(logged.contains("scripted bot: message spawn"));
        QVERIFY(!run.has(s("scripted bot: message")));
    }

    void verboseShowsTheBotsLogAndDeliveries()
    {
        QTemporaryDir dir;
        const SandboxRun run
            = runSandbox(sandbox(), arguments(dir, {s("--verbose")}),
                         s("# a comment, not a message\n  #another\nhello\n/wait\n"),
                         QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.has(s("comment")) && !run.has(s("another")), qPrintable(run.output));
        QVERIFY2(run.has(s("  bot| scripted bot: connecting")), qPrintable(run.output));
        QVERIFY2(run.has(s("[sandbox] sent MESSAGE_CREATE from Alice in #general (seq ")),
                 qPrintable(run.output));
        QVERIFY2(run.has(s("  bot| scripted bot: message hello")), qPrintable(run.output));
    }

    void endOfInputWaitsForPendingAnswers()
    {
        QTemporaryDir dir;
        const SandboxRun run
            = runSandbox(sandbox(), arguments(dir, {s("--as"), s("Dana"), s("--in"), s("spawn")}),
                         s("/ping"), QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.has(s("ready. You are Dana in #spawn")), qPrintable(run.output));
        QVERIFY2(run.inOrder(s("[#spawn] BallsDex replied to Dana's /ping (only you):\n  Pong!"),
                             s("[sandbox] stopping the bot...")),
                 qPrintable(run.output));
    }

    void reportsABotThatCannotStart()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("SCRIPTED_BOT_FAIL"), s("1"));
        const SandboxRun run
            = runSandbox(sandbox(), arguments(dir), s("hello\n/quit\n"), environment, dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.has(s(
                     "[sandbox] error: the bot exited with status 4 before it connected to "
                     "Discord.\nLast lines of the bot's log:\n  scripted bot: failing on purpose")),
                 qPrintable(run.output));
    }

    void waitForHoldsTheScriptUntilTheText()
    {
        QTemporaryDir dir;
        const SandboxRun run = runSandbox(
            sandbox(), arguments(dir, {s("--wait-timeout"), s("1")}),
            s("spawn\n/wait-for A wild countryball appeared!\n/click 1\n/wait-for never said\n"
              "/wait-for\n"),
            QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY2(run.finished, qPrintable(run.output));
        QCOMPARE(run.exitCode, 0);
        // The click ran only once the spawn was shown (else: "no bot message with buttons").
        QVERIFY2(run.inOrder(s("  A wild countryball appeared!"), s("> /click 1")),
                 qPrintable(run.output));
        QVERIFY2(run.has(s("BallsDex opened a modal for Alice (click [1] Catch me!)")),
                 qPrintable(run.output));
        QVERIFY2(run.inOrder(s("> /wait-for never said"),
                             s("[sandbox] error: /wait-for timed out: no bot message with "
                               "\"never said\"")),
                 qPrintable(run.output));
        QVERIFY2(run.has(s("[sandbox] error: /wait-for TEXT")), qPrintable(run.output));
    }

    void helpNamesTheExampleScript()
    {
        QTemporaryDir dir;
        const SandboxRun run = runSandbox(sandbox(), {s("--help")}, QString(),
                                          QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.has(s("bot/sandbox/examples/catch-a-ball.txt")), qPrintable(run.output));
    }

    void refusesAMissingBot()
    {
        QTemporaryDir dir;
        const SandboxRun run
            = runSandbox(sandbox(), {s("--bot"), dir.filePath(s("no-such-bot"))}, QString(),
                         QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.has(s("is not an executable file")), qPrintable(run.output));
        QCOMPARE(runSandbox(sandbox(), {s("--frobnicate")}, QString(),
                            QProcessEnvironment::systemEnvironment(), dir.path())
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"

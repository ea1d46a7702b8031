// SPDX-License-Identifier: MIT
// ballsdex-sandbox runs the real bot with bot/sandbox/examples/catch-a-ball.txt against a
// database whose only enabled ball is Aldoria: the spawn channel is set, chat makes the ball
// spawn, Alice catches it, and /balls list and /balls info show it.
#include "SandboxRunner.h"
#include "schema/Migrator.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Aldoria with the starter art, in the first seeded regime; empty on success.
QString seedOneBall(const QString &conninfo)
{
    ballsdex::storage::Database database(ballsdex::storage::DatabaseOptions {.conninfo = conninfo});
    ballsdex::storage::CatalogueRepository catalogue(database);
    const auto current = catalogue.loadAll().result();
    if (!current || current->regimes.isEmpty())
        return s("the migrations seeded no regime");
    if (!current->balls.isEmpty())
        return s("the catalogue is not empty");
    ballsdex::domain::Ball ball;
    ball.country = s("Aldoria");
    ball.health = 1200;
    ball.attack = 800;
    ball.rarity = 1.0;
    ball.wildCard = s("aldoria_wild.png");
    ball.collectionCard = s("aldoria.png");
    ball.credits = s("tests");
    ball.capacityName = s("Shield");
    ball.capacityDescription = s("Blocks.");
    ball.regimeId = current->regimes.first().id;
    const auto created = catalogue.createBall(ball).result();
    return created ? QString() : created.error().toString();
}

} // namespace

class TestSandboxCatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleScriptCatchesABall()
    {
        ballsdex::testing::TestDatabase database;
        if (!database.isAvailable())
            QSKIP("the test PostgreSQL cluster is not running (run through ctest)");
        const auto migrated = ballsdex::schema::Migrator(database.conninfo()).migrate();
        QVERIFY2(migrated.has_value(), qPrintable(migrated ? QString() : migrated.error().message));
        const QString seeded = seedOneBall(database.conninfo());
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));

        QTemporaryDir dir;
        const QString media = dir.filePath(s("media"));
        QVERIFY(QDir().mkpath(media));
        const QDir art(s(BALLSDEX_ART_DIR));
        const QStringList artFiles = art.entryList({s("*.png")}, QDir::Files);
        QVERIFY(artFiles.contains(s("aldoria_wild.png")));
        for (const QString &name : artFiles)
            QVERIFY(QFile::copy(art.filePath(name), QDir(media).filePath(name)));
        QFile config(dir.filePath(s("config.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("media-directory: " + media.toUtf8() + "\n");
        config.close();

        const QString script = readText(s(BALLSDEX_CATCH_EXAMPLE));
        QVERIFY(script.contains(s("/modal 1=Aldoria")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("BALLSDEXBOT_DB_URL"), database.url());
        const QString files = dir.filePath(s("files"));
        const SandboxRun run = runSandbox(
            s(BALLSDEX_SANDBOX_EXECUTABLE),
            {s("--bot"), s(BALLSDEX_BOT_EXECUTABLE), s("--config"), config.fileName(), s("--files"),
             files, s("--log"), dir.filePath(s("bot.log")), s("--ready-timeout"), s("45")},
            script, environment, dir.path());
        // On failure the whole transcript goes to the test log (QVERIFY2 messages are cut).
        const auto shown = [&run](bool condition) {
            if (!condition)
                qWarning().noquote() << "sandbox transcript:\n" << run.output;
            return condition;
        };
        QVERIFY2(shown(run.finished), "the sandbox finished");
        QVERIFY2(shown(!run.has(s("[sandbox] error:"))), "no sandbox error");
        QVERIFY2(shown(!run.has(s("# "))), "comments are neither echoed nor said");

        QVERIFY2(shown(run.has(s("The new spawn channel was successfully set to"))),
                 "the spawn channel was accepted");
        QVERIFY2(shown(run.has(s("A wild countryball appeared!"))), "a ball spawned");
        QVERIFY2(shown(run.has(s("BallsDex opened a modal for Alice"))), "the catch modal");
        const QRegularExpressionMatch caught
            = QRegularExpression(s("You caught \\*\\*Aldoria\\*\\*! `\\(#([0-9A-F]+), "))
                  .match(run.output);
        QVERIFY2(shown(caught.hasMatch()), "the caught message with the instance id");
        const QString id = caught.captured(1);
        QCOMPARE(id, s("1")); // the script's /balls info countryball:1 relies on it

        const qsizetype listAt = run.output.indexOf(s("> /balls list"));
        const qsizetype infoAt = run.output.indexOf(s("> /balls info"));
        QVERIFY2(shown(listAt > caught.capturedEnd() && infoAt > listAt), "list, then info");
        const QString listed = run.output.mid(listAt, infoAt - listAt);
        QVERIFY2(shown(listed.contains(s("#") + id + s(" Aldoria"))), "/balls list shows the ball");

        const QString info = run.output.mid(infoAt);
        QVERIFY2(shown(QRegularExpression(s("ID: `#?") + id + u'`').match(info).hasMatch()),
                 "/balls info shows the id");
        // The card attachment, saved by the sandbox under --files.
        const QRegularExpressionMatch card
            = QRegularExpression(s("file: \\S+\\.(webp|png) \\((\\d+) bytes\\) -> (\\S+)"))
                  .match(info);
        QVERIFY2(shown(card.hasMatch()), "/balls info has a card attachment");
        const QString saved = card.captured(3);
        QVERIFY2(saved.startsWith(QDir(files).absolutePath()), qPrintable(saved));
        QVERIFY(card.captured(2).toLongLong() > 1000);
        QCOMPARE(QFileInfo(saved).size(), card.captured(2).toLongLong());
        QImageReader reader(saved);
        if (QImageReader::supportedImageFormats().contains(card.captured(1).toLatin1()))
            QVERIFY2(!reader.read().isNull(), qPrintable(reader.errorString()));

        QVERIFY2(shown(run.has(s("[sandbox] the bot exited with status 0."))),
                 "the bot stopped cleanly");
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCatch)
#include "tst_sandboxcatch.moc"

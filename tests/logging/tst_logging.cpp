// SPDX-License-Identifier: MIT
#include "logging/LogSink.h"
#include "logging/RotatingFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ballsdex::logging;

Q_LOGGING_CATEGORY(lcLoggingTest, "ballsdex.test")

namespace {

LogRecord record(QtMsgType type, const QString &message)
{
    return LogRecord {QDateTime(QDate(2026, 11, 24), QTime(12, 30, 5), Qt::UTC), type,
                      QStringLiteral("ballsdex.bot"), message};
}

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats()
    {
        const LogRecord warning = record(QtWarningMsg, QStringLiteral("two\nlines"));
        QCOMPARE(formatRecord(warning, LogFormat::Text),
                 QStringLiteral("2026-11-24 12:30:05 WARNING ballsdex.bot: two\\nlines"));
        QCOMPARE(formatRecord(warning, LogFormat::Journal),
                 QStringLiteral("<4>ballsdex.bot: two\\nlines"));
        const QJsonObject json
            = QJsonDocument::fromJson(formatRecord(warning, LogFormat::Json).toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("WARNING"));
        QCOMPARE(json.value(QStringLiteral("logger")).toString(), QStringLiteral("ballsdex.bot"));
        QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("two\nlines"));
        QCOMPARE(json.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-11-24T12:30:05.000Z"));
        QCOMPARE(formatRecord(record(QtDebugMsg, {}), LogFormat::Journal).left(3),
                 QStringLiteral("<7>"));
        QCOMPARE(formatRecord(record(QtCriticalMsg, {}), LogFormat::Journal).left(3),
                 QStringLiteral("<2>"));
    }

    void fileRotatesAndKeepsTheConfiguredBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/bot.log"));
        RotatingFile file(path, 100, 2);
        QVERIFY(file.open());
        for (int index = 0; index < 10; ++index)
            QVERIFY(file.writeLine(QByteArray(39, char('a' + index)))); // 40 bytes a line
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        // Newest lines in the live file, the two before in .1, and so on.
        QCOMPARE(lines(path),
                 QStringList({QString(39, QLatin1Char('i')), QString(39, QLatin1Char('j'))}));
        QCOMPARE(lines(path + QStringLiteral(".1")).first(), QString(39, QLatin1Char('g')));
        for (const QString &name :
             QDir(dir.filePath(QStringLiteral("logs"))).entryList(QDir::Files))
            QVERIFY(QFileInfo(dir.filePath(QStringLiteral("logs/") + name)).size() <= 100);
    }

    void unwritableFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile plain(blocker);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        LogSink sink(LogSinkOptions {.filePath = blocker + QStringLiteral("/bot.log")}, nullptr);
        const auto opened = sink.openFile();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(blocker), qPrintable(opened.error()));
        sink.write(record(QtInfoMsg, QStringLiteral("still fine"))); // no file, no crash
    }

    void secretsNeverReachTheOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bot.log"));
        std::FILE *console = std::tmpfile();
        LogSink sink(LogSinkOptions {.consoleFormat = LogFormat::Json, .filePath = path}, console);
        QVERIFY(sink.openFile());
        sink.addSecret(QStringLiteral("MTIzNDU2Nzg5.token.secret"));
        sink.addSecret(QStringLiteral("hunter2hunter2"));
        sink.addSecret(QStringLiteral("abc")); // too short to mask safely
        sink.install();
        qCWarning(lcLoggingTest).noquote()
            << "connecting with MTIzNDU2Nzg5.token.secret and password=hunter2hunter2 abc";
        sink.uninstall();

        const QStringList fileLines = lines(path);
        QCOMPARE(fileLines.size(), 1);
        QVERIFY(!fileLines.first().contains(QStringLiteral("token.secret")));
        QVERIFY(!fileLines.first().contains(QStringLiteral("hunter2")));
        QVERIFY(fileLines.first().contains(QStringLiteral("password=*** abc")));
        QVERIFY(fileLines.first().contains(QStringLiteral("WARNING ballsdex.test: ")));

        std::rewind(console);
        char buffer[512] = {};
        const size_t read = std::fread(buffer, 1, sizeof buffer - 1, console);
        std::fclose(console);
        const QJsonObject json
            = QJsonDocument::fromJson(QByteArray(buffer, qsizetype(read)).trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("logger")).toString(), QStringLiteral("ballsdex.test"));
        QVERIFY(
            !json.value(QStringLiteral("message")).toString().contains(QStringLiteral("hunter2")));
    }

    void journalIsRecognisedOnlyForTheRealStream()
    {
        std::FILE *console = std::tmpfile();
        qputenv("JOURNAL_STREAM", "1:2");
        QVERIFY(!LogSink::consoleIsJournal(console));
        struct stat info
        {
        };
        QCOMPARE(fstat(fileno(console), &info), 0);
        qputenv("JOURNAL_STREAM",
                QByteArray::number(qulonglong(info.st_dev)) + ':'
                    + QByteArray::number(qulonglong(info.st_ino)));
        QVERIFY(LogSink::consoleIsJournal(console));
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(!LogSink::consoleIsJournal(console));
        std::fclose(console);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"

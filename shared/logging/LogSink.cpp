// SPDX-License-Identifier: MIT
#include "logging/LogSink.h"

#include <QDateTime>

#include <atomic>
#include <sys/stat.h>

namespace ballsdex::logging {
namespace {

std::atomic<LogSink *> installedSink {nullptr};
QtMessageHandler previousHandler = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogSink *sink = installedSink.load();
    if (sink == nullptr)
        return;
    sink->write(LogRecord {QDateTime::currentDateTimeUtc(), type,
                           QString::fromUtf8(context.category ? context.category : "default"),
                           message});
}

} // namespace

LogSink::LogSink(LogSinkOptions options, std::FILE *console)
    : m_options(std::move(options))
    , m_console(console)
{
}

LogSink::~LogSink()
{
    uninstall();
}

Result<void, QString> LogSink::openFile()
{
    if (m_options.filePath.isEmpty())
        return {};
    auto file = std::make_unique<RotatingFile>(m_options.filePath, m_options.fileMaxBytes,
                                               m_options.fileBackups);
    if (auto opened = file->open(); !opened)
        return opened;
    const std::lock_guard lock(m_mutex);
    m_file = std::move(file);
    return {};
}

void LogSink::addSecret(const QString &secret)
{
    if (secret.size() < 6)
        return;
    const std::lock_guard lock(m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString LogSink::masked(QString line) const
{
    for (const QString &secret : m_secrets)
        line.replace(secret, QStringLiteral("***"));
    return line;
}

void LogSink::write(const LogRecord &record)
{
    const std::lock_guard lock(m_mutex);
    if (m_console != nullptr) {
        const QByteArray line
            = masked(formatRecord(record, m_options.consoleFormat)).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_console);
        std::fflush(m_console);
    }
    if (m_file)
        m_file->writeLine(masked(formatRecord(record, m_options.fileFormat)).toUtf8());
    if (m_criticalObserver && (record.type == QtCriticalMsg || record.type == QtFatalMsg)) {
        LogRecord scrubbed = record;
        scrubbed.message = masked(record.message);
        m_criticalObserver(scrubbed);
    }
}

void LogSink::setCriticalObserver(std::function<void(const LogRecord &)> observer)
{
    const std::lock_guard lock(m_mutex);
    m_criticalObserver = std::move(observer);
}

void LogSink::install()
{
    if (m_installed)
        return;
    installedSink.store(this);
    previousHandler = qInstallMessageHandler(handleMessage);
    m_installed = true;
}

void LogSink::uninstall()
{
    if (!m_installed)
        return;
    LogSink *expected = this;
    if (installedSink.compare_exchange_strong(expected, nullptr))
        qInstallMessageHandler(previousHandler);
    m_installed = false;
}

bool LogSink::consoleIsJournal(std::FILE *console)
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    if (console == nullptr || colon <= 0)
        return false;
    struct stat info
    {
    };
    if (fstat(fileno(console), &info) != 0)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inodeOk);
    return deviceOk && inodeOk && device == static_cast<qulonglong>(info.st_dev)
        && inode == static_cast<qulonglong>(info.st_ino);
}

} // namespace ballsdex::logging

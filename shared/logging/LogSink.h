// SPDX-License-Identifier: MIT
#pragma once

#include "logging/LogRecord.h"
#include "logging/RotatingFile.h"

#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace ballsdex::logging {

struct LogSinkOptions
{
    LogFormat consoleFormat = LogFormat::Text;
    LogFormat fileFormat = LogFormat::Text;
    QString filePath; ///< empty: console only
    qint64 fileMaxBytes = 2097152;
    int fileBackups = 8;
};

/// Where every qDebug/qInfo/qWarning/qCritical line goes: stderr (journald-friendly when
/// systemd captures it) and optionally a rotating file. Known secrets are replaced by "***"
/// in every line, whatever code logged them. Thread-safe.
class LogSink final
{
public:
    explicit LogSink(LogSinkOptions options, std::FILE *console = stderr);
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    /// Opens the file; on failure logs stay on the console and the error says why.
    Result<void, QString> openFile();
    /// Values never to print (tokens, passwords). Short values (< 6 chars) are ignored: masking
    /// them would garble ordinary words.
    void addSecret(const QString &secret);
    void write(const LogRecord &record);
    /// Also hands every critical (and fatal) record, secrets already masked, to `observer`
    /// (error reporting). Called on the logging thread; set it before install().
    void setCriticalObserver(std::function<void(const LogRecord &)> observer);

    /// Makes this sink Qt's message handler until uninstall() or destruction.
    void install();
    void uninstall();

    /// stderr is connected to systemd-journald (JOURNAL_STREAM names its device and inode).
    [[nodiscard]] static bool consoleIsJournal(std::FILE *console = stderr);

private:
    [[nodiscard]] QString masked(QString line) const;

    LogSinkOptions m_options;
    std::FILE *m_console;
    std::unique_ptr<RotatingFile> m_file;
    QStringList m_secrets;
    std::function<void(const LogRecord &)> m_criticalObserver;
    mutable std::mutex m_mutex;
    bool m_installed = false;
};

} // namespace ballsdex::logging

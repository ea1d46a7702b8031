// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace ballsdex::logging {

/// One log message, as Qt's message handler hands it over.
struct LogRecord
{
    QDateTime time;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message;
};

enum class LogFormat {
    Text, ///< "2024-05-01 12:30:00 INFO ballsdex.bot: message"
    Journal, ///< "<6>ballsdex.bot: message" — systemd-journald reads the priority prefix
    Json, ///< one JSON object per line
};

/// The line written for a record (without the trailing newline).
[[nodiscard]] QString formatRecord(const LogRecord &record, LogFormat format);
/// "DEBUG", "INFO", "WARNING", "CRITICAL", "FATAL".
[[nodiscard]] QString levelName(QtMsgType type);
/// syslog priority: 7 debug, 6 info, 4 warning, 2 critical, 0 fatal.
[[nodiscard]] int syslogPriority(QtMsgType type);

} // namespace ballsdex::logging

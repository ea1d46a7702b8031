// SPDX-License-Identifier: MIT
#include "logging/LogRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ballsdex::logging {

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("DEBUG");
    case QtInfoMsg:
        return QStringLiteral("INFO");
    case QtWarningMsg:
        return QStringLiteral("WARNING");
    case QtCriticalMsg:
        return QStringLiteral("CRITICAL");
    case QtFatalMsg:
        return QStringLiteral("FATAL");
    }
    return QStringLiteral("INFO");
}

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 2;
    case QtFatalMsg:
        return 0;
    }
    return 6;
}

QString formatRecord(const LogRecord &record, LogFormat format)
{
    // A message spanning lines would look like several records to a line-based reader.
    QString message = record.message;
    if (format != LogFormat::Json)
        message.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    switch (format) {
    case LogFormat::Text:
        return record.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QLatin1Char(' ') + levelName(record.type) + QLatin1Char(' ') + record.category
            + QStringLiteral(": ") + message;
    case LogFormat::Journal:
        return QLatin1Char('<') + QString::number(syslogPriority(record.type)) + QLatin1Char('>')
            + record.category + QStringLiteral(": ") + message;
    case LogFormat::Json: {
        const QJsonObject object {
            {QStringLiteral("time"), record.time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("level"), levelName(record.type)},
            {QStringLiteral("logger"), record.category},
            {QStringLiteral("message"), message},
        };
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    }
    return message;
}

} // namespace ballsdex::logging

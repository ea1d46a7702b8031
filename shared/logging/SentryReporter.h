// SPDX-License-Identifier: MIT
#pragma once

#include "logging/LogRecord.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace ballsdex::logging {

/// Where a Sentry DSN ("https://KEY@HOST/PROJECT") sends events.
struct SentryTarget
{
    QUrl storeUrl; ///< https://HOST/api/PROJECT/store/
    QString publicKey;

    /// The error names what is wrong with the DSN, never the key.
    static Result<SentryTarget, QString> fromDsn(const QString &dsn);
};

/// Sends critical log records to Sentry as events (off unless a DSN is configured). Records may
/// come from any thread; sending happens on this object's thread, never blocks the caller, and
/// is capped per minute so a failure loop cannot flood the project.
class SentryReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentryReporter)

public:
    struct Options
    {
        QString release;
        QString environment = QStringLiteral("production");
        int maxEventsPerMinute = 20;
    };

    SentryReporter(SentryTarget target, Options options, QObject *parent = nullptr);

    /// Thread-safe: queues the record to this object's thread.
    void report(const LogRecord &record);
    [[nodiscard]] int sent() const { return m_sent; }
    [[nodiscard]] int dropped() const { return m_dropped; }

Q_SIGNALS:
    void eventSent(int httpStatus);

private:
    void send(const LogRecord &record);

    SentryTarget m_target;
    Options m_options;
    QNetworkAccessManager *m_network;
    QDateTime m_windowStart;
    int m_inWindow = 0;
    int m_sent = 0;
    int m_dropped = 0;
};

} // namespace ballsdex::logging

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace ballsdex::storage {

/// LISTENs on one PostgreSQL channel from a dedicated thread with its own connection and hands
/// every payload to the owner's thread (queued signals). When the connection drops it reconnects
/// with back-off; notifications sent meanwhile are lost, hence resynchronise() after a reconnect.
class NotificationListener final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// libpq keyword/value string or postgresql:// URL.
        QString conninfo;
        QString channel;
        std::chrono::milliseconds reconnectBaseDelay {250}; ///< doubled after each failure
        std::chrono::milliseconds reconnectMaxDelay {15000};
        /// How often the thread wakes to notice stop() and probe a silent connection.
        std::chrono::milliseconds pollInterval {200};
    };

    explicit NotificationListener(Options options, QObject *parent = nullptr);
    ~NotificationListener() override;
    NotificationListener(const NotificationListener &) = delete;
    NotificationListener &operator=(const NotificationListener &) = delete;

    /// Starts the thread (no-op when running).
    void start();
    /// Stops and joins the thread; pending notifications are dropped.
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const QString &channel() const { return m_options.channel; }

Q_SIGNALS:
    void notified(const QString &payload);
    /// LISTEN is in place (after the first connection and after every reconnect).
    void listening();
    /// The connection came back after a loss: notifications may have been missed.
    void resynchronise();
    /// The connection was lost or could not be opened; `reason` holds no password.
    void connectionLost(const QString &reason);

private:
    struct Worker;

    Options m_options;
    std::shared_ptr<Worker> m_worker;
};

} // namespace ballsdex::storage

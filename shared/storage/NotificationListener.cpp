// SPDX-License-Identifier: MIT
#include "storage/NotificationListener.h"

#include "util/Logging.h"

#include <pqxx/connection>
#include <pqxx/notification>

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace ballsdex::storage {
namespace {

class Receiver final : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base &connection, const std::string &channel,
             std::function<void(QString)> forward)
        : pqxx::notification_receiver(connection, channel)
        , m_forward(std::move(forward))
    {
    }

    void operator()(const std::string &payload, int) override
    {
        m_forward(QString::fromStdString(payload));
    }

private:
    std::function<void(QString)> m_forward;
};

} // namespace

struct NotificationListener::Worker
{
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::unique_ptr<QThread> thread;

    [[nodiscard]] bool stopRequested()
    {
        const std::lock_guard lock(mutex);
        return stopping;
    }

    /// Waits up to `delay`; false when stop() interrupted the wait.
    bool pause(std::chrono::milliseconds delay)
    {
        std::unique_lock lock(mutex);
        return !wake.wait_for(lock, delay, [this] { return stopping; });
    }
};

NotificationListener::NotificationListener(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

NotificationListener::~NotificationListener()
{
    stop();
}

bool NotificationListener::isRunning() const
{
    return m_worker && m_worker->thread && m_worker->thread->isRunning();
}

void NotificationListener::start()
{
    if (m_worker)
        return;
    m_worker = std::make_shared<Worker>();
    const std::shared_ptr<Worker> worker = m_worker;
    const Options options = m_options;
    const std::string conninfo = options.conninfo.toStdString();
    const std::string channel = options.channel.toStdString();
    QPointer<NotificationListener> self(this);

    auto post = [self](auto emitter) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, emitter] {
                if (self)
                    emitter(self.data());
            },
            Qt::QueuedConnection);
    };

    worker->thread.reset(QThread::create([worker, options, conninfo, channel, post] {
        std::chrono::milliseconds delay = options.reconnectBaseDelay;
        bool everConnected = false;
        bool lostSinceListen = false;
        const long pollUs = long(std::chrono::microseconds(options.pollInterval).count());
        while (!worker->stopRequested()) {
            QString failure;
            try {
                pqxx::connection connection(conninfo);
                Receiver receiver(connection, channel, [post](QString payload) {
                    post([payload](NotificationListener *listener) {
                        Q_EMIT listener->notified(payload);
                    });
                });
                const bool reconnected = everConnected && lostSinceListen;
                everConnected = true;
                lostSinceListen = false;
                delay = options.reconnectBaseDelay;
                post([reconnected](NotificationListener *listener) {
                    Q_EMIT listener->listening();
                    if (reconnected)
                        Q_EMIT listener->resynchronise();
                });
                while (!worker->stopRequested()) {
                    connection.await_notification(pollUs / 1000000, pollUs % 1000000);
                    if (!connection.is_open()) {
                        failure = QStringLiteral("connection closed");
                        break;
                    }
                }
            } catch (const std::exception &error) {
                failure = QString::fromUtf8(error.what()).trimmed();
            }
            if (worker->stopRequested())
                break;
            lostSinceListen = true;
            qCWarning(lcStorage).noquote()
                << "LISTEN connection for" << QString::fromStdString(channel) << "lost:" << failure
                << "- retrying in" << delay.count() << "ms";
            post([failure](NotificationListener *listener) {
                Q_EMIT listener->connectionLost(failure);
            });
            if (!worker->pause(delay))
                break;
            delay = std::min(delay * 2, options.reconnectMaxDelay);
        }
    }));
    worker->thread->setObjectName(QStringLiteral("listen-") + m_options.channel);
    worker->thread->start();
}

void NotificationListener::stop()
{
    if (!m_worker)
        return;
    {
        const std::lock_guard lock(m_worker->mutex);
        m_worker->stopping = true;
    }
    m_worker->wake.notify_all();
    m_worker->thread->wait();
    m_worker.reset();
}

} // namespace ballsdex::storage

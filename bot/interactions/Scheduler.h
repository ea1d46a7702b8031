// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace ballsdex::interactions {

/// One-shot timers behind a seam, so deadline and view-timeout logic runs on a fake in tests.
/// Callbacks run on the event loop of the thread that owns the scheduler; none may throw.
class Scheduler
{
public:
    using TimerId = quint64;

    virtual ~Scheduler() = default;
    virtual TimerId schedule(std::chrono::milliseconds delay, std::function<void()> callback) = 0;
    /// Cancelling an unknown or already fired id does nothing.
    virtual void cancel(TimerId id) = 0;
};

/// Production scheduler: one single-shot QTimer per pending callback.
class QtScheduler final : public QObject, public Scheduler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtScheduler)

public:
    explicit QtScheduler(QObject *parent = nullptr);
    ~QtScheduler() override;

    TimerId schedule(std::chrono::milliseconds delay, std::function<void()> callback) override;
    void cancel(TimerId id) override;

private:
    QHash<TimerId, QTimer *> m_timers;
    TimerId m_nextId = 1;
};

} // namespace ballsdex::interactions

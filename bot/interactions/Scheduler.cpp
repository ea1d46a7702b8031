// SPDX-License-Identifier: MIT
#include "Scheduler.h"

#include <QTimer>

namespace ballsdex::interactions {

QtScheduler::QtScheduler(QObject *parent)
    : QObject(parent)
{
}

QtScheduler::~QtScheduler()
{
    qDeleteAll(m_timers);
}

Scheduler::TimerId QtScheduler::schedule(std::chrono::milliseconds delay,
                                         std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id, callback = std::move(callback)] {
        if (QTimer *fired = m_timers.take(id)) {
            fired->deleteLater();
            callback();
        }
    });
    m_timers.insert(id, timer);
    timer->start(delay);
    return id;
}

void QtScheduler::cancel(TimerId id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace ballsdex::interactions

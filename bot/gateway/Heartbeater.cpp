// SPDX-License-Identifier: MIT
#include "Heartbeater.h"

#include <algorithm>

namespace ballsdex::gateway {

Heartbeater::Heartbeater(QObject *parent)
    : QObject(parent)
{
    m_first.setSingleShot(true);
    m_first.setTimerType(Qt::PreciseTimer);
    m_periodic.setTimerType(Qt::PreciseTimer);
    connect(&m_first, &QTimer::timeout, this, [this] {
        m_periodic.start(m_intervalMs);
        onTimer();
    });
    connect(&m_periodic, &QTimer::timeout, this, &Heartbeater::onTimer);
}

void Heartbeater::start(int intervalMs, double jitter01)
{
    stop();
    m_intervalMs = std::max(intervalMs, 1);
    m_first.start(int(double(m_intervalMs) * std::clamp(jitter01, 0.0, 1.0)));
}

void Heartbeater::stop()
{
    m_first.stop();
    m_periodic.stop();
    m_ackPending = false;
}

void Heartbeater::acknowledge()
{
    if (m_ackPending && m_sentAt.isValid())
        m_latencyMs = m_sentAt.elapsed();
    m_ackPending = false;
}

void Heartbeater::onTimer()
{
    if (m_ackPending) {
        stop();
        Q_EMIT zombieDetected();
        return;
    }
    m_ackPending = true;
    m_sentAt.start();
    Q_EMIT beatDue();
}

} // namespace ballsdex::gateway

// SPDX-License-Identifier: MIT
#include "metrics/EventLoopProbe.h"

#include "metrics/BotMetrics.h"

namespace ballsdex::bot::metrics {

EventLoopProbe::EventLoopProbe(BotMetrics &metrics, std::chrono::milliseconds interval, Now now,
                               QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_interval(interval)
    , m_now(now ? std::move(now) : Now([] { return std::chrono::steady_clock::now(); }))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start()
{
    m_due = m_now() + m_interval;
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::tick()
{
    const auto now = m_now();
    const auto late = std::max(now - m_due, std::chrono::steady_clock::duration::zero());
    m_metrics.observeEventLoopDelay(std::chrono::duration_cast<std::chrono::microseconds>(late));
    m_due = now + m_interval;
}

} // namespace ballsdex::bot::metrics

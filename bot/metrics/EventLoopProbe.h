// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace ballsdex::bot::metrics {

class BotMetrics;

/// Measures event-loop lag: a timer due every `interval` that fires late by the time the loop
/// was busy. Each tick records that lateness.
class EventLoopProbe final : public QObject
{
    Q_OBJECT

public:
    using Now = std::function<std::chrono::steady_clock::time_point()>;

    EventLoopProbe(BotMetrics &metrics, std::chrono::milliseconds interval, Now now = {},
                   QObject *parent = nullptr);

    void start();
    void stop();
    /// One timer expiry (public so tests can drive it with a fake clock).
    void tick();

private:
    BotMetrics &m_metrics;
    std::chrono::milliseconds m_interval;
    Now m_now;
    QTimer m_timer;
    std::chrono::steady_clock::time_point m_due;
};

} // namespace ballsdex::bot::metrics

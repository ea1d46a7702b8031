// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/Scheduler.h"
#include "util/Clock.h"

#include <QDateTime>

#include <map>

namespace ballsdex::interactions::testing {

class FakeClock final : public util::Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

/// Timers on the fake clock: advance() fires what falls due, in order, moving the clock.
class FakeScheduler final : public Scheduler
{
public:
    explicit FakeScheduler(FakeClock &clock)
        : m_clock(clock)
    {
    }

    TimerId schedule(std::chrono::milliseconds delay, std::function<void()> callback) override
    {
        const TimerId id = m_nextId++;
        m_timers.emplace(id, Timer {m_clock.now().addMSecs(delay.count()), std::move(callback)});
        return id;
    }

    void cancel(TimerId id) override { m_timers.erase(id); }

    void advance(qint64 ms)
    {
        const QDateTime target = m_clock.now().addMSecs(ms);
        for (;;) {
            auto due = m_timers.end();
            for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
                if (it->second.due <= target
                    && (due == m_timers.end() || it->second.due < due->second.due)) {
                    due = it;
                }
            }
            if (due == m_timers.end()) {
                break;
            }
            Timer timer = std::move(due->second);
            m_timers.erase(due);
            if (timer.due > m_clock.now()) {
                m_clock.set(timer.due);
            }
            timer.callback();
        }
        m_clock.set(target);
    }

    [[nodiscard]] std::size_t pendingCount() const { return m_timers.size(); }

private:
    struct Timer
    {
        QDateTime due;
        std::function<void()> callback;
    };

    FakeClock &m_clock;
    std::map<TimerId, Timer> m_timers;
    TimerId m_nextId = 1;
};

} // namespace ballsdex::interactions::testing

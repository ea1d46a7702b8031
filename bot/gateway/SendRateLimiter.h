// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <deque>

namespace ballsdex::gateway {

/// Client side of the gateway send limit (120 payloads per 60 s per connection, §1.14) as a
/// sliding window. Ordinary payloads may use `limit - heartbeatReserve` slots; heartbeats may use
/// them all. Time is passed in (milliseconds on any monotonic clock), so tests need no clock.
class SendRateLimiter final
{
public:
    enum class Priority { Normal, Heartbeat };

    explicit SendRateLimiter(int limit = 120, qint64 windowMs = 60'000, int heartbeatReserve = 10);

    /// Records a send and returns true when the payload may go out now.
    bool tryAcquire(qint64 nowMs, Priority priority = Priority::Normal);

    /// Milliseconds until tryAcquire() would succeed (0 when it would now).
    [[nodiscard]] qint64 msUntilAvailable(qint64 nowMs, Priority priority = Priority::Normal);

    [[nodiscard]] int sentInWindow(qint64 nowMs);
    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] int heartbeatReserve() const { return m_reserve; }

    /// A new connection starts with an empty window.
    void reset() { m_sent.clear(); }

private:
    void prune(qint64 nowMs);
    [[nodiscard]] int allowance(Priority priority) const;

    std::deque<qint64> m_sent;
    qint64 m_windowMs;
    int m_limit;
    int m_reserve;
};

} // namespace ballsdex::gateway

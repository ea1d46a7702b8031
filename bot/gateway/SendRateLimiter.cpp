// SPDX-License-Identifier: MIT
#include "SendRateLimiter.h"

#include <algorithm>

namespace ballsdex::gateway {

SendRateLimiter::SendRateLimiter(int limit, qint64 windowMs, int heartbeatReserve)
    : m_windowMs(std::max<qint64>(windowMs, 1))
    , m_limit(std::max(limit, 1))
    , m_reserve(std::clamp(heartbeatReserve, 0, std::max(limit, 1) - 1))
{
}

void SendRateLimiter::prune(qint64 nowMs)
{
    while (!m_sent.empty() && m_sent.front() <= nowMs - m_windowMs)
        m_sent.pop_front();
}

int SendRateLimiter::allowance(Priority priority) const
{
    return priority == Priority::Heartbeat ? m_limit : m_limit - m_reserve;
}

bool SendRateLimiter::tryAcquire(qint64 nowMs, Priority priority)
{
    prune(nowMs);
    if (int(m_sent.size()) >= allowance(priority))
        return false;
    m_sent.push_back(nowMs);
    return true;
}

qint64 SendRateLimiter::msUntilAvailable(qint64 nowMs, Priority priority)
{
    prune(nowMs);
    const int allowed = allowance(priority);
    const int used = int(m_sent.size());
    if (used < allowed)
        return 0;
    // The send that must leave the window before one more fits.
    const qint64 oldestBlocking = m_sent[std::size_t(used - allowed)];
    return std::max<qint64>(oldestBlocking + m_windowMs - nowMs, 1);
}

int SendRateLimiter::sentInWindow(qint64 nowMs)
{
    prune(nowMs);
    return int(m_sent.size());
}

} // namespace ballsdex::gateway

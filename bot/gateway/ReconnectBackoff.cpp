// SPDX-License-Identifier: MIT
#include "ReconnectBackoff.h"

#include <algorithm>

namespace ballsdex::gateway {

ReconnectBackoff::ReconnectBackoff(int baseMs, int maxMs)
    : m_baseMs(std::max(baseMs, 1))
    , m_maxMs(std::max(maxMs, std::max(baseMs, 1)))
{
}

int ReconnectBackoff::nextDelayMs(double random01)
{
    const int shift = std::min(m_failures, 20);
    const long long ceiling
        = std::min<long long>(static_cast<long long>(m_baseMs) << shift, m_maxMs);
    ++m_failures;
    const double jitter = std::clamp(random01, 0.0, 1.0);
    return int(ceiling / 2 + static_cast<long long>(jitter * double(ceiling - ceiling / 2)));
}

} // namespace ballsdex::gateway

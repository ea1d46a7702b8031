// SPDX-License-Identifier: MIT
#pragma once

namespace ballsdex::gateway {

/// Exponential reconnect delay with jitter: attempt n waits a random time in
/// [d/2, d) where d = min(max, base * 2^n). A successful READY/RESUMED resets it.
class ReconnectBackoff final
{
public:
    ReconnectBackoff(int baseMs, int maxMs);

    /// The delay for the next attempt; `random01` is uniform in [0, 1).
    int nextDelayMs(double random01);
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace ballsdex::gateway

// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QtGlobal>

namespace ballsdex::gateway {

/// Identify pacing (§1.14): bucket = shard_id % max_concurrency, one IDENTIFY per bucket per
/// window (5 s). Shards asking in id order at the same time start in rounds of max_concurrency.
/// Only paces the shards of this process; processes sharing a bot must stagger their start.
class IdentifyScheduler final
{
public:
    explicit IdentifyScheduler(int maxConcurrency = 1, qint64 windowMs = 5000);

    /// Books the shard's next IDENTIFY slot and returns the time (same clock as nowMs) it may go.
    qint64 reserve(int shardId, qint64 nowMs);

    [[nodiscard]] static int bucketFor(int shardId, int maxConcurrency);
    [[nodiscard]] int maxConcurrency() const { return m_maxConcurrency; }
    [[nodiscard]] qint64 windowMs() const { return m_windowMs; }

private:
    QHash<int, qint64> m_nextFree;
    int m_maxConcurrency;
    qint64 m_windowMs;
};

} // namespace ballsdex::gateway

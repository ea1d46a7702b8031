// SPDX-License-Identifier: MIT
#include "IdentifyScheduler.h"

#include <algorithm>

namespace ballsdex::gateway {

IdentifyScheduler::IdentifyScheduler(int maxConcurrency, qint64 windowMs)
    : m_maxConcurrency(std::max(maxConcurrency, 1))
    , m_windowMs(std::max<qint64>(windowMs, 0))
{
}

int IdentifyScheduler::bucketFor(int shardId, int maxConcurrency)
{
    return std::max(shardId, 0) % std::max(maxConcurrency, 1);
}

qint64 IdentifyScheduler::reserve(int shardId, qint64 nowMs)
{
    const int bucket = bucketFor(shardId, m_maxConcurrency);
    const auto found = m_nextFree.constFind(bucket);
    const qint64 at = found == m_nextFree.cend() ? nowMs : std::max(nowMs, *found);
    m_nextFree.insert(bucket, at + m_windowMs);
    return at;
}

} // namespace ballsdex::gateway

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "util/Result.h"

#include <QString>

namespace ballsdex::gateway {

/// shard_id = (guild_id >> 22) % shard_count (§1.15); DMs (guild id 0) belong to shard 0.
[[nodiscard]] constexpr int shardForGuild(domain::Snowflake guildId, int shardCount)
{
    if (shardCount <= 1 || guildId <= 0)
        return 0;
    return int((static_cast<quint64>(guildId) >> 22) % static_cast<quint64>(shardCount));
}

/// The shards [first, last] of `total` that this process runs; several processes (or machines)
/// split one bot by running disjoint ranges.
struct ShardRange
{
    int first = 0;
    int last = 0;
    int total = 1;

    [[nodiscard]] constexpr bool contains(int shardId) const
    {
        return shardId >= first && shardId <= last;
    }
    [[nodiscard]] constexpr int size() const { return last - first + 1; }
};

/// Checks a configured range; `last < 0` means "up to the last shard".
[[nodiscard]] Result<ShardRange, QString> resolveShardRange(int first, int last, int total);

} // namespace ballsdex::gateway

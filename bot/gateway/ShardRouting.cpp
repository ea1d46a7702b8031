// SPDX-License-Identifier: MIT
#include "ShardRouting.h"

namespace ballsdex::gateway {

Result<ShardRange, QString> resolveShardRange(int first, int last, int total)
{
    if (total < 1)
        return fail(QStringLiteral("shard count must be at least 1 (got %1)").arg(total));
    const int resolvedLast = last < 0 ? total - 1 : last;
    if (first < 0 || first >= total)
        return fail(QStringLiteral("first shard %1 is outside 0..%2").arg(first).arg(total - 1));
    if (resolvedLast < first || resolvedLast >= total)
        return fail(QStringLiteral("last shard %1 is outside %2..%3")
                        .arg(resolvedLast)
                        .arg(first)
                        .arg(total - 1));
    return ShardRange {first, resolvedLast, total};
}

} // namespace ballsdex::gateway

// SPDX-License-Identifier: MIT
#include "Instance.h"

#include "Catalogue.h"

#include <cstdint>

namespace ballsdex::domain {

bool BallInstance::isLockedAt(const QDateTime &now) const
{
    return locked && locked->addSecs(30 * 60) > now;
}

int effectiveStat(int base, int bonusPercent)
{
    const std::int64_t product = static_cast<std::int64_t>(base) * bonusPercent;
    return base + static_cast<int>(static_cast<std::int64_t>(static_cast<double>(product) * 0.01));
}

bool isTradeable(const BallInstance &instance, const Ball &ball, const Special *special)
{
    return instance.tradeable && ball.tradeable && (special == nullptr || special->tradeable);
}

} // namespace ballsdex::domain

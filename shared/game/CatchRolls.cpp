// SPDX-License-Identifier: MIT
#include "CatchRolls.h"

#include "RandomSource.h"

#include <algorithm>
#include <cstdlib>

namespace ballsdex::game::CatchRolls {

namespace {

double weightOf(double rarity)
{
    return rarity > 0.0 ? rarity : 0.0;
}

} // namespace

const domain::Special *rollSpecial(std::span<const domain::Special> specials, const QDateTime &now,
                                   RandomSource &random)
{
    double sum = 0.0;
    const domain::Special *lastActive = nullptr;
    for (const domain::Special &special : specials) {
        if (special.isActiveAt(now) && weightOf(special.rarity) > 0.0) {
            sum += weightOf(special.rarity);
            lastActive = &special;
        }
    }
    if (!lastActive)
        return nullptr;

    const double none = std::max(0.0, 1.0 - sum);
    double draw = random.uniformReal() * (sum + none);
    if (draw < none)
        return nullptr;
    draw -= none;
    for (const domain::Special &special : specials) {
        if (!special.isActiveAt(now) || weightOf(special.rarity) <= 0.0)
            continue;
        if (draw < special.rarity)
            return &special;
        draw -= special.rarity;
    }
    return lastActive; // rounding left a sliver past the last weight
}

int rollBonus(int max, RandomSource &random)
{
    const int bound = std::abs(max);
    return random.uniformInt(-bound, bound);
}

Result<const domain::Ball *, PickError> pickBall(std::span<const domain::Ball> balls,
                                                 RandomSource &random)
{
    bool anyEnabled = false;
    double sum = 0.0;
    const domain::Ball *lastEligible = nullptr;
    for (const domain::Ball &ball : balls) {
        if (!ball.enabled)
            continue;
        anyEnabled = true;
        if (weightOf(ball.rarity) > 0.0) {
            sum += ball.rarity;
            lastEligible = &ball;
        }
    }
    if (!anyEnabled)
        return fail(PickError::NoEnabledBall);
    if (!lastEligible)
        return fail(PickError::NoSpawnableBall);

    double draw = random.uniformReal() * sum;
    for (const domain::Ball &ball : balls) {
        if (!ball.enabled || weightOf(ball.rarity) <= 0.0)
            continue;
        if (draw < ball.rarity)
            return &ball;
        draw -= ball.rarity;
    }
    return lastEligible;
}

} // namespace ballsdex::game::CatchRolls

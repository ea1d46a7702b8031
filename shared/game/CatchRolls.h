// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "util/Result.h"

#include <QDateTime>

#include <span>

namespace ballsdex::game {

class RandomSource;

enum class PickError {
    NoEnabledBall, ///< no ball is enabled
    NoSpawnableBall, ///< enabled balls exist but every rarity is 0 (or negative)
};

/// Random draws made when a ball spawns or is caught (bot-features.md §2.3, data-model.md §1.5).
namespace CatchRolls {

/// One weighted draw among the specials active at @p now (hidden ones included), weight = rarity,
/// plus "no special" with weight max(0, 1 - sum). nullptr = no special.
[[nodiscard]] const domain::Special *rollSpecial(std::span<const domain::Special> specials,
                                                 const QDateTime &now, RandomSource &random);

/// Uniform integer in [-max, +max], both inclusive.
[[nodiscard]] int rollBonus(int max, RandomSource &random);

/// One enabled ball with probability rarity / sum of the enabled rarities; rarity 0 never comes up.
[[nodiscard]] Result<const domain::Ball *, PickError> pickBall(std::span<const domain::Ball> balls,
                                                               RandomSource &random);

} // namespace CatchRolls

} // namespace ballsdex::game

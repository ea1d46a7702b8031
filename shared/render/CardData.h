// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"

#include <optional>

namespace ballsdex::render {

/// Everything one card shows: the ball with its regime, economy and special, and the instance's
/// bonuses (percent).
struct CardData
{
    domain::Ball ball;
    domain::Regime regime;
    std::optional<domain::Economy> economy;
    std::optional<domain::Special> special;
    int healthBonus = 0;
    int attackBonus = 0;
    bool showRarity = false;
};

} // namespace ballsdex::render

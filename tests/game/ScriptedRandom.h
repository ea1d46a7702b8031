// SPDX-License-Identifier: MIT
#pragma once

#include "game/RandomSource.h"

#include <deque>

/// Hands out scripted values first, then fixed fallbacks (clamped into the requested range).
class ScriptedRandom final : public ballsdex::game::RandomSource
{
public:
    std::deque<int> ints;
    std::deque<double> reals;
    int fallbackInt = 0;
    double fallbackReal = 0.0;

    int uniformInt(int low, int high) override
    {
        int value = fallbackInt;
        if (!ints.empty()) {
            value = ints.front();
            ints.pop_front();
        }
        return value < low ? low : (value > high ? high : value);
    }
    double uniformReal() override
    {
        if (reals.empty())
            return fallbackReal;
        const double value = reals.front();
        reals.pop_front();
        return value;
    }
};

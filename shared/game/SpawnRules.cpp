// SPDX-License-Identifier: MIT
#include "SpawnRules.h"

#include <algorithm>
#include <utility>

namespace ballsdex::game {

MemberBracket SpawnRules::bracketFor(int memberCount)
{
    if (memberCount <= 0)
        return MemberBracket::Unknown;
    if (memberCount < 5)
        return MemberBracket::Tiny;
    if (memberCount < 100)
        return MemberBracket::Small;
    if (memberCount < 1000)
        return MemberBracket::Medium;
    return MemberBracket::Large;
}

double SpawnRules::timeFactor(int memberCount) const
{
    switch (bracketFor(memberCount)) {
    case MemberBracket::Unknown:
        return 0.0;
    case MemberBracket::Tiny:
        return timeFactorTiny;
    case MemberBracket::Small:
        return timeFactorSmall;
    case MemberBracket::Medium:
        return timeFactorMedium;
    case MemberBracket::Large:
        return timeFactorLarge;
    }
    return 0.0;
}

bool SpawnRules::sizePenalty(int memberCount) const
{
    return memberCount < smallGuildBelow || memberCount > largeGuildAbove;
}

SpawnRules SpawnRules::sanitised() const
{
    SpawnRules rules = *this;
    if (rules.chanceMin > rules.chanceMax)
        std::swap(rules.chanceMin, rules.chanceMax);
    rules.chanceMin = std::max(rules.chanceMin, 0);
    rules.chanceMax = std::max(rules.chanceMax, rules.chanceMin);
    rules.minCycleSeconds = std::max(rules.minCycleSeconds, 0);
    rules.messageCooldownSeconds = std::max(rules.messageCooldownSeconds, 0);
    rules.messageCacheSize = std::max(rules.messageCacheSize, 1);
    rules.minDistinctAuthors = std::max(rules.minDistinctAuthors, 0);
    rules.shortMessageLength = std::max(rules.shortMessageLength, 0);
    return rules;
}

} // namespace ballsdex::game

// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace ballsdex::game {

/// Member-count brackets of the time factor ("1-4", "5-99", "100-999", "1000+").
enum class MemberBracket { Unknown, Tiny, Small, Medium, Large };

/// Constants of the default spawn manager (bot-features.md §2.2); defaults are the original's.
/// Tests and the sandbox shrink them so a spawn happens within seconds.
struct SpawnRules
{
    int chanceMin = 40; ///< threshold range, inclusive; head start is floor(chanceMin / 2)
    int chanceMax = 55;
    int minCycleSeconds = 600; ///< a cycle younger than this never spawns
    int messageCooldownSeconds = 10; ///< anti-spam hold after a scored message
    int messageCacheSize = 100;
    int minDistinctAuthors = 4;
    double maxAuthorShare = 0.4; ///< of messageCacheSize, not of the current cache length
    int shortMessageLength = 5;
    double penaltyMultiplier = 0.5;
    int smallGuildBelow = 5; ///< size penalty below this member count...
    int largeGuildAbove = 1000; ///< ...or above this one
    double timeFactorTiny = 0.1; ///< points per minute, < 5 members
    double timeFactorSmall = 0.8; ///< 5-99
    double timeFactorMedium = 0.5; ///< 100-999
    double timeFactorLarge = 0.2; ///< >= 1000

    [[nodiscard]] static MemberBracket bracketFor(int memberCount);
    /// 0 for an unknown (<= 0) member count.
    [[nodiscard]] double timeFactor(int memberCount) const;
    [[nodiscard]] bool sizePenalty(int memberCount) const;
    /// Same rules with impossible values repaired (range swapped, cache at least 1, no negatives).
    [[nodiscard]] SpawnRules sanitised() const;
};

} // namespace ballsdex::game

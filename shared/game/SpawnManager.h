// SPDX-License-Identifier: MIT
#pragma once

#include "SpawnRules.h"
#include "domain/Ids.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ballsdex::game {

class RandomSource;

/// What the listener knows about one eligible message (bot-features.md §2.1).
struct MessageFacts
{
    domain::Snowflake guildId = 0;
    domain::Snowflake authorId = 0;
    std::int64_t createdAtMs = 0; ///< Discord creation time, ms since the epoch
    int contentLength = 0; ///< in characters
    int memberCount = 0; ///< 0 = unknown
    bool messageContentIntent = false;
};

enum class SpawnReason { NoMemberCount, Busy, BelowThreshold, CycleTooYoung, Spawned };

/// Penalty bits of one scored message (each halves its score).
enum SpawnPenalty : unsigned {
    NoPenalty = 0,
    GuildSizePenalty = 1u << 0, ///< member count < 5 or > 1000
    ShortMessagePenalty = 1u << 1, ///< content intent on and content shorter than 5
    ChattersPenalty = 1u << 2, ///< < 4 distinct authors cached, or this author > 40 % of the cache
};

struct SpawnDecision
{
    bool spawn = false;
    SpawnReason reason = SpawnReason::NoMemberCount;
    double score = 0.0; ///< added by this message; 0 when it was not scored
    unsigned penalties = NoPenalty; ///< SpawnPenalty bits of this message's score
    double points = 0.0; ///< as evaluated (before the reset when it spawned)
    int threshold = 0; ///< as evaluated (before the reset when it spawned)
};

/// Everything `/admin cooldown` shows (bot-features.md §2.6), points included.
struct SpawnExplanation
{
    std::int64_t cycleStartMs = 0;
    int threshold = 0;
    double points = 0.0;
    int cacheLength = 0;
    int cacheCapacity = 0;
    int memberCount = 0;
    MemberBracket bracket = MemberBracket::Unknown;
    double timeFactor = 0.0;
    std::int64_t elapsedMinutes = 0;
    double timePoints = 0.0; ///< timeFactor x elapsedMinutes
    double target = 0.0; ///< threshold - timePoints: points must exceed this to spawn
    unsigned penalties = NoPenalty; ///< SpawnPenalty bits that apply to the cache as it is now
    int penaltyCount = 0;
    double penaltyMultiplier = 1.0; ///< rules.penaltyMultiplier ^ penaltyCount
    int distinctAuthors = 0;
    int topAuthorMessages = 0;
    bool inHold = false; ///< in its anti-spam hold: messages are only cached
    std::int64_t holdRemainingMs = 0;
    bool cycleTooYoung = false;
};

/// The default spawn manager: per-guild points, threshold and message cache, in memory only.
/// Not thread-safe: one instance per process, fed from one thread. Each decision is O(1).
class SpawnManager final
{
public:
    /// @p random must outlive the manager.
    SpawnManager(const SpawnRules &rules, RandomSource &random);

    [[nodiscard]] SpawnDecision onMessage(const MessageFacts &message);
    /// nullopt when the guild has no state (no eligible message since start, or forgotten).
    [[nodiscard]] std::optional<SpawnExplanation>
    explain(domain::Snowflake guildId, std::int64_t nowMs, int memberCount) const;
    void forget(domain::Snowflake guildId);

    [[nodiscard]] const SpawnRules &rules() const { return m_rules; }
    [[nodiscard]] std::size_t guildCount() const { return m_guilds.size(); }

private:
    struct CachedMessage
    {
        domain::Snowflake authorId = 0;
        bool shortContent = false;
    };

    struct GuildState
    {
        std::int64_t cycleStartMs = 0;
        double points = 0.0;
        int threshold = 0;
        std::int64_t busyUntilMs = 0;
        bool contentIntent = false;
        std::vector<CachedMessage> ring;
        int ringHead = 0;
        int ringSize = 0;
        int shortCount = 0;
        std::unordered_map<domain::Snowflake, int> authorCounts;
    };

    void startState(GuildState &state, std::int64_t createdAtMs);
    void cache(GuildState &state, domain::Snowflake authorId, bool shortContent) const;
    [[nodiscard]] int rollThreshold();

    SpawnRules m_rules;
    RandomSource &m_random;
    std::unordered_map<domain::Snowflake, GuildState> m_guilds;
};

} // namespace ballsdex::game

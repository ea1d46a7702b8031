// SPDX-License-Identifier: MIT
#include "SpawnManager.h"

#include "RandomSource.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ballsdex::game {

namespace {

constexpr std::int64_t msPerMinute = 60'000;

// Python's // : rounds toward negative infinity (matters for out-of-order timestamps).
std::int64_t floorMinutes(std::int64_t deltaMs)
{
    std::int64_t minutes = deltaMs / msPerMinute;
    if (deltaMs % msPerMinute != 0 && deltaMs < 0)
        --minutes;
    return minutes;
}

} // namespace

SpawnManager::SpawnManager(const SpawnRules &rules, RandomSource &random)
    : m_rules(rules.sanitised())
    , m_random(random)
{
}

int SpawnManager::rollThreshold()
{
    return m_random.uniformInt(m_rules.chanceMin, m_rules.chanceMax);
}

void SpawnManager::startState(GuildState &state, std::int64_t createdAtMs)
{
    state.cycleStartMs = createdAtMs;
    state.points = static_cast<double>(m_rules.chanceMin / 2);
    state.threshold = rollThreshold();
    state.busyUntilMs = std::numeric_limits<std::int64_t>::min();
    state.ring.resize(static_cast<std::size_t>(m_rules.messageCacheSize));
}

void SpawnManager::cache(GuildState &state, domain::Snowflake authorId, bool shortContent) const
{
    CachedMessage &slot = state.ring[static_cast<std::size_t>(state.ringHead)];
    if (state.ringSize == m_rules.messageCacheSize) {
        const auto evicted = state.authorCounts.find(slot.authorId);
        if (--evicted->second == 0)
            state.authorCounts.erase(evicted);
        state.shortCount -= slot.shortContent ? 1 : 0;
    } else {
        ++state.ringSize;
    }
    slot = CachedMessage {authorId, shortContent};
    ++state.authorCounts[authorId];
    state.shortCount += shortContent ? 1 : 0;
    state.ringHead = (state.ringHead + 1) % m_rules.messageCacheSize;
}

// The original scores the message that takes the lock, sleeps 10 s holding it, then compares.
// Nothing can change points, threshold or the cycle start during that sleep (other messages are
// only cached), so evaluating at once gives the same decision, just without the 10 s delay.
// The hold is a timestamp on Discord's creation times, so the decision is deterministic.
SpawnDecision SpawnManager::onMessage(const MessageFacts &message)
{
    auto [it, created] = m_guilds.try_emplace(message.guildId);
    GuildState &state = it->second;
    if (created)
        startState(state, message.createdAtMs);

    SpawnDecision decision;
    decision.points = state.points;
    decision.threshold = state.threshold;
    if (message.memberCount <= 0) {
        decision.reason = SpawnReason::NoMemberCount;
        return decision;
    }

    const std::int64_t deltaMs = message.createdAtMs - state.cycleStartMs;
    const double factor = m_rules.timeFactor(message.memberCount);
    state.contentIntent = message.messageContentIntent;
    const bool shortContent = message.contentLength < m_rules.shortMessageLength;
    cache(state, message.authorId, shortContent);
    if (message.createdAtMs < state.busyUntilMs) {
        decision.reason = SpawnReason::Busy;
        return decision;
    }

    double score = 1.0;
    if (m_rules.sizePenalty(message.memberCount)) {
        score *= m_rules.penaltyMultiplier;
        decision.penalties |= GuildSizePenalty;
    }
    if (message.messageContentIntent && shortContent) {
        score *= m_rules.penaltyMultiplier;
        decision.penalties |= ShortMessagePenalty;
    }
    const int authorMessages = state.authorCounts[message.authorId];
    if (static_cast<int>(state.authorCounts.size()) < m_rules.minDistinctAuthors
        || static_cast<double>(authorMessages) / m_rules.messageCacheSize
            > m_rules.maxAuthorShare) {
        score *= m_rules.penaltyMultiplier;
        decision.penalties |= ChattersPenalty;
    }
    state.points += score;
    state.busyUntilMs = message.createdAtMs + std::int64_t(m_rules.messageCooldownSeconds) * 1000;
    decision.score = score;
    decision.points = state.points;

    const double target = state.threshold - factor * static_cast<double>(floorMinutes(deltaMs));
    if (state.points <= target) {
        decision.reason = SpawnReason::BelowThreshold;
        return decision;
    }
    if (deltaMs < std::int64_t(m_rules.minCycleSeconds) * 1000) {
        decision.reason = SpawnReason::CycleTooYoung;
        return decision;
    }

    decision.spawn = true;
    decision.reason = SpawnReason::Spawned;
    state.points = 1.0;
    state.threshold = rollThreshold();
    state.cycleStartMs = message.createdAtMs;
    return decision;
}

std::optional<SpawnExplanation> SpawnManager::explain(domain::Snowflake guildId, std::int64_t nowMs,
                                                      int memberCount) const
{
    const auto it = m_guilds.find(guildId);
    if (it == m_guilds.end())
        return std::nullopt;
    const GuildState &state = it->second;

    SpawnExplanation out;
    out.cycleStartMs = state.cycleStartMs;
    out.threshold = state.threshold;
    out.points = state.points;
    out.cacheLength = state.ringSize;
    out.cacheCapacity = m_rules.messageCacheSize;
    out.memberCount = memberCount;
    out.bracket = SpawnRules::bracketFor(memberCount);
    out.timeFactor = m_rules.timeFactor(memberCount);
    out.elapsedMinutes = floorMinutes(nowMs - state.cycleStartMs);
    out.timePoints = out.timeFactor * static_cast<double>(out.elapsedMinutes);
    out.target = state.threshold - out.timePoints;
    out.distinctAuthors = static_cast<int>(state.authorCounts.size());
    for (const auto &[author, count] : state.authorCounts)
        out.topAuthorMessages = std::max(out.topAuthorMessages, count);

    if (memberCount > 0 && m_rules.sizePenalty(memberCount))
        out.penalties |= GuildSizePenalty;
    if (state.contentIntent && state.shortCount > 0)
        out.penalties |= ShortMessagePenalty;
    if (out.distinctAuthors < m_rules.minDistinctAuthors
        || static_cast<double>(out.topAuthorMessages) / m_rules.messageCacheSize
            > m_rules.maxAuthorShare)
        out.penalties |= ChattersPenalty;
    for (unsigned bit : {GuildSizePenalty, ShortMessagePenalty, ChattersPenalty}) {
        if (out.penalties & bit) {
            ++out.penaltyCount;
            out.penaltyMultiplier *= m_rules.penaltyMultiplier;
        }
    }

    out.inHold = nowMs < state.busyUntilMs;
    out.holdRemainingMs = out.inHold ? state.busyUntilMs - nowMs : 0;
    out.cycleTooYoung = nowMs - state.cycleStartMs < std::int64_t(m_rules.minCycleSeconds) * 1000;
    return out;
}

void SpawnManager::forget(domain::Snowflake guildId)
{
    m_guilds.erase(guildId);
}

} // namespace ballsdex::game

// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace ballsdex::gateway::intents {

inline constexpr std::uint64_t Guilds = 1u << 0;
inline constexpr std::uint64_t GuildMembers = 1u << 1; // privileged
inline constexpr std::uint64_t GuildModeration = 1u << 2;
inline constexpr std::uint64_t GuildExpressions = 1u << 3;
inline constexpr std::uint64_t GuildPresences = 1u << 8; // privileged
inline constexpr std::uint64_t GuildMessages = 1u << 9;
inline constexpr std::uint64_t DirectMessages = 1u << 12;
inline constexpr std::uint64_t MessageContent = 1u << 15; // privileged

inline constexpr std::uint64_t Privileged = GuildMembers | GuildPresences | MessageContent;

/// Every bit Discord defines (1<<0 .. 1<<16, 1<<20, 1<<21, 1<<24, 1<<25); others close with 4013.
inline constexpr std::uint64_t AllKnown
    = 0x1FFFFu | (1u << 20) | (1u << 21) | (1u << 24) | (1u << 25);

/// guilds | guild expressions | guild messages | message content = 33289, as BallsDex uses.
inline constexpr std::uint64_t Default = Guilds | GuildExpressions | GuildMessages | MessageContent;

} // namespace ballsdex::gateway::intents

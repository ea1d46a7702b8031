// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace ballsdex::domain {

// Stored as smallint; the numbers are part of the database contract.
enum class DonationPolicy : std::int16_t {
    AlwaysAccept = 1,
    RequestApproval = 2,
    AlwaysDeny = 3,
    FriendsOnly = 4
};
enum class PrivacyPolicy : std::int16_t { Public = 1, Private = 2, SameServer = 3, Friends = 4 };
enum class MentionPolicy : std::int16_t { Allow = 1, Deny = 2 };
enum class FriendPolicy : std::int16_t { Allow = 1, Deny = 2 };
enum class TradeCooldownPolicy : std::int16_t { Cooldown = 1, Bypass = 2 };

enum class PackSpecialMode : std::int16_t { Natural = 1, None = 2, Forced = 3 };
enum class BetOutcome : std::int16_t { Won = 1, Lost = 2, Cancelled = 3 };
enum class CoinReason : std::int16_t {
    Admin = 1,
    Quicksell = 2,
    PackPurchase = 3,
    Trade = 4,
    Bet = 5,
    Other = 6
};

enum class BlacklistTarget { User, Guild };
enum class BlacklistAction { Blacklist, Unblacklist };

} // namespace ballsdex::domain

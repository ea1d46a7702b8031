// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "domain/Policies.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>

#include <cstdint>
#include <optional>

namespace ballsdex::storage {

class Database;
class Transaction;

struct PlayerPolicies
{
    domain::DonationPolicy donation = domain::DonationPolicy::AlwaysAccept;
    domain::PrivacyPolicy privacy = domain::PrivacyPolicy::Private;
    domain::MentionPolicy mention = domain::MentionPolicy::Allow;
    domain::FriendPolicy friends = domain::FriendPolicy::Allow;
    domain::TradeCooldownPolicy tradeCooldown = domain::TradeCooldownPolicy::Cooldown;
};

/// Why coins moved; stored in the coin_transaction ledger.
struct CoinChange
{
    domain::CoinReason reason = domain::CoinReason::Other;
    std::optional<domain::RowId> refId; ///< instance / pack / bet id
    std::optional<domain::Snowflake> moderatorId; ///< staff member for admin changes
    std::optional<QString> note;
};

/// The ledger row a coin movement wrote.
struct CoinMovement
{
    domain::RowId ledgerId = 0;
    std::int64_t delta = 0;
    std::int64_t balanceAfter = 0;
};

class PlayerRepository final
{
public:
    explicit PlayerRepository(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<domain::Player, StorageError>>
    getOrCreate(domain::Snowflake discordId);
    [[nodiscard]] QFuture<Result<std::optional<domain::Player>, StorageError>>
    find(domain::Snowflake discordId);
    [[nodiscard]] QFuture<Result<std::optional<domain::Player>, StorageError>>
    findById(domain::RowId id);
    /// NotFound when the player does not exist.
    [[nodiscard]] QFuture<Result<domain::Player, StorageError>>
    updatePolicies(domain::RowId playerId, PlayerPolicies policies);
    /// amount > 0 (else InvalidArgument); NotFound for an unknown player.
    [[nodiscard]] QFuture<Result<CoinMovement, StorageError>>
    addCoins(domain::RowId playerId, std::int64_t amount, CoinChange change);
    /// amount > 0; NotEnoughCoins when the balance is smaller (nothing changes).
    [[nodiscard]] QFuture<Result<CoinMovement, StorageError>>
    removeCoins(domain::RowId playerId, std::int64_t amount, CoinChange change);

    // Building blocks for multi-step transactions (quicksell, packs, bets); they abort the
    // transaction with the typed errors above.
    static domain::Player getOrCreate(Transaction &tx, domain::Snowflake discordId);
    static std::optional<domain::Player> findById(Transaction &tx, domain::RowId id);
    static std::optional<domain::Player> findByDiscordId(Transaction &tx,
                                                         domain::Snowflake discordId);
    static CoinMovement addCoins(Transaction &tx, domain::RowId playerId, std::int64_t amount,
                                 const CoinChange &change);
    static CoinMovement removeCoins(Transaction &tx, domain::RowId playerId, std::int64_t amount,
                                    const CoinChange &change);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

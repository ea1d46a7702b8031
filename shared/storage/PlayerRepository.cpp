// SPDX-License-Identifier: MIT
#include "PlayerRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

using domain::Player;
using Kind = StorageError::Kind;

const std::string columns
    = "id, discord_id, coins, donation_policy, privacy_policy, mention_policy, "
      "friend_policy, trade_cooldown_policy, extra_data";

Player toPlayer(const pqxx::row &row)
{
    Player player;
    player.id = row[0].as<domain::RowId>();
    player.discordId = row[1].as<domain::Snowflake>();
    player.coins = row[2].as<std::int64_t>();
    player.donationPolicy = sql::as<domain::DonationPolicy>(row[3]);
    player.privacyPolicy = sql::as<domain::PrivacyPolicy>(row[4]);
    player.mentionPolicy = sql::as<domain::MentionPolicy>(row[5]);
    player.friendPolicy = sql::as<domain::FriendPolicy>(row[6]);
    player.tradeCooldownPolicy = sql::as<domain::TradeCooldownPolicy>(row[7]);
    player.extraData = sql::json(row[8]);
    return player;
}

void requirePositive(Transaction &tx, std::int64_t amount)
{
    if (amount <= 0)
        tx.abort(Kind::InvalidArgument,
                 QStringLiteral("A coin amount must be positive (got %1)").arg(amount));
}

CoinMovement record(Transaction &tx, domain::RowId playerId, std::int64_t delta,
                    std::int64_t balanceAfter, const CoinChange &change)
{
    const pqxx::row row
        = tx.exec1("INSERT INTO coin_transaction (player_id, delta, balance_after, reason, ref_id, "
                   "moderator_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                   playerId, delta, balanceAfter, change.reason, change.refId, change.moderatorId,
                   change.note);
    return CoinMovement {row[0].as<domain::RowId>(), delta, balanceAfter};
}

} // namespace

std::optional<Player> PlayerRepository::findByDiscordId(Transaction &tx,
                                                        domain::Snowflake discordId)
{
    const auto row
        = tx.exec01("SELECT " + columns + " FROM player WHERE discord_id = $1", discordId);
    return row ? std::optional(toPlayer(*row)) : std::nullopt;
}

Player PlayerRepository::getOrCreate(Transaction &tx, domain::Snowflake discordId)
{
    if (auto existing = findByDiscordId(tx, discordId))
        return *existing;
    const auto inserted = tx.exec01("INSERT INTO player (discord_id) VALUES ($1) "
                                    "ON CONFLICT (discord_id) DO NOTHING RETURNING "
                                        + columns,
                                    discordId);
    if (inserted)
        return toPlayer(*inserted);
    // Another transaction created it between our SELECT and INSERT.
    if (auto concurrent = findByDiscordId(tx, discordId))
        return *concurrent;
    tx.abort(Kind::Conflict, QStringLiteral("Player %1 could not be created").arg(discordId));
}

std::optional<Player> PlayerRepository::findById(Transaction &tx, domain::RowId id)
{
    const auto row = tx.exec01("SELECT " + columns + " FROM player WHERE id = $1", id);
    return row ? std::optional(toPlayer(*row)) : std::nullopt;
}

CoinMovement PlayerRepository::addCoins(Transaction &tx, domain::RowId playerId,
                                        std::int64_t amount, const CoinChange &change)
{
    requirePositive(tx, amount);
    const auto row = tx.exec01("UPDATE player SET coins = coins + $1 WHERE id = $2 RETURNING coins",
                               amount, playerId);
    if (!row)
        tx.abort(Kind::NotFound, QStringLiteral("No player with id %1").arg(playerId));
    return record(tx, playerId, amount, (*row)[0].as<std::int64_t>(), change);
}

CoinMovement PlayerRepository::removeCoins(Transaction &tx, domain::RowId playerId,
                                           std::int64_t amount, const CoinChange &change)
{
    requirePositive(tx, amount);
    const auto row = tx.exec01(
        "UPDATE player SET coins = coins - $1 WHERE id = $2 AND coins >= $1 RETURNING coins",
        amount, playerId);
    if (!row) {
        const auto balance = tx.exec01("SELECT coins FROM player WHERE id = $1", playerId);
        if (!balance)
            tx.abort(Kind::NotFound, QStringLiteral("No player with id %1").arg(playerId));
        tx.abort(Kind::NotEnoughCoins,
                 QStringLiteral("Not enough coins: the balance is %1, %2 needed")
                     .arg((*balance)[0].as<std::int64_t>())
                     .arg(amount));
    }
    return record(tx, playerId, -amount, (*row)[0].as<std::int64_t>(), change);
}

QFuture<Result<Player, StorageError>> PlayerRepository::getOrCreate(domain::Snowflake discordId)
{
    return m_database.transact([discordId](Transaction &tx) { return getOrCreate(tx, discordId); });
}

QFuture<Result<std::optional<Player>, StorageError>>
PlayerRepository::find(domain::Snowflake discordId)
{
    return m_database.transact(
        [discordId](Transaction &tx) { return findByDiscordId(tx, discordId); },
        TxOptions {.readOnly = true});
}

QFuture<Result<std::optional<Player>, StorageError>> PlayerRepository::findById(domain::RowId id)
{
    return m_database.transact([id](Transaction &tx) { return findById(tx, id); },
                               TxOptions {.readOnly = true});
}

QFuture<Result<Player, StorageError>> PlayerRepository::updatePolicies(domain::RowId playerId,
                                                                       PlayerPolicies policies)
{
    return m_database.transact([playerId, policies](Transaction &tx) {
        const auto row = tx.exec01("UPDATE player SET donation_policy = $2, privacy_policy = $3, "
                                   "mention_policy = $4, friend_policy = $5, "
                                   "trade_cooldown_policy = $6 WHERE id = $1 RETURNING "
                                       + columns,
                                   playerId, policies.donation, policies.privacy, policies.mention,
                                   policies.friends, policies.tradeCooldown);
        if (!row)
            tx.abort(Kind::NotFound, QStringLiteral("No player with id %1").arg(playerId));
        return toPlayer(*row);
    });
}

QFuture<Result<CoinMovement, StorageError>>
PlayerRepository::addCoins(domain::RowId playerId, std::int64_t amount, CoinChange change)
{
    return m_database.transact([playerId, amount, change](Transaction &tx) {
        return addCoins(tx, playerId, amount, change);
    });
}

QFuture<Result<CoinMovement, StorageError>>
PlayerRepository::removeCoins(domain::RowId playerId, std::int64_t amount, CoinChange change)
{
    return m_database.transact([playerId, amount, change](Transaction &tx) {
        return removeCoins(tx, playerId, amount, change);
    });
}

} // namespace ballsdex::storage

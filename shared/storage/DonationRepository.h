// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace ballsdex::storage {

class Database;
class Transaction;

/// One donation's hold on an instance: the `locked` value it wrote, as the server printed it.
/// Only the exact same value matches, so a lock that expired and was taken again by someone else
/// is never mistaken for this one.
struct DonationLock
{
    domain::RowId instanceId = 0;
    QString token;
};

enum class LockOutcome {
    Locked,
    AlreadyLocked, ///< a lock younger than 30 minutes holds it (a trade or another donation)
    NotOwned, ///< missing, deleted, or not the owner's any more
};

struct LockAttempt
{
    LockOutcome outcome = LockOutcome::NotOwned;
    std::optional<DonationLock> lock; ///< set when Locked
};

/// What a completed donation wrote.
struct DonationReceipt
{
    domain::RowId tradeId = 0;
    domain::Player receiver; ///< created on the way when they never played
};

/// `/balls give` (bot-features.md §4.4): locking an instance for a donation, releasing it, and
/// the transfer itself in one transaction.
class DonationRepository final
{
public:
    explicit DonationRepository(Database &database)
        : m_database(database)
    {
    }

    /// Sets `locked = now()` on the owner's live instance unless an unexpired lock holds it
    /// (atomic: of two simultaneous calls at most one gets Locked).
    [[nodiscard]] QFuture<Result<LockAttempt, StorageError>> lock(domain::RowId instanceId,
                                                                  domain::RowId ownerId);
    /// Clears the lock if it is still this one; false when it was not (transferred, expired and
    /// taken again, already released).
    [[nodiscard]] QFuture<Result<bool, StorageError>> unlock(DonationLock lock);
    /// Gives the instance to the player with `receiverDiscordId` (created if needed): owner :=
    /// receiver, trade_player := giver, favorite := false, locked := NULL, plus one trade
    /// (player1 = giver, player2 = receiver) and its tradeobject (player = giver).
    /// NotFound when the instance is gone; Conflict when the giver no longer owns it, the lock is
    /// no longer this donation's, or it stopped being tradeable; InvalidArgument when the
    /// receiver is the giver. Nothing is written on any error.
    [[nodiscard]] QFuture<Result<DonationReceipt, StorageError>>
    transfer(DonationLock lock, domain::RowId giverId, domain::Snowflake receiverDiscordId);

    static LockAttempt lock(Transaction &tx, domain::RowId instanceId, domain::RowId ownerId);
    static bool unlock(Transaction &tx, const DonationLock &lock);
    static DonationReceipt transfer(Transaction &tx, const DonationLock &lock,
                                    domain::RowId giverId, domain::Snowflake receiverDiscordId);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#include "DonationRepository.h"

#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

using Kind = StorageError::Kind;

} // namespace

LockAttempt DonationRepository::lock(Transaction &tx, domain::RowId instanceId,
                                     domain::RowId ownerId)
{
    // The row lock taken by UPDATE makes a concurrent caller re-read `locked` after we commit.
    const std::optional<pqxx::row> locked
        = tx.exec01("UPDATE ballinstance SET locked = now() "
                    "WHERE id = $1 AND player_id = $2 AND NOT deleted "
                    "AND (locked IS NULL OR locked <= now() - interval '30 minutes') "
                    "RETURNING locked::text",
                    instanceId, ownerId);
    if (locked)
        return LockAttempt {LockOutcome::Locked,
                            DonationLock {instanceId, sql::text((*locked)[0])}};
    const std::optional<pqxx::row> owned
        = tx.exec01("SELECT 1 FROM ballinstance WHERE id = $1 AND player_id = $2 AND NOT deleted",
                    instanceId, ownerId);
    return LockAttempt {owned ? LockOutcome::AlreadyLocked : LockOutcome::NotOwned, std::nullopt};
}

bool DonationRepository::unlock(Transaction &tx, const DonationLock &lock)
{
    return tx
        .exec01("UPDATE ballinstance SET locked = NULL WHERE id = $1 "
                "AND locked = $2::timestamptz RETURNING id",
                lock.instanceId, lock.token)
        .has_value();
}

DonationReceipt DonationRepository::transfer(Transaction &tx, const DonationLock &lock,
                                             domain::RowId giverId,
                                             domain::Snowflake receiverDiscordId)
{
    const domain::Player receiver = PlayerRepository::getOrCreate(tx, receiverDiscordId);
    if (receiver.id == giverId)
        tx.abort(Kind::InvalidArgument, QStringLiteral("A player cannot donate to themselves"));
    const std::optional<pqxx::row> row
        = tx.exec01("SELECT i.player_id, i.deleted, i.locked IS NOT DISTINCT FROM $2::timestamptz, "
                    "i.tradeable AND b.tradeable AND COALESCE(s.tradeable, true) "
                    "FROM ballinstance i JOIN ball b ON b.id = i.ball_id "
                    "LEFT JOIN special s ON s.id = i.special_id WHERE i.id = $1 FOR UPDATE OF i",
                    lock.instanceId, lock.token);
    const QString id = domain::displayId(lock.instanceId);
    if (!row || (*row)[1].as<bool>())
        tx.abort(Kind::NotFound, QStringLiteral("Instance %1 no longer exists").arg(id));
    if ((*row)[0].as<domain::RowId>() != giverId)
        tx.abort(Kind::Conflict, QStringLiteral("Instance %1 changed owner").arg(id));
    if (!(*row)[2].as<bool>())
        tx.abort(Kind::Conflict,
                 QStringLiteral("Instance %1 is no longer locked by this donation").arg(id));
    if (!(*row)[3].as<bool>())
        tx.abort(Kind::Conflict, QStringLiteral("Instance %1 is not tradeable").arg(id));
    const domain::RowId tradeId
        = InstanceRepository::transfer(tx, {lock.instanceId}, giverId, receiver.id);
    return DonationReceipt {tradeId, receiver};
}

QFuture<Result<LockAttempt, StorageError>> DonationRepository::lock(domain::RowId instanceId,
                                                                    domain::RowId ownerId)
{
    return m_database.transact(
        [instanceId, ownerId](Transaction &tx) { return lock(tx, instanceId, ownerId); });
}

QFuture<Result<bool, StorageError>> DonationRepository::unlock(DonationLock lock)
{
    return m_database.transact([lock](Transaction &tx) { return unlock(tx, lock); });
}

QFuture<Result<DonationReceipt, StorageError>>
DonationRepository::transfer(DonationLock lock, domain::RowId giverId,
                             domain::Snowflake receiverDiscordId)
{
    return m_database.transact([lock, giverId, receiverDiscordId](Transaction &tx) {
        return transfer(tx, lock, giverId, receiverDiscordId);
    });
}

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>

namespace ballsdex::storage {

class Database;
class Transaction;

/// How two players stand towards each other, seen from `viewer`.
struct Relationship
{
    bool friends = false;
    bool viewerBlockedTarget = false;
    bool targetBlockedViewer = false;
};

/// One entry of a friend or block list.
struct SocialLink
{
    domain::RowId playerId = 0;
    domain::Snowflake discordId = 0;
    QDateTime since; ///< friendship start or block date
};

/// Friendships (symmetric, one row per pair) and blocks (directional: player1 blocks player2).
class SocialRepository final
{
public:
    explicit SocialRepository(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<Relationship, StorageError>> relationship(domain::RowId viewer,
                                                                           domain::RowId target);
    /// Conflict when they are already friends, or when either blocked the other.
    [[nodiscard]] QFuture<Result<void, StorageError>> addFriendship(domain::RowId requester,
                                                                    domain::RowId target);
    /// False when they were not friends.
    [[nodiscard]] QFuture<Result<bool, StorageError>> removeFriendship(domain::RowId a,
                                                                       domain::RowId b);
    /// Oldest first.
    [[nodiscard]] QFuture<Result<QList<SocialLink>, StorageError>> friends(domain::RowId player);
    /// Ends a friendship between them, if any, in the same transaction. Conflict when already
    /// blocked.
    [[nodiscard]] QFuture<Result<void, StorageError>> block(domain::RowId blocker,
                                                            domain::RowId blocked);
    /// False when there was no block.
    [[nodiscard]] QFuture<Result<bool, StorageError>> unblock(domain::RowId blocker,
                                                              domain::RowId blocked);
    /// The players `player` blocked, oldest first.
    [[nodiscard]] QFuture<Result<QList<SocialLink>, StorageError>> blocked(domain::RowId player);

    static Relationship relationship(Transaction &tx, domain::RowId viewer, domain::RowId target);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

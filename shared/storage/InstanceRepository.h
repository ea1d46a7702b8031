// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Instance.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

#include <cstdint>
#include <optional>

namespace ballsdex::storage {

class Database;
class Transaction;

/// Position after the last row of a page (newest-first order). Opaque to callers: catchDate is
/// the server's exact text so no precision is lost between pages.
struct InstanceCursor
{
    QString catchDate;
    domain::RowId id = 0;
};

struct InstancePageRequest
{
    int limit = 25;
    std::optional<InstanceCursor> after; ///< nullopt = first page
    std::optional<domain::RowId> ballId; ///< only instances of this ball
};

struct InstancePage
{
    QList<domain::BallInstance> items;
    std::optional<InstanceCursor> next; ///< nullopt on the last page
};

class InstanceRepository final
{
public:
    explicit InstanceRepository(Database &database)
        : m_database(database)
    {
    }

    /// Inserts (id ignored; an invalid catchDate means now). ForeignKeyViolation for an unknown
    /// ball, player or special.
    [[nodiscard]] QFuture<Result<domain::BallInstance, StorageError>>
    create(domain::BallInstance instance);
    /// A live (not deleted) instance.
    [[nodiscard]] QFuture<Result<std::optional<domain::BallInstance>, StorageError>>
    find(domain::RowId id);
    /// A live instance owned by ownerId (nullopt when missing, deleted or someone else's).
    [[nodiscard]] QFuture<Result<std::optional<domain::BallInstance>, StorageError>>
    findOwned(domain::RowId id, domain::RowId ownerId);
    /// A player's live instances, newest catch first, keyset-paginated.
    [[nodiscard]] QFuture<Result<InstancePage, StorageError>>
    listForPlayer(domain::RowId playerId, InstancePageRequest request);
    [[nodiscard]] QFuture<Result<std::int64_t, StorageError>>
    count(domain::RowId playerId, std::optional<domain::RowId> ballId = std::nullopt);
    /// NotFound when the instance is missing, already deleted or not the owner's.
    [[nodiscard]] QFuture<Result<void, StorageError>> softDelete(domain::RowId id,
                                                                 domain::RowId ownerId);
    /// Moves the instances from one player to another (data-model §1.5 transfer rule) and records
    /// one trade with a tradeobject per instance; returns the trade id. NotFound when an instance
    /// is missing/deleted, Conflict when one is not fromPlayerId's; nothing changes then.
    [[nodiscard]] QFuture<Result<domain::RowId, StorageError>>
    transfer(QList<domain::RowId> instanceIds, domain::RowId fromPlayerId,
             domain::RowId toPlayerId);

    static domain::BallInstance create(Transaction &tx, const domain::BallInstance &instance);
    static domain::RowId transfer(Transaction &tx, const QList<domain::RowId> &instanceIds,
                                  domain::RowId fromPlayerId, domain::RowId toPlayerId);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

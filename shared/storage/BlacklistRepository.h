// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "domain/Policies.h"
#include "storage/AuditLogRepository.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <pqxx/pqxx>

#include <QFuture>
#include <QList>

#include <optional>

namespace ballsdex::storage {

class Database;

/// Active bans of users (blacklistedid) and guilds (blacklistedguild). Every change writes the ban
/// row, a blacklisthistory row and an audit_log row in one transaction.
class BlacklistRepository final
{
public:
    explicit BlacklistRepository(Database &database)
        : m_database(database)
    {
    }

    /// Conflict when already blacklisted. The actor's Discord id (0 = panel) is the moderator.
    [[nodiscard]] QFuture<Result<domain::BlacklistEntry, StorageError>>
    add(domain::BlacklistTarget target, domain::Snowflake discordId, std::optional<QString> reason,
        AuditActor actor);
    /// NotFound when not blacklisted.
    [[nodiscard]] QFuture<Result<void, StorageError>> remove(domain::BlacklistTarget target,
                                                             domain::Snowflake discordId,
                                                             std::optional<QString> reason,
                                                             AuditActor actor);
    [[nodiscard]] QFuture<Result<std::optional<domain::BlacklistEntry>, StorageError>>
    find(domain::BlacklistTarget target, domain::Snowflake discordId);
    [[nodiscard]] QFuture<Result<bool, StorageError>> isBlacklisted(domain::BlacklistTarget target,
                                                                    domain::Snowflake discordId);
    /// Every banned id of that kind, ascending (for the in-memory caches).
    [[nodiscard]] QFuture<Result<QList<domain::Snowflake>, StorageError>>
    listIds(domain::BlacklistTarget target);
    /// Oldest first.
    [[nodiscard]] QFuture<Result<QList<domain::BlacklistHistoryEntry>, StorageError>>
    history(domain::Snowflake discordId);
    /// Replaces the reason of an active ban, with its audit_log row ("blacklist.edit_reason") in
    /// the same transaction. NotFound when the id is not blacklisted.
    [[nodiscard]] QFuture<Result<domain::BlacklistEntry, StorageError>>
    editReason(domain::BlacklistTarget target, domain::Snowflake discordId, QString reason,
               AuditActor actor);

    static std::optional<domain::BlacklistEntry>
    find(Transaction &tx, domain::BlacklistTarget target, domain::Snowflake discordId);
    /// blacklisthistory columns in the order readHistory() expects.
    static constexpr const char *HistoryColumns
        = "id, discord_id, moderator_id, reason, date, id_type, action_type";
    static domain::BlacklistHistoryEntry readHistory(const pqxx::row &row);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

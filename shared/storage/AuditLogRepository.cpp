// SPDX-License-Identifier: MIT
#include "AuditLogRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

using domain::AuditEntry;

std::optional<QJsonObject> nullIfEmpty(const QJsonObject &object)
{
    return object.isEmpty() ? std::nullopt : std::optional(object);
}

AuditEntry toEntry(const pqxx::row &row)
{
    AuditEntry entry;
    entry.id = row[0].as<domain::RowId>();
    entry.actorDiscordId = sql::opt<domain::Snowflake>(row[1]).value_or(0);
    entry.actorSource = sql::text(row[2]);
    entry.action = sql::text(row[3]);
    entry.targetType = sql::text(row[4]);
    entry.targetId = sql::textOrEmpty(row[5]);
    entry.before = sql::json(row[6]);
    entry.after = sql::json(row[7]);
    entry.createdAt = sql::dateTime(row[8]);
    return entry;
}

} // namespace

domain::RowId AuditLogRepository::append(Transaction &tx, const AuditEntry &entry)
{
    const std::optional<domain::Snowflake> actor
        = entry.actorDiscordId > 0 ? std::optional(entry.actorDiscordId) : std::nullopt;
    const pqxx::row row = tx.exec1(
        "INSERT INTO audit_log (actor_discord_id, actor_source, action, target_type, target_id, "
        "before, after) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        actor, entry.actorSource, entry.action, entry.targetType,
        entry.targetId.isEmpty() ? std::nullopt : std::optional(entry.targetId),
        nullIfEmpty(entry.before), nullIfEmpty(entry.after));
    return row[0].as<domain::RowId>();
}

domain::RowId AuditLogRepository::append(Transaction &tx, const AuditActor &actor,
                                         const QString &action, const QString &targetType,
                                         const QString &targetId, const QJsonObject &before,
                                         const QJsonObject &after)
{
    AuditEntry entry;
    entry.actorDiscordId = actor.discordId;
    entry.actorSource = actor.source;
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.before = before;
    entry.after = after;
    return append(tx, entry);
}

QFuture<Result<domain::RowId, StorageError>> AuditLogRepository::append(AuditEntry entry)
{
    return m_database.transact([entry](Transaction &tx) { return append(tx, entry); });
}

QFuture<Result<QList<AuditEntry>, StorageError>>
AuditLogRepository::listByTarget(QString targetType, QString targetId, int limit)
{
    return m_database.transact(
        [targetType, targetId, limit](Transaction &tx) {
            QList<AuditEntry> entries;
            for (const pqxx::row &row : tx.exec(
                     "SELECT id, actor_discord_id, actor_source, action, target_type, target_id, "
                     "before, after, created_at FROM audit_log "
                     "WHERE target_type = $1 AND target_id = $2 "
                     "ORDER BY created_at DESC, id DESC LIMIT $3",
                     targetType, targetId, std::max(1, limit)))
                entries.append(toEntry(row));
            return entries;
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage

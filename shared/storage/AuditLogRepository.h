// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

namespace ballsdex::storage {

class Database;
class Transaction;

/// Who performed a staff action: source is "bot", "studio" or "system"; discordId 0 = unknown.
struct AuditActor
{
    domain::Snowflake discordId = 0;
    QString source = QStringLiteral("bot");
};

class AuditLogRepository final
{
public:
    explicit AuditLogRepository(Database &database)
        : m_database(database)
    {
    }

    /// Appends in its own transaction; returns the new id.
    [[nodiscard]] QFuture<Result<domain::RowId, StorageError>> append(domain::AuditEntry entry);
    /// Newest first, at most limit entries.
    [[nodiscard]] QFuture<Result<QList<domain::AuditEntry>, StorageError>>
    listByTarget(QString targetType, QString targetId, int limit = 50);

    /// Appends inside an existing transaction (id and createdAt of the entry are ignored).
    /// Empty before/after objects and actorDiscordId 0 are stored as NULL.
    static domain::RowId append(Transaction &tx, const domain::AuditEntry &entry);
    static domain::RowId append(Transaction &tx, const AuditActor &actor, const QString &action,
                                const QString &targetType, const QString &targetId,
                                const QJsonObject &before, const QJsonObject &after);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#include "BlacklistRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace ballsdex::storage {
namespace {

using domain::BlacklistAction;
using domain::BlacklistEntry;
using domain::BlacklistTarget;
using Kind = StorageError::Kind;

// Table names come from this fixed pair, never from input.
struct Statements
{
    std::string select;
    std::string insert;
    std::string remove;
    std::string listIds;
    std::string updateReason;
    QString idType;
};

const Statements &statementsFor(BlacklistTarget target)
{
    static const auto make = [](const std::string &table, const char *idType) {
        const std::string columns = "id, discord_id, reason, date, moderator_id";
        return Statements {
            "SELECT " + columns + " FROM " + table + " WHERE discord_id = $1",
            "INSERT INTO " + table
                + " (discord_id, reason, moderator_id) VALUES ($1, $2, $3) "
                  "ON CONFLICT (discord_id) DO NOTHING RETURNING "
                + columns,
            "DELETE FROM " + table + " WHERE discord_id = $1 RETURNING " + columns,
            "SELECT discord_id FROM " + table + " ORDER BY discord_id",
            "UPDATE " + table + " SET reason = $2 WHERE discord_id = $1 RETURNING " + columns,
            QString::fromLatin1(idType),
        };
    };
    static const Statements users = make("blacklistedid", "user");
    static const Statements guilds = make("blacklistedguild", "guild");
    return target == BlacklistTarget::User ? users : guilds;
}

BlacklistEntry toEntry(const pqxx::row &row)
{
    BlacklistEntry entry;
    entry.id = row[0].as<domain::RowId>();
    entry.discordId = row[1].as<domain::Snowflake>();
    entry.reason = sql::optText(row[2]);
    entry.date = sql::optDateTime(row[3]);
    entry.moderatorId = sql::opt<domain::Snowflake>(row[4]);
    return entry;
}

QJsonObject toJson(const BlacklistEntry &entry)
{
    return QJsonObject {
        {QStringLiteral("discord_id"), QString::number(entry.discordId)},
        {QStringLiteral("reason"), entry.reason ? QJsonValue(*entry.reason) : QJsonValue()},
        {QStringLiteral("moderator_id"),
         entry.moderatorId ? QJsonValue(QString::number(*entry.moderatorId)) : QJsonValue()},
    };
}

void recordHistory(Transaction &tx, const Statements &statements, domain::Snowflake discordId,
                   const std::optional<QString> &reason, const AuditActor &actor,
                   BlacklistAction action)
{
    tx.exec("INSERT INTO blacklisthistory (discord_id, moderator_id, reason, id_type, action_type) "
            "VALUES ($1, $2, $3, $4, $5)",
            discordId, actor.discordId, reason, statements.idType,
            action == BlacklistAction::Blacklist ? "blacklist" : "unblacklist");
}

} // namespace

QFuture<Result<BlacklistEntry, StorageError>>
BlacklistRepository::add(BlacklistTarget target, domain::Snowflake discordId,
                         std::optional<QString> reason, AuditActor actor)
{
    return m_database.transact([target, discordId, reason, actor](Transaction &tx) {
        const Statements &statements = statementsFor(target);
        const std::optional<domain::Snowflake> moderator
            = actor.discordId > 0 ? std::optional(actor.discordId) : std::nullopt;
        const auto row = tx.exec01(statements.insert, discordId, reason, moderator);
        if (!row)
            tx.abort(Kind::Conflict,
                     QStringLiteral("%1 %2 is already blacklisted")
                         .arg(statements.idType)
                         .arg(discordId));
        const BlacklistEntry entry = toEntry(*row);
        recordHistory(tx, statements, discordId, reason, actor, BlacklistAction::Blacklist);
        AuditLogRepository::append(tx, actor, QStringLiteral("blacklist.add"), statements.idType,
                                   QString::number(discordId), {}, toJson(entry));
        return entry;
    });
}

QFuture<Result<void, StorageError>> BlacklistRepository::remove(BlacklistTarget target,
                                                                domain::Snowflake discordId,
                                                                std::optional<QString> reason,
                                                                AuditActor actor)
{
    return m_database.transact([target, discordId, reason, actor](Transaction &tx) {
        const Statements &statements = statementsFor(target);
        const auto row = tx.exec01(statements.remove, discordId);
        if (!row)
            tx.abort(
                Kind::NotFound,
                QStringLiteral("%1 %2 is not blacklisted").arg(statements.idType).arg(discordId));
        recordHistory(tx, statements, discordId, reason, actor, BlacklistAction::Unblacklist);
        AuditLogRepository::append(tx, actor, QStringLiteral("blacklist.remove"), statements.idType,
                                   QString::number(discordId), toJson(toEntry(*row)), {});
    });
}

QFuture<Result<std::optional<BlacklistEntry>, StorageError>>
BlacklistRepository::find(BlacklistTarget target, domain::Snowflake discordId)
{
    return m_database.transact(
        [target, discordId](Transaction &tx) { return find(tx, target, discordId); },
        TxOptions {.readOnly = true});
}

std::optional<BlacklistEntry> BlacklistRepository::find(Transaction &tx, BlacklistTarget target,
                                                        domain::Snowflake discordId)
{
    const auto row = tx.exec01(statementsFor(target).select, discordId);
    return row ? std::optional(toEntry(*row)) : std::nullopt;
}

domain::BlacklistHistoryEntry BlacklistRepository::readHistory(const pqxx::row &row)
{
    domain::BlacklistHistoryEntry entry;
    entry.id = row[0].as<domain::RowId>();
    entry.discordId = row[1].as<domain::Snowflake>();
    entry.moderatorId = row[2].as<domain::Snowflake>();
    entry.reason = sql::optText(row[3]);
    entry.date = sql::dateTime(row[4]);
    entry.target = sql::text(row[5]) == QLatin1String("guild") ? BlacklistTarget::Guild
                                                               : BlacklistTarget::User;
    entry.action = sql::text(row[6]) == QLatin1String("unblacklist") ? BlacklistAction::Unblacklist
                                                                     : BlacklistAction::Blacklist;
    return entry;
}

QFuture<Result<BlacklistEntry, StorageError>>
BlacklistRepository::editReason(BlacklistTarget target, domain::Snowflake discordId, QString reason,
                                AuditActor actor)
{
    return m_database.transact([target, discordId, reason, actor](Transaction &tx) {
        const Statements &statements = statementsFor(target);
        const std::optional<BlacklistEntry> before = find(tx, target, discordId);
        if (!before)
            tx.abort(
                Kind::NotFound,
                QStringLiteral("%1 %2 is not blacklisted").arg(statements.idType).arg(discordId));
        const BlacklistEntry entry = toEntry(tx.exec1(statements.updateReason, discordId, reason));
        AuditLogRepository::append(tx, actor, QStringLiteral("blacklist.edit_reason"),
                                   statements.idType, QString::number(discordId), toJson(*before),
                                   toJson(entry));
        return entry;
    });
}

QFuture<Result<bool, StorageError>> BlacklistRepository::isBlacklisted(BlacklistTarget target,
                                                                       domain::Snowflake discordId)
{
    return m_database.transact(
        [target, discordId](Transaction &tx) {
            return tx.exec01(statementsFor(target).select, discordId).has_value();
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<QList<domain::Snowflake>, StorageError>>
BlacklistRepository::listIds(BlacklistTarget target)
{
    return m_database.transact(
        [target](Transaction &tx) {
            QList<domain::Snowflake> ids;
            for (const pqxx::row &row : tx.exec(statementsFor(target).listIds))
                ids.append(row[0].as<domain::Snowflake>());
            return ids;
        },
        TxOptions {.readOnly = true});
}

QFuture<Result<QList<domain::BlacklistHistoryEntry>, StorageError>>
BlacklistRepository::history(domain::Snowflake discordId)
{
    return m_database.transact(
        [discordId](Transaction &tx) {
            QList<domain::BlacklistHistoryEntry> entries;
            for (const pqxx::row &row :
                 tx.exec(std::string("SELECT ") + HistoryColumns
                             + " FROM blacklisthistory WHERE discord_id = $1 ORDER BY date, id",
                         discordId))
                entries.append(readHistory(row));
            return entries;
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage

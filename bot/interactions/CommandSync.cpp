// SPDX-License-Identifier: MIT
#include "CommandSync.h"

#include "InteractionsLogging.h"
#include "OptionParser.h"

namespace ballsdex::interactions {

std::optional<SyncRecord> InMemorySyncStateStore::load(const QString &key) const
{
    const auto it = m_records.constFind(key);
    if (it == m_records.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

void InMemorySyncStateStore::save(const QString &key, const SyncRecord &record)
{
    m_records.insert(key, record);
}

CommandSync::CommandSync(const CommandTree &tree, InteractionTransport &transport,
                         SyncStateStore &store)
    : m_tree(tree)
    , m_transport(transport)
    , m_store(store)
{
}

QCoro::Task<QList<SyncOutcome>> CommandSync::sync(Snowflake applicationId,
                                                  QList<Snowflake> adminGuildIds)
{
    QList<SyncOutcome> outcomes;
    const QString globalKey = QStringLiteral("global:%1").arg(applicationId);
    outcomes.append(
        co_await syncScope(globalKey, applicationId, std::nullopt, CommandScope::Global));
    for (const Snowflake guildId : adminGuildIds) {
        const QString key = QStringLiteral("guild:%1:%2").arg(applicationId).arg(guildId);
        outcomes.append(co_await syncScope(key, applicationId, guildId, CommandScope::AdminGuilds));
    }
    co_return outcomes;
}

QCoro::Task<SyncOutcome> CommandSync::syncScope(QString key, Snowflake applicationId,
                                                std::optional<Snowflake> guildId,
                                                CommandScope scope)
{
    const QString hash = m_tree.hash(scope);
    const std::optional<SyncRecord> previous = m_store.load(key);
    if (previous && previous->hash == hash
        && co_await remoteMatches(*previous, applicationId, guildId, key)) {
        for (auto it = previous->commandIds.begin(); it != previous->commandIds.end(); ++it) {
            m_ids.insert(it.key(), it.value());
        }
        qCInfo(lcInteractions) << "commands unchanged for" << key << "- no sync";
        co_return SyncOutcome {key, false, std::nullopt};
    }
    const QJsonArray body = m_tree.toJson(scope);
    auto result = co_await m_transport.bulkOverwriteCommands(applicationId, guildId, body);
    if (!result) {
        qCWarning(lcInteractions) << "command sync failed for" << key << result.error().toString();
        co_return SyncOutcome {key, false, result.error()};
    }
    SyncRecord record {hash, {}};
    for (const QJsonValue &entry : std::as_const(*result)) {
        const QJsonObject command = entry.toObject();
        if (const auto id = snowflakeFromJson(command.value(QLatin1String("id")))) {
            record.commandIds.insert(command.value(QLatin1String("name")).toString(), *id);
        }
    }
    for (auto it = record.commandIds.begin(); it != record.commandIds.end(); ++it) {
        m_ids.insert(it.key(), it.value());
    }
    m_store.save(key, record);
    qCInfo(lcInteractions) << "synced" << body.size() << "commands for" << key;
    co_return SyncOutcome {key, true, std::nullopt};
}

QCoro::Task<bool> CommandSync::remoteMatches(const SyncRecord &record, Snowflake applicationId,
                                             std::optional<Snowflake> guildId, const QString &key)
{
    // Discord may have lost or changed the commands since (another tool, another environment):
    // one GET tells, and costs none of the daily command-create budget.
    const auto remote = co_await m_transport.fetchCommands(applicationId, guildId);
    if (!remote) {
        qCWarning(lcInteractions) << "cannot list the registered commands for" << key
                                  << remote.error().toString() << "- trusting the stored state";
        co_return true;
    }
    QHash<QString, Snowflake> ids;
    for (const QJsonValue &entry : std::as_const(*remote)) {
        const QJsonObject command = entry.toObject();
        if (const auto id = snowflakeFromJson(command.value(QLatin1String("id"))))
            ids.insert(command.value(QLatin1String("name")).toString(), *id);
    }
    if (ids != record.commandIds) {
        qCInfo(lcInteractions) << "registered commands differ from the last sync for" << key;
        co_return false;
    }
    co_return true;
}

QString CommandSync::mention(const QString &commandPath) const
{
    const QString top = commandPath.section(QLatin1Char(' '), 0, 0);
    const auto it = m_ids.constFind(top);
    if (it == m_ids.constEnd()) {
        return QLatin1Char('/') + commandPath;
    }
    return QStringLiteral("</%1:%2>").arg(commandPath).arg(*it);
}

} // namespace ballsdex::interactions

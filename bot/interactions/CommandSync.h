// SPDX-License-Identifier: MIT
#pragma once

#include "CommandTree.h"
#include "InteractionTransport.h"

#include <QHash>

#include <optional>

namespace ballsdex::interactions {

/// What was last pushed to one scope: the tree hash and the ids Discord gave the commands.
struct SyncRecord
{
    QString hash;
    QHash<QString, Snowflake> commandIds; ///< top-level name → id
};

/// Where the last synced state is kept between runs (a file or a table, chosen by bot/app).
class SyncStateStore
{
public:
    virtual ~SyncStateStore() = default;
    /// key: "global:<app>" or "guild:<app>:<guild>"
    [[nodiscard]] virtual std::optional<SyncRecord> load(const QString &key) const = 0;
    virtual void save(const QString &key, const SyncRecord &record) = 0;
};

class InMemorySyncStateStore final : public SyncStateStore
{
public:
    [[nodiscard]] std::optional<SyncRecord> load(const QString &key) const override;
    void save(const QString &key, const SyncRecord &record) override;

private:
    QHash<QString, SyncRecord> m_records;
};

struct SyncOutcome
{
    QString key;
    bool pushed = false; ///< false: unchanged, nothing sent
    std::optional<TransportError> error;
};

/// Pushes the tree at startup, only for scopes whose hash changed since the last success:
/// global commands once, AdminGuilds commands to each admin guild.
class CommandSync final
{
public:
    CommandSync(const CommandTree &tree, InteractionTransport &transport, SyncStateStore &store);

    QCoro::Task<QList<SyncOutcome>> sync(Snowflake applicationId, QList<Snowflake> adminGuildIds);

    /// "</balls list:123>" once the command's id is known, else "/balls list".
    [[nodiscard]] QString mention(const QString &commandPath) const;

private:
    QCoro::Task<SyncOutcome> syncScope(QString key, Snowflake applicationId,
                                       std::optional<Snowflake> guildId, CommandScope scope);

    QCoro::Task<bool> remoteMatches(const SyncRecord &record, Snowflake applicationId,
                                    std::optional<Snowflake> guildId, const QString &key);

    const CommandTree &m_tree;
    InteractionTransport &m_transport;
    SyncStateStore &m_store;
    QHash<QString, Snowflake> m_ids;
};

} // namespace ballsdex::interactions

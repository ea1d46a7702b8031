// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "domain/Policies.h"
#include "storage/NotificationListener.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {

/// Blacklisted user and guild ids in memory, kept current by the database's "ballsdex_blacklist"
/// notifications (changes made by Studio or another bot process show up without a restart).
/// Lives on the event-loop thread; lookups are O(1) and never touch the database.
class BlacklistCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Channel = "ballsdex_blacklist";

    explicit BlacklistCache(storage::Database &database, QObject *parent = nullptr);
    ~BlacklistCache() override;

    /// Reads both id sets. Notifications that arrive while it runs are replayed on top.
    QCoro::Task<Result<void, storage::StorageError>> reload();
    /// Starts the LISTEN thread (options.channel defaults to Channel). After a reconnect, or on
    /// the first LISTEN while the last reload failed, the cache reloads everything by itself.
    void startListening(storage::NotificationListener::Options options);
    void stopListening();
    /// The running listener (null before startListening()), e.g. to wait for listening().
    [[nodiscard]] storage::NotificationListener *listener() const { return m_listener.get(); }

    [[nodiscard]] bool isUserBlacklisted(domain::Snowflake id) const
    {
        return m_users.contains(id);
    }
    [[nodiscard]] bool isGuildBlacklisted(domain::Snowflake id) const
    {
        return m_guilds.contains(id);
    }
    [[nodiscard]] qsizetype userCount() const { return m_users.size(); }
    [[nodiscard]] qsizetype guildCount() const { return m_guilds.size(); }

    /// For the bot's own /admin blacklist commands: effective at once, before the notification.
    void setUser(domain::Snowflake id, bool blacklisted);
    void setGuild(domain::Snowflake id, bool blacklisted);

Q_SIGNALS:
    /// Any change of either set (a notification applied or a reload finished).
    void changed();
    void reloaded();
    /// One id added to (blacklisted = true) or removed from a list by a notification, whoever
    /// made the change (Studio, another bot process, this one).
    void entryChanged(domain::BlacklistTarget target, qint64 discordId, bool blacklisted);

private:
    void applyPayload(const QString &payload);
    void startBackgroundReload();
    QCoro::Task<void> backgroundReload();

    storage::Database &m_database;
    QSet<domain::Snowflake> m_users;
    QSet<domain::Snowflake> m_guilds;
    std::unique_ptr<storage::NotificationListener> m_listener;
    QList<QString> m_pendingDuringReload;
    int m_reloadsInFlight = 0;
    bool m_lastReloadFailed = true;
    bool m_retryScheduled = false;
    static constexpr std::chrono::milliseconds RetryDelay {1000};
};

} // namespace ballsdex::bot::services

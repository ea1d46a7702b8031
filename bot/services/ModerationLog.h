// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "domain/Policies.h"

#include <QCoroTask>
#include <QObject>
#include <QQueue>

#include <functional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {

/// Posts moderation actions (blacklist changes, with moderator and reason from the blacklist
/// history) to the configured log channel, one line per action, in order. Delivery never holds
/// up the caller; a failed post is logged and dropped; a backlog beyond `maxQueued` drops the
/// oldest line.
class ModerationLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationLog)

public:
    /// Sends one line; true when Discord accepted it.
    using Poster = std::function<QCoro::Task<bool>(QString line)>;

    ModerationLog(storage::Database &database, Poster poster, int maxQueued = 100,
                  QObject *parent = nullptr);

    /// A blacklist entry appeared or disappeared: looks up who did it and why, then posts.
    QCoro::Task<void> blacklistChanged(domain::BlacklistTarget target, domain::Snowflake discordId,
                                       bool blacklisted);
    /// Queues a line for the log channel.
    void post(const QString &line);
    [[nodiscard]] int pending() const { return int(m_queue.size()); }

Q_SIGNALS:
    void posted(const QString &line);

private:
    QCoro::Task<void> drain();

    storage::Database &m_database;
    Poster m_poster;
    int m_maxQueued;
    QQueue<QString> m_queue;
    bool m_draining = false;
};

} // namespace ballsdex::bot::services

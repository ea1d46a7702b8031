// SPDX-License-Identifier: MIT
#include "ModerationLog.h"

#include "storage/BlacklistRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QPointer>

namespace ballsdex::bot::services {
namespace {

QString subject(domain::BlacklistTarget target, domain::Snowflake id)
{
    return target == domain::BlacklistTarget::Guild ? QStringLiteral("Guild `%1`").arg(id)
                                                    : QStringLiteral("User <@%1> (`%1`)").arg(id);
}

} // namespace

ModerationLog::ModerationLog(storage::Database &database, Poster poster, int maxQueued,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_poster(std::move(poster))
    , m_maxQueued(std::max(1, maxQueued))
{
}

QCoro::Task<void> ModerationLog::blacklistChanged(domain::BlacklistTarget target,
                                                  domain::Snowflake discordId, bool blacklisted)
{
    QPointer<ModerationLog> self(this);
    storage::BlacklistRepository repository(m_database);
    auto future = repository.history(discordId);
    const auto history = co_await future;
    if (!self)
        co_return;
    const domain::BlacklistAction action
        = blacklisted ? domain::BlacklistAction::Blacklist : domain::BlacklistAction::Unblacklist;
    QString line = subject(target, discordId)
        + (blacklisted ? QStringLiteral(" was blacklisted") : QStringLiteral(" was unblacklisted"));
    if (history) {
        for (auto entry = history->crbegin(); entry != history->crend(); ++entry) {
            if (entry->target != target || entry->action != action)
                continue;
            line += entry->moderatorId > 0 ? QStringLiteral(" by <@%1>").arg(entry->moderatorId)
                                           : QStringLiteral(" from BallsDex Studio");
            if (entry->reason && !entry->reason->isEmpty())
                line += QStringLiteral(". Reason: ") + *entry->reason;
            break;
        }
    } else {
        qCWarning(lcBot).noquote()
            << "Moderation log: no details for" << discordId << "-" << history.error().toString();
    }
    post(line + QLatin1Char('.'));
}

void ModerationLog::post(const QString &line)
{
    if (m_queue.size() >= m_maxQueued) {
        m_queue.dequeue();
        qCWarning(lcBot) << "Moderation log is falling behind; dropped the oldest line";
    }
    m_queue.enqueue(line);
    if (!m_draining)
        drain();
}

QCoro::Task<void> ModerationLog::drain()
{
    QPointer<ModerationLog> self(this);
    m_draining = true;
    while (self && !m_queue.isEmpty()) {
        const QString line = m_queue.dequeue();
        auto sending = m_poster(line);
        const bool sent = co_await std::move(sending);
        if (!self)
            co_return;
        if (sent)
            Q_EMIT posted(line);
        else
            qCWarning(lcBot).noquote() << "Moderation log: the log channel refused a line";
    }
    if (self)
        m_draining = false;
}

} // namespace ballsdex::bot::services

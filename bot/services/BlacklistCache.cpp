// SPDX-License-Identifier: MIT
#include "services/BlacklistCache.h"

#include "storage/BlacklistRepository.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace ballsdex::bot::services {
namespace {

enum class Applied { Changed, NeedsReload, Ignored };

std::optional<domain::Snowflake> idField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

QJsonObject parsePayload(const QString &payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

Applied applyTo(QSet<domain::Snowflake> &users, QSet<domain::Snowflake> &guilds,
                const QJsonObject &object)
{
    const QString table = object.value(QStringLiteral("table")).toString();
    QSet<domain::Snowflake> *set = nullptr;
    if (table == QLatin1String("blacklistedid"))
        set = &users;
    else if (table == QLatin1String("blacklistedguild"))
        set = &guilds;
    else
        return Applied::Ignored;

    const QString op = object.value(QStringLiteral("op")).toString();
    const std::optional<domain::Snowflake> id = idField(object, QStringLiteral("discord_id"));
    if (op == QLatin1String("TRUNCATE") || !id)
        return Applied::NeedsReload;
    if (op == QLatin1String("INSERT")) {
        set->insert(*id);
    } else if (op == QLatin1String("DELETE")) {
        set->remove(*id);
    } else if (op == QLatin1String("UPDATE")) {
        if (const auto old = idField(object, QStringLiteral("old_discord_id")))
            set->remove(*old);
        set->insert(*id);
    } else {
        return Applied::NeedsReload;
    }
    return Applied::Changed;
}

QSet<domain::Snowflake> toSet(const QList<domain::Snowflake> &ids)
{
    return QSet<domain::Snowflake>(ids.cbegin(), ids.cend());
}

} // namespace

BlacklistCache::BlacklistCache(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

BlacklistCache::~BlacklistCache() = default;

QCoro::Task<Result<void, storage::StorageError>> BlacklistCache::reload()
{
    QPointer<BlacklistCache> self(this);
    ++m_reloadsInFlight;
    storage::BlacklistRepository repository(m_database);
    auto usersFuture = repository.listIds(domain::BlacklistTarget::User);
    auto guildsFuture = repository.listIds(domain::BlacklistTarget::Guild);
    const Result<QList<domain::Snowflake>, storage::StorageError> users = co_await usersFuture;
    const Result<QList<domain::Snowflake>, storage::StorageError> guilds = co_await guildsFuture;
    if (!self)
        co_return Result<void, storage::StorageError> {};
    --m_reloadsInFlight;
    if (!users || !guilds) {
        m_lastReloadFailed = true;
        storage::StorageError error = users ? guilds.error() : users.error();
        qCWarning(lcBot) << "Could not reload the blacklists:" << error;
        co_return fail(std::move(error));
    }
    m_users = toSet(*users);
    m_guilds = toSet(*guilds);
    m_lastReloadFailed = false;
    // Changes announced while the lists were read may or may not be in them: replay in order.
    for (const QString &payload : std::as_const(m_pendingDuringReload))
        applyTo(m_users, m_guilds, parsePayload(payload));
    if (m_reloadsInFlight == 0)
        m_pendingDuringReload.clear();
    qCInfo(lcBot) << "Blacklists loaded:" << m_users.size() << "user(s)," << m_guilds.size()
                  << "guild(s)";
    Q_EMIT reloaded();
    Q_EMIT changed();
    co_return Result<void, storage::StorageError> {};
}

void BlacklistCache::startListening(storage::NotificationListener::Options options)
{
    if (m_listener)
        return;
    if (options.channel.isEmpty())
        options.channel = QLatin1String(Channel);
    m_listener = std::make_unique<storage::NotificationListener>(std::move(options));
    connect(m_listener.get(), &storage::NotificationListener::notified, this,
            &BlacklistCache::applyPayload);
    connect(m_listener.get(), &storage::NotificationListener::resynchronise, this,
            &BlacklistCache::startBackgroundReload);
    connect(m_listener.get(), &storage::NotificationListener::listening, this, [this] {
        if (m_lastReloadFailed && m_reloadsInFlight == 0)
            startBackgroundReload();
    });
    m_listener->start();
}

void BlacklistCache::stopListening()
{
    m_listener.reset();
}

void BlacklistCache::setUser(domain::Snowflake id, bool blacklisted)
{
    if (blacklisted)
        m_users.insert(id);
    else
        m_users.remove(id);
    Q_EMIT changed();
}

void BlacklistCache::setGuild(domain::Snowflake id, bool blacklisted)
{
    if (blacklisted)
        m_guilds.insert(id);
    else
        m_guilds.remove(id);
    Q_EMIT changed();
}

void BlacklistCache::applyPayload(const QString &payload)
{
    if (m_reloadsInFlight > 0)
        m_pendingDuringReload.append(payload);
    const QJsonObject object = parsePayload(payload);
    switch (applyTo(m_users, m_guilds, object)) {
    case Applied::Changed: {
        Q_EMIT changed();
        const QString op = object.value(QStringLiteral("op")).toString();
        const std::optional<domain::Snowflake> id = idField(object, QStringLiteral("discord_id"));
        const domain::BlacklistTarget target
            = object.value(QStringLiteral("table")).toString() == QLatin1String("blacklistedguild")
            ? domain::BlacklistTarget::Guild
            : domain::BlacklistTarget::User;
        if (id && (op == QLatin1String("INSERT") || op == QLatin1String("DELETE")))
            Q_EMIT entryChanged(target, *id, op == QLatin1String("INSERT"));
        break;
    }
    case Applied::NeedsReload:
        startBackgroundReload();
        break;
    case Applied::Ignored:
        qCWarning(lcBot).noquote() << "Ignoring an unexpected blacklist notification:" << payload;
        break;
    }
}

void BlacklistCache::startBackgroundReload()
{
    backgroundReload();
}

QCoro::Task<void> BlacklistCache::backgroundReload()
{
    QPointer<BlacklistCache> self(this);
    const Result<void, storage::StorageError> done = co_await reload();
    // Right after a reconnect the pool may still hand out a dead connection: try again while
    // the listener runs (it would not announce the next reconnect otherwise).
    if (self && !done && m_listener && !m_retryScheduled) {
        m_retryScheduled = true;
        QTimer::singleShot(RetryDelay, this, [this] {
            m_retryScheduled = false;
            if (m_lastReloadFailed && m_reloadsInFlight == 0)
                startBackgroundReload();
        });
    }
}

} // namespace ballsdex::bot::services

// SPDX-License-Identifier: MIT
#include "ConnectionPool.h"

#include "util/Logging.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <libpq-fe.h>

namespace ballsdex::storage {
namespace {

struct ParsedTarget
{
    QString description;
    QString password;
};

ParsedTarget parseTarget(const std::string &conninfo)
{
    ParsedTarget parsed;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (options == nullptr) {
        PQfreemem(error);
        parsed.description
            = QStringLiteral("the configured database (unparsable connection string)");
        return parsed;
    }
    QString host, port, dbname, user;
    for (PQconninfoOption *option = options; option->keyword != nullptr; ++option) {
        if (option->val == nullptr)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == QLatin1String("host") || (key == QLatin1String("hostaddr") && host.isEmpty()))
            host = value;
        else if (key == QLatin1String("port"))
            port = value;
        else if (key == QLatin1String("dbname"))
            dbname = value;
        else if (key == QLatin1String("user"))
            user = value;
        else if (key == QLatin1String("password"))
            parsed.password = value;
    }
    PQconninfoFree(options);
    auto orDefault = [](const QString &value, const char *environment, const char *fallback) {
        if (!value.isEmpty())
            return value;
        const QString fromEnvironment = qEnvironmentVariable(environment);
        return fromEnvironment.isEmpty() ? QString::fromLatin1(fallback) : fromEnvironment;
    };
    parsed.description
        = QStringLiteral("database \"%1\" on host %2 port %3 as user %4")
              .arg(orDefault(dbname, "PGDATABASE", "(default)"),
                   orDefault(host, "PGHOST", "(default socket)"), orDefault(port, "PGPORT", "5432"),
                   orDefault(user, "PGUSER", "(default)"));
    return parsed;
}

} // namespace

ConnectionPool::Lease::Lease(ConnectionPool *pool, std::unique_ptr<pqxx::connection> connection,
                             bool fresh)
    : m_pool(pool)
    , m_connection(std::move(connection))
    , m_fresh(fresh)
{
}

ConnectionPool::Lease::Lease(Lease &&other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr))
    , m_connection(std::move(other.m_connection))
    , m_fresh(other.m_fresh)
{
}

ConnectionPool::Lease::~Lease()
{
    if (m_pool != nullptr)
        m_pool->giveBack(std::move(m_connection));
}

void ConnectionPool::Lease::discard()
{
    if (m_pool == nullptr)
        return;
    m_connection.reset();
    std::exchange(m_pool, nullptr)->forget();
}

ConnectionPool::ConnectionPool(DatabaseOptions options)
    : m_options(std::move(options))
    , m_conninfo(m_options.conninfo.toStdString())
{
    m_options.poolSize = std::max(1, m_options.poolSize);
    m_options.connectAttempts = std::max(1, m_options.connectAttempts);
    const ParsedTarget target = parseTarget(m_conninfo);
    m_target = target.description;
    m_password = target.password;
}

ConnectionPool::~ConnectionPool() = default;

Result<ConnectionPool::Lease, StorageError> ConnectionPool::checkout()
{
    {
        QMutexLocker locker(&m_mutex);
        QDeadlineTimer deadline(m_options.checkoutTimeout);
        while (m_idle.empty() && m_open >= m_options.poolSize) {
            if (!m_available.wait(&m_mutex, deadline)) {
                return fail(StorageError::make(
                    StorageError::Kind::Timeout,
                    QStringLiteral("No free database connection within %1 ms (pool of %2)")
                        .arg(m_options.checkoutTimeout.count())
                        .arg(m_options.poolSize)));
            }
        }
        if (!m_idle.empty()) {
            std::unique_ptr<pqxx::connection> connection = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(connection), false);
        }
        ++m_open; // reserve the slot while connecting without the lock
    }
    auto opened = openWithRetries();
    if (!opened) {
        forget();
        return fail(opened.error());
    }
    return Lease(this, std::move(*opened), true);
}

Result<std::unique_ptr<pqxx::connection>, StorageError> ConnectionPool::openWithRetries()
{
    const int attempts = m_options.connectAttempts;
    std::chrono::milliseconds delay = m_options.connectBaseDelay;
    QString lastError;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        try {
            auto connection = std::make_unique<pqxx::connection>(m_conninfo);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            // The pool, not libpqxx, reconnects: a silent reconnect would lose the session
            // settings.
            connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
            pqxx::nontransaction session(*connection);
            session.exec0("SET TIME ZONE 'UTC'");
            session.exec0("SET DateStyle = 'ISO, YMD'");
            session.commit();
            {
                QMutexLocker locker(&m_mutex);
                ++m_opened;
            }
            return connection;
        } catch (const std::exception &error) {
            lastError = scrub(QString::fromUtf8(error.what()).simplified());
        }
        if (attempt < attempts) {
            qCWarning(lcStorage).noquote()
                << QStringLiteral("Cannot connect to %1 (attempt %2 of %3): %4; retrying in %5 ms")
                       .arg(m_target)
                       .arg(attempt)
                       .arg(attempts)
                       .arg(lastError)
                       .arg(delay.count());
            pause(delay);
            delay = std::min(delay * 2, m_options.connectMaxDelay);
        } else {
            qCWarning(lcStorage).noquote()
                << QStringLiteral("Cannot connect to %1 (attempt %2 of %3): %4; giving up")
                       .arg(m_target)
                       .arg(attempt)
                       .arg(attempts)
                       .arg(lastError);
        }
    }
    return fail(StorageError::make(
        StorageError::Kind::Unavailable,
        QStringLiteral(
            "Cannot connect to %1 after %2 attempts: %3. Check that PostgreSQL is running "
            "and reachable and that the database URL in the configuration is correct.")
            .arg(m_target)
            .arg(attempts)
            .arg(lastError)));
}

void ConnectionPool::pause(std::chrono::milliseconds delay) const
{
    if (m_options.sleep)
        m_options.sleep(delay);
    else
        QThread::msleep(static_cast<unsigned long>(delay.count()));
}

void ConnectionPool::giveBack(std::unique_ptr<pqxx::connection> connection)
{
    if (!connection || !connection->is_open()) {
        forget();
        return;
    }
    QMutexLocker locker(&m_mutex);
    m_idle.push_back(std::move(connection));
    m_available.wakeOne();
}

void ConnectionPool::forget()
{
    QMutexLocker locker(&m_mutex);
    --m_open;
    m_available.wakeOne();
}

void ConnectionPool::discardIdle()
{
    std::vector<std::unique_ptr<pqxx::connection>> dropped;
    {
        QMutexLocker locker(&m_mutex);
        dropped.swap(m_idle);
        m_open -= static_cast<int>(dropped.size());
        m_available.wakeAll();
    }
    // Closed outside the lock: closing a socket can take a moment.
}

int ConnectionPool::openCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_open;
}

int ConnectionPool::idleCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_idle.size());
}

int ConnectionPool::connectionsOpened() const
{
    QMutexLocker locker(&m_mutex);
    return m_opened;
}

QString ConnectionPool::scrub(QString text) const
{
    if (!m_password.isEmpty())
        text.replace(m_password, QStringLiteral("***"));
    return text;
}

} // namespace ballsdex::storage

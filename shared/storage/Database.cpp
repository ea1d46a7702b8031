// SPDX-License-Identifier: MIT
#include "Database.h"

#include "storage/ConnectionPool.h"
#include "storage/ErrorMapping.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QRandomGenerator>
#include <QThread>

namespace ballsdex::storage {
namespace {

using Kind = StorageError::Kind;

template<pqxx::isolation_level Level, pqxx::readwrite_policy Access>
void runIn(pqxx::connection &connection, bool &begun,
           const std::function<void(Transaction &)> &body)
{
    // libpqxx sends BEGIN with the isolation level and access mode in one round trip.
    pqxx::transaction<Level, Access> work(connection);
    begun = true;
    Transaction transaction(work);
    body(transaction);
    work.commit();
}

template<pqxx::readwrite_policy Access>
void runWithIsolation(pqxx::connection &connection, Isolation isolation, bool &begun,
                      const std::function<void(Transaction &)> &body)
{
    switch (isolation) {
    case Isolation::ReadCommitted:
        return runIn<pqxx::read_committed, Access>(connection, begun, body);
    case Isolation::RepeatableRead:
        return runIn<pqxx::repeatable_read, Access>(connection, begun, body);
    case Isolation::Serializable:
        return runIn<pqxx::serializable, Access>(connection, begun, body);
    }
}

} // namespace

Database::Database(DatabaseOptions options)
    : m_pool(std::make_unique<ConnectionPool>(std::move(options)))
{
    m_workers.setMaxThreadCount(m_pool->capacity());
    m_workers.setObjectName(QStringLiteral("ballsdex-storage"));
}

Database::~Database()
{
    m_workers.waitForDone();
}

const DatabaseOptions &Database::options() const
{
    return m_pool->options();
}

QFuture<Result<void, StorageError>> Database::ping()
{
    return transact([](Transaction &tx) { tx.exec("SELECT 1"); }, TxOptions {.readOnly = true});
}

Result<void, StorageError> Database::runAttempts(const std::function<void(Transaction &)> &body,
                                                 const TxOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    Result<void, StorageError> result = runAttemptLoop(body, options);
    if (m_observer) {
        TransactionReport report;
        report.duration = std::chrono::steady_clock::now() - started;
        if (!result)
            report.failure = result.error().kind;
        m_observer(report);
    }
    return result;
}

Result<void, StorageError> Database::runAttemptLoop(const std::function<void(Transaction &)> &body,
                                                    const TxOptions &options)
{
    const int maxAttempts = std::max(1, options.maxAttempts);
    int attempt = 1;
    int staleConnections = 0;
    while (true) {
        auto lease = m_pool->checkout();
        if (!lease)
            return fail(lease.error());

        bool begun = false;
        StorageError error;
        try {
            if (options.readOnly)
                runWithIsolation<pqxx::read_only>(lease->connection(), options.isolation, begun,
                                                  body);
            else
                runWithIsolation<pqxx::read_write>(lease->connection(), options.isolation, begun,
                                                   body);
            return {};
        } catch (...) {
            error = storageErrorFrom(std::current_exception());
        }
        error.message = m_pool->scrub(error.message);

        if (error.kind == Kind::ConnectionLost || !lease->connection().is_open()) {
            // A dead connection usually means the server restarted: the idle ones are dead too.
            lease->discard();
            m_pool->discardIdle();
            if (!begun && !lease->isFresh() && staleConnections < m_pool->capacity()) {
                ++staleConnections;
                qCInfo(lcStorage).noquote()
                    << QStringLiteral("Dropped a stale connection to %1; reconnecting")
                           .arg(m_pool->targetDescription());
                continue; // nothing ran yet, so trying again is safe
            }
            error.kind = Kind::ConnectionLost;
            qCWarning(lcStorage).noquote() << error.toString();
            return fail(error);
        }
        const bool retryable
            = error.kind == Kind::SerializationFailure || error.kind == Kind::Deadlock;
        if (retryable && attempt < maxAttempts) {
            qCInfo(lcStorage).noquote() << QStringLiteral("%1, retrying the transaction (%2 of %3)")
                                               .arg(kindName(error.kind))
                                               .arg(attempt + 1)
                                               .arg(maxAttempts);
            backOff(attempt);
            ++attempt;
            continue;
        }
        return fail(error);
    }
}

void Database::backOff(int attempt) const
{
    const qint64 base = options().retryBaseDelay.count() << std::min(attempt - 1, 10);
    const qint64 jitter = base > 0 ? QRandomGenerator::global()->bounded(base) : 0;
    const std::chrono::milliseconds delay(base + jitter);
    if (options().sleep)
        options().sleep(delay);
    else
        QThread::msleep(static_cast<unsigned long>(delay.count()));
}

} // namespace ballsdex::storage

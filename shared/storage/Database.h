// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DatabaseOptions.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace ballsdex::storage {

class ConnectionPool;
class Transaction;

/// One finished transact() call (all its attempts), for metrics.
struct TransactionReport
{
    std::chrono::nanoseconds duration {0};
    std::optional<StorageError::Kind> failure; ///< nullopt when it committed
};

/// The asynchronous front of the data layer: runs transaction bodies on its own worker threads
/// (never on the caller's event loop), retries serialization failures and deadlocks, commits,
/// and turns every exception into a StorageError. Await the futures with QCoro (co_await).
class Database final
{
public:
    explicit Database(DatabaseOptions options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Runs work(Transaction&) in a transaction on a worker thread; the body may run more than
    /// once (retries), so it must not have side effects outside the database.
    template<typename F>
    auto transact(F work, TxOptions options = {})
        -> QFuture<Result<std::invoke_result_t<F &, Transaction &>, StorageError>>
    {
        return QtConcurrent::run(&m_workers, [this, work = std::move(work), options]() {
            return transactSync(work, options);
        });
    }

    /// The same on the calling thread (CLI tools, migrations, code already off the event loop).
    template<typename F>
    auto transactSync(const F &work, TxOptions options = {})
        -> Result<std::invoke_result_t<const F &, Transaction &>, StorageError>
    {
        using T = std::invoke_result_t<const F &, Transaction &>;
        if constexpr (std::is_void_v<T>) {
            return runAttempts([&work](Transaction &tx) { work(tx); }, options);
        } else {
            std::optional<T> value;
            const Result<void, StorageError> done
                = runAttempts([&](Transaction &tx) { value.emplace(work(tx)); }, options);
            if (!done)
                return fail(done.error());
            return std::move(*value);
        }
    }

    /// A trivial round trip ("SELECT 1"), e.g. for a health check at start-up.
    [[nodiscard]] QFuture<Result<void, StorageError>> ping();

    [[nodiscard]] ConnectionPool &pool() { return *m_pool; }
    /// Called on the worker thread after every transaction; set it before the first one.
    void setObserver(std::function<void(const TransactionReport &)> observer)
    {
        m_observer = std::move(observer);
    }
    [[nodiscard]] const DatabaseOptions &options() const;

private:
    Result<void, StorageError> runAttempts(const std::function<void(Transaction &)> &body,
                                           const TxOptions &options);
    Result<void, StorageError> runAttemptLoop(const std::function<void(Transaction &)> &body,
                                              const TxOptions &options);
    void backOff(int attempt) const;

    std::unique_ptr<ConnectionPool> m_pool;
    QThreadPool m_workers;
    std::function<void(const TransactionReport &)> m_observer;
};

} // namespace ballsdex::storage

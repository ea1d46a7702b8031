// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DatabaseOptions.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <pqxx/pqxx>

#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace ballsdex::storage {

/// A fixed number of libpqxx connections, opened lazily and handed to one thread at a time.
/// A broken connection is dropped; the next checkout opens a new one (with back-off retries).
class ConnectionPool final
{
public:
    /// One checked-out connection; goes back to the pool when destroyed unless discarded.
    class Lease final
    {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        ~Lease();

        [[nodiscard]] pqxx::connection &connection() { return *m_connection; }
        /// Whether the connection was opened for this checkout (rather than reused).
        [[nodiscard]] bool isFresh() const { return m_fresh; }
        /// Drops the connection instead of returning it (it is broken or in an unknown state).
        void discard();

    private:
        friend class ConnectionPool;
        Lease(ConnectionPool *pool, std::unique_ptr<pqxx::connection> connection, bool fresh);

        ConnectionPool *m_pool = nullptr;
        std::unique_ptr<pqxx::connection> m_connection;
        bool m_fresh = false;
    };

    explicit ConnectionPool(DatabaseOptions options);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    /// Blocks until a connection is free (or opened); Timeout / Unavailable otherwise. Thread-safe.
    [[nodiscard]] Result<Lease, StorageError> checkout();
    /// Closes every idle connection (used after a connection turned out broken: the server
    /// restarted).
    void discardIdle();

    [[nodiscard]] int capacity() const { return m_options.poolSize; }
    [[nodiscard]] int openCount() const;
    [[nodiscard]] int idleCount() const;
    /// Connections successfully opened since construction.
    [[nodiscard]] int connectionsOpened() const;
    /// "database "x" on host h port p as user u": for messages; never the password.
    [[nodiscard]] QString targetDescription() const { return m_target; }
    /// The text with the password (if the conninfo has one) masked.
    [[nodiscard]] QString scrub(QString text) const;
    [[nodiscard]] const DatabaseOptions &options() const { return m_options; }

private:
    void giveBack(std::unique_ptr<pqxx::connection> connection);
    void forget();
    [[nodiscard]] Result<std::unique_ptr<pqxx::connection>, StorageError> openWithRetries();
    void pause(std::chrono::milliseconds delay) const;

    DatabaseOptions m_options;
    std::string m_conninfo;
    QString m_target;
    QString m_password;

    mutable QMutex m_mutex;
    QWaitCondition m_available;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    int m_open = 0; ///< idle + checked out + being opened
    int m_opened = 0;
};

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migrator.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QCoroFuture>
#include <QCoroTask>

#include <memory>

namespace ballsdex::testing {

template<typename T> QCoro::Task<T> awaitedFuture(QFuture<T> future)
{
    co_return co_await future;
}

/// Awaits through a coroutine, spinning the event loop meanwhile, as the bot does.
template<typename T> T await(QFuture<T> future)
{
    return QCoro::waitFor(awaitedFuture(std::move(future)));
}

template<typename T> T await(QCoro::Task<T> task)
{
    return QCoro::waitFor(std::move(task));
}

inline storage::DatabaseOptions fastOptions(const QString &conninfo)
{
    storage::DatabaseOptions options;
    options.conninfo = conninfo;
    options.poolSize = 2;
    options.connectAttempts = 2;
    options.connectBaseDelay = std::chrono::milliseconds(1);
    options.retryBaseDelay = std::chrono::milliseconds(1);
    return options;
}

/// Migrates `test` and opens a Database on it; null when migrating failed.
inline std::unique_ptr<storage::Database> migratedDatabase(const TestDatabase &test)
{
    if (!schema::Migrator(test.conninfo()).migrate())
        return nullptr;
    return std::make_unique<storage::Database>(fastOptions(test.url()));
}

} // namespace ballsdex::testing

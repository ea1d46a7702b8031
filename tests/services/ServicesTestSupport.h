// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migrator.h"
#include "storage/Database.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QCoroFuture>
#include <QCoroTask>

#include <memory>

namespace ballsdex::testing {

template<typename T> T await(QCoro::Task<T> task)
{
    return QCoro::waitFor(std::move(task));
}

inline storage::DatabaseOptions fastOptions(const QString &conninfo)
{
    return fastDatabaseOptions(conninfo, 2);
}

/// Migrates `test` and opens a Database on it; null when migrating failed.
inline std::unique_ptr<storage::Database> migratedDatabase(const TestDatabase &test)
{
    if (!schema::Migrator(test.conninfo()).migrate())
        return nullptr;
    return std::make_unique<storage::Database>(fastOptions(test.url()));
}

} // namespace ballsdex::testing

// SPDX-License-Identifier: MIT
#pragma once

#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>

#include <cstdint>

namespace ballsdex::storage {

class Database;

/// Approximate table sizes for /about: the planner's estimate, so big tables are never counted.
struct TableEstimates
{
    std::int64_t players = 0;
    std::int64_t instances = 0;
};

class StatsRepository final
{
public:
    explicit StatsRepository(Database &database)
        : m_database(database)
    {
    }

    /// pg_class.reltuples; a table the planner has never analysed is counted exactly instead.
    [[nodiscard]] QFuture<Result<TableEstimates, StorageError>> estimates();

private:
    Database &m_database;
};

} // namespace ballsdex::storage

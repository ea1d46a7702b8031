// SPDX-License-Identifier: MIT
#include "storage/StatsRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

std::int64_t estimate(Transaction &tx, const char *table)
{
    const pqxx::row row = tx.exec1(
        "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass($1)", std::string(table));
    const std::int64_t planned = row[0].as<std::int64_t>();
    if (planned >= 0)
        return planned;
    // Never analysed (-1 since PostgreSQL 14): small enough to count.
    const std::string count = "SELECT count(*) FROM " + tx.raw().quote_name(table);
    return tx.exec1(count)[0].as<std::int64_t>();
}

} // namespace

QFuture<Result<TableEstimates, StorageError>> StatsRepository::estimates()
{
    return m_database.transact(
        [](Transaction &tx) {
            return TableEstimates {estimate(tx, "player"), estimate(tx, "ballinstance")};
        },
        TxOptions {.readOnly = true});
}

} // namespace ballsdex::storage

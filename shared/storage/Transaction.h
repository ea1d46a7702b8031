// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ErrorMapping.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace ballsdex::storage {

/// The open transaction a Database::transact body receives. Values travel only as parameters
/// ($1, $2, …), never spliced into the SQL text. Throwing (or abort()) rolls everything back.
class Transaction final
{
public:
    explicit Transaction(pqxx::transaction_base &transaction)
        : m_transaction(transaction)
    {
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    template<typename... Args> pqxx::result exec(const std::string &statement, const Args &...args)
    {
        return execParams(statement, {sql::param(args)...});
    }

    /// Exactly one row, else an Internal error (use exec01 when zero rows is a normal outcome).
    template<typename... Args> pqxx::row exec1(const std::string &statement, const Args &...args)
    {
        return expectOne(execParams(statement, {sql::param(args)...}), statement);
    }

    /// Zero or one row.
    template<typename... Args>
    std::optional<pqxx::row> exec01(const std::string &statement, const Args &...args)
    {
        return expectAtMostOne(execParams(statement, {sql::param(args)...}), statement);
    }

    pqxx::result execParams(const std::string &statement, const std::vector<sql::Param> &params);

    /// Rolls back and makes the call return this error (not retried).
    [[noreturn]] void abort(StorageError error);
    [[noreturn]] void abort(StorageError::Kind kind, const QString &message);

    /// The libpqxx transaction, for what the helpers above do not cover.
    [[nodiscard]] pqxx::transaction_base &raw() { return m_transaction; }

private:
    pqxx::row expectOne(const pqxx::result &result, const std::string &statement);
    std::optional<pqxx::row> expectAtMostOne(const pqxx::result &result,
                                             const std::string &statement);

    pqxx::transaction_base &m_transaction;
};

} // namespace ballsdex::storage

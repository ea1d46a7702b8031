// SPDX-License-Identifier: MIT
#include "Transaction.h"

namespace ballsdex::storage {

pqxx::result Transaction::execParams(const std::string &statement,
                                     const std::vector<sql::Param> &params)
{
    // libpqxx 6.4 sends a null const char * as SQL NULL and copies the others.
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const sql::Param &param : params)
        values.push_back(param ? param->c_str() : nullptr);
    return m_transaction.exec_params(statement, pqxx::prepare::make_dynamic_params(values));
}

void Transaction::abort(StorageError error)
{
    throw AbortTransaction(std::move(error));
}

void Transaction::abort(StorageError::Kind kind, const QString &message)
{
    throw AbortTransaction(StorageError::make(kind, message));
}

pqxx::row Transaction::expectOne(const pqxx::result &result, const std::string &statement)
{
    if (result.size() != 1) {
        abort(StorageError::Kind::Internal,
              QStringLiteral("Expected one row, got %1 from: %2")
                  .arg(result.size())
                  .arg(QString::fromStdString(statement).simplified()));
    }
    return result.front();
}

std::optional<pqxx::row> Transaction::expectAtMostOne(const pqxx::result &result,
                                                      const std::string &statement)
{
    if (result.empty())
        return std::nullopt;
    if (result.size() > 1) {
        abort(StorageError::Kind::Internal,
              QStringLiteral("Expected at most one row, got %1 from: %2")
                  .arg(result.size())
                  .arg(QString::fromStdString(statement).simplified()));
    }
    return result.front();
}

} // namespace ballsdex::storage

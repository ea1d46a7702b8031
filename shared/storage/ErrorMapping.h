// SPDX-License-Identifier: MIT
#pragma once

#include "storage/StorageError.h"

#include <exception>

namespace ballsdex::storage {

/// Thrown inside a transaction body to roll back and hand a typed error to the caller.
class AbortTransaction final : public std::exception
{
public:
    explicit AbortTransaction(StorageError error)
        : m_error(std::move(error))
    {
    }
    [[nodiscard]] const StorageError &error() const { return m_error; }
    [[nodiscard]] const char *what() const noexcept override { return "transaction aborted"; }

private:
    StorageError m_error;
};

/// Maps a libpqxx / standard exception (SQLSTATE, exception type) to a StorageError.
[[nodiscard]] StorageError storageErrorFrom(const std::exception_ptr &exception);

/// The SQLSTATE-based part, usable when only the code and the server message are known.
[[nodiscard]] StorageError storageErrorFromSqlState(const QString &sqlState,
                                                    const QString &message);

} // namespace ballsdex::storage

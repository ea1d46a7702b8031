// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionProfile.h"
#include "storage/DatabaseOptions.h"

#include <memory>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::studio {

/// Pool settings for Studio: a small pool (one person), quick failure when the server is gone
/// so the UI can say so instead of waiting for long back-offs.
[[nodiscard]] storage::DatabaseOptions studioDatabaseOptions(const ConnectionProfile &profile,
                                                             const QString &password);

/// The storage::Database the editors use, for a tested profile and its password.
[[nodiscard]] std::unique_ptr<storage::Database> createDatabase(const ConnectionProfile &profile,
                                                                const QString &password);

} // namespace ballsdex::studio

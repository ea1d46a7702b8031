// SPDX-License-Identifier: MIT
#pragma once

#include "storage/StorageError.h"

#include <QString>

namespace ballsdex::studio {

/// A translated sentence for an editor's failed write: what went wrong and what to do. `name` is
/// the name the user typed (for duplicates). Connection problems say the edit is kept.
[[nodiscard]] QString storageMessage(const storage::StorageError &error, const QString &name);

/// Whether the failure is the database being unreachable (the form keeps the edit for a retry).
[[nodiscard]] bool isOutage(const storage::StorageError &error);

} // namespace ballsdex::studio

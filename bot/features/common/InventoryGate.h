// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "interactions/InteractionContext.h"

#include <QCoroTask>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {
class StaffDirectory;
}

namespace ballsdex::bot::features {

/// Whether the invoker counts as staff for privacy and block bypasses.
[[nodiscard]] bool invokerIsStaff(const services::StaffDirectory &staff,
                                  const interactions::InteractionContext &context);

/// The privacy and block check of bot-features.md §4.2 before showing `owner`'s inventory to the
/// invoker (`viewer`). On refusal (or a database failure) it has already answered ephemerally and
/// returns false.
QCoro::Task<bool> mayViewInventory(storage::Database &database,
                                   const services::StaffDirectory &staff,
                                   interactions::InteractionContext &context,
                                   const domain::Player &viewer, const domain::Player &owner,
                                   const QString &ownerName);

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "features/collection/CollectionServices.h"

#include <optional>

namespace ballsdex::bot::features {

/// Whose inventory a command shows, and to whom.
struct InventoryTarget
{
    domain::Player viewer; ///< the invoker
    domain::Player owner;
    interactions::User ownerUser;
    bool self = true;
};

/// The invoker (created on first use) and the user named by `optionName` (the invoker when the
/// option is absent or names them). Another user must have played already and let the invoker
/// see their inventory (privacy and blocks, staff exempt). On failure it has already answered
/// ephemerally and returns nullopt.
QCoro::Task<std::optional<InventoryTarget>>
resolveInventoryTarget(const CollectionServices &services,
                       interactions::InteractionContext &context, QString optionName);

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Player.h"
#include "interactions/InteractionContext.h"
#include "storage/StorageError.h"

#include <QCoroTask>

#include <optional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::features {

/// What a player reads when the database fails (the operator gets the log line).
[[nodiscard]] QString databaseUnavailableMessage();

/// Logs the storage error against the interaction and tells the player briefly (ephemeral).
QCoro::Task<void> apologise(interactions::InteractionContext &context,
                            const storage::StorageError &error);

/// The invoker's player row (created on first use), or nullopt after apologising.
QCoro::Task<std::optional<domain::Player>> invokerPlayer(storage::Database &database,
                                                         interactions::InteractionContext &context);

/// Another user's player row without creating one: nullopt inside the optional when they never
/// played; the outer nullopt after apologising for a database failure.
QCoro::Task<std::optional<std::optional<domain::Player>>>
existingPlayer(storage::Database &database, interactions::InteractionContext &context,
               domain::Snowflake discordId);

} // namespace ballsdex::bot::features

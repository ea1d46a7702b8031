// SPDX-License-Identifier: MIT
#pragma once

#include "features/collection/CollectionCommands.h"
#include "interactions/InteractionContext.h"

#include <QCoroTask>

#include <memory>

namespace ballsdex::bot::features {

/// What every collection handler works with (shared by the command specs' handlers).
struct CollectionServices
{
    CollectionWording wording;
    storage::Database &database;
    const services::CatalogueCache &catalogue;
    const services::StaffDirectory &staff;
    interactions::ViewRegistry &views;
};

using CollectionHandle = std::shared_ptr<const CollectionServices>;

// One handler per subcommand, each in its own file.
QCoro::Task<void> runCompletion(CollectionHandle services,
                                interactions::InteractionContext &context);
QCoro::Task<void> runCompare(CollectionHandle services, interactions::InteractionContext &context);
QCoro::Task<void> runCollection(CollectionHandle services,
                                interactions::InteractionContext &context);
QCoro::Task<void> runDuplicate(CollectionHandle services,
                               interactions::InteractionContext &context);
QCoro::Task<void> runFavorite(CollectionHandle services, interactions::InteractionContext &context);

} // namespace ballsdex::bot::features

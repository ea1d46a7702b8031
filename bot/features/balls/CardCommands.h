// SPDX-License-Identifier: MIT
#pragma once

#include "features/balls/BallsContext.h"
#include "interactions/CommandSpec.h"
#include "interactions/InteractionContext.h"

namespace ballsdex::bot::features {

/// `/balls info countryball [special]`: the card of one of the invoker's instances (public).
[[nodiscard]] interactions::CommandSpec infoSubcommand(BallsContextPtr shared);

/// `/balls last [user]`: the card of the owner's most recently caught instance (public).
[[nodiscard]] interactions::CommandSpec lastSubcommand(BallsContextPtr shared);

/// Posts the card of a live instance that still belongs to ownerId (re-read from the database,
/// so the text is current); "no longer in this collection" otherwise. `prefix` is a line put
/// before the card text.
QCoro::Task<void> postInstanceCard(BallsContextPtr shared,
                                   interactions::InteractionContext &context,
                                   domain::RowId instanceId, domain::RowId ownerId,
                                   interactions::Visibility visibility, QString prefix = {});

} // namespace ballsdex::bot::features

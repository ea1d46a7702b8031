// SPDX-License-Identifier: MIT
#pragma once

#include "features/balls/BallsCommands.h"

#include <memory>

namespace ballsdex::bot::features {

/// What every /balls handler needs; shared by the handlers and the views they open.
struct BallsContext
{
    BallsWording wording;
    storage::Database &database;
    const services::CatalogueCache &catalogue;
    /// Encoded cards, cached: showing the same card twice costs a lookup.
    std::shared_ptr<const render::EncodedCardCache> cards;
    interactions::ViewRegistry &views;
    const services::StaffDirectory &staff;
};

using BallsContextPtr = std::shared_ptr<const BallsContext>;

} // namespace ballsdex::bot::features

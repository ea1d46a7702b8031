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
    std::shared_ptr<const render::CardRenderer> renderer;
    interactions::ViewRegistry &views;
    const services::StaffDirectory &staff;
};

using BallsContextPtr = std::shared_ptr<const BallsContext>;

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "features/balls/BallsContext.h"
#include "interactions/CommandSpec.h"

#include <cstdint>
#include <optional>

namespace ballsdex::bot::features {

/// `/balls count [countryball] [special] [current_server]` (ephemeral).
[[nodiscard]] interactions::CommandSpec countSubcommand(BallsContextPtr shared);

/// "You have 1,234 Shiny France countryballs caught in this server." (bot-features.md §1.3).
[[nodiscard]] QString countText(const BallsWording &wording, std::int64_t total,
                                const std::optional<domain::Ball> &ball,
                                const std::optional<domain::Special> &special, bool currentServer);

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "features/balls/BallsContext.h"
#include "interactions/CommandSpec.h"
#include "storage/InstanceQueries.h"

#include <optional>

namespace ballsdex::bot::features {

/// `/balls list [user] [sort] [reverse] [countryball] [special] [filter]`: a lazily paged
/// instance select paginator (bot-features.md §1.3).
[[nodiscard]] interactions::CommandSpec listSubcommand(BallsContextPtr shared);

/// The sort choice values ("alphabetic", "catch_date", …) and what they mean.
[[nodiscard]] std::optional<storage::InstanceSort> parseListSort(const QString &value);

} // namespace ballsdex::bot::features

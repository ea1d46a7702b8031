// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <memory>

namespace ballsdex::bot::features {

struct PlayerServices;

/// `/player friend add|remove|list` (bot-features §1.4, §4.3).
class FriendCommands final
{
public:
    [[nodiscard]] static interactions::CommandSpec group(std::shared_ptr<PlayerServices> services);
};

} // namespace ballsdex::bot::features

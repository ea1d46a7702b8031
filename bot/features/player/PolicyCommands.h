// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <memory>

namespace ballsdex::bot::features {

struct PlayerServices;

/// `/player policy privacy|donation|mention|friends|trade_cooldown` (bot-features §1.4, §4.1):
/// the invoker's account settings, stored through PlayerRepository.
class PolicyCommands final
{
public:
    [[nodiscard]] static interactions::CommandSpec group(std::shared_ptr<PlayerServices> services);
};

} // namespace ballsdex::bot::features

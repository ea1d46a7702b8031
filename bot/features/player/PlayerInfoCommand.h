// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <memory>

namespace ballsdex::bot::features {

struct PlayerServices;

/// `/player info`: policies and statistics of the invoker (bot-features §1.4).
class PlayerInfoCommand final
{
public:
    [[nodiscard]] static interactions::CommandSpec
    command(std::shared_ptr<PlayerServices> services);
};

} // namespace ballsdex::bot::features

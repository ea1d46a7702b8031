// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <memory>

namespace ballsdex::bot::features {

struct PlayerServices;

/// `/player delete`: after a confirmation that says what goes, deletes the invoker's player row
/// and everything depending on it in one transaction. Refused while one of their instances is
/// locked by a trade or donation.
class PlayerDelete final
{
public:
    static inline const QString DeletedMessage
        = QStringLiteral("Your player data has been deleted.");

    [[nodiscard]] static interactions::CommandSpec
    command(std::shared_ptr<PlayerServices> services);
};

} // namespace ballsdex::bot::features

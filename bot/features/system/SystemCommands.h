// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandTree.h"
#include "util/Result.h"

#include <functional>

namespace ballsdex::bot::features {

/// Bot-level commands that belong to no game feature: `/ping`.
struct SystemCommands
{
    /// The gateway's heartbeat latency in milliseconds (-1 when unknown).
    std::function<qint64()> gatewayLatencyMs;
    QString botName;

    Result<void, interactions::CommandSpecError> registerInto(interactions::CommandTree &tree) const;
};

} // namespace ballsdex::bot::features

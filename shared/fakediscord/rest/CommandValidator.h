// SPDX-License-Identifier: MIT
#pragma once

#include "ErrorTree.h"

#include <QJsonArray>

namespace ballsdex::fakediscord {

/// Validates a bulk-overwrite array of application commands (spec §3.2-3.4): name regex and
/// case, description sizes, ≤25 options/choices, nesting, required-before-optional, unique
/// names, the 8000-character size and the per-type command counts. Paths are "<index>.<field>".
void validateCommands(const QJsonArray &commands, ErrorTree &errors);

} // namespace ballsdex::fakediscord

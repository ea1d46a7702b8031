// SPDX-License-Identifier: MIT
#pragma once

#include "config/Settings.h"

namespace ballsdex::bot {

/// Sets the message format and the minimum level of every logging category.
void applyLogSettings(const config::LoggingSettings &logging);

} // namespace ballsdex::bot

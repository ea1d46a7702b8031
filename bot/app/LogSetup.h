// SPDX-License-Identifier: MIT
#pragma once

#include "config/Settings.h"
#include "logging/LogSink.h"

#include <QTextStream>

#include <memory>

namespace ballsdex::bot {

/// Routes every log line to the console (journald priorities under systemd, JSON lines with
/// logging.json) and the rotating logging.file, masks the configured secrets, and sets each
/// category's minimum level. A file that cannot be written is reported on `err`; logging then
/// stays on the console. The sink is installed until it is destroyed.
/// Sets every category's minimum level.
void applyLogLevel(config::LogLevel level);

std::unique_ptr<logging::LogSink> installLogging(const config::Settings &settings,
                                                 QTextStream &err);

} // namespace ballsdex::bot

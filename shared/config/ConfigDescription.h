// SPDX-License-Identifier: MIT
#pragma once

#include "config/ConfigLoader.h"
#include "config/Settings.h"

#include <QTextStream>

namespace ballsdex::config {

/// Every key with its resolved value, as YAML, secrets masked (token, client secret, database
/// password, webhook token, Sentry key).
QString describe(const Settings &settings);

/// The same, with a comment on each value taken from the environment.
QString describe(const LoadedConfig &loaded);

/// `--check-config`: the resolved configuration to `out` and warnings to `err` (status 0), or
/// every problem to `err` (status kConfigErrorExitCode).
int checkConfig(const LoadOptions &options, QTextStream &out, QTextStream &err);

} // namespace ballsdex::config

// SPDX-License-Identifier: MIT
#pragma once

#include "config/RawValue.h"
#include "util/Result.h"

namespace ballsdex::config {

/// Parses YAML text into RawValues; yaml-cpp stays behind this function.
/// On malformed YAML the error carries the parser's line:column.
Result<RawValue, ConfigDiagnostic> readYaml(const QByteArray &text, const QString &sourceName);

} // namespace ballsdex::config

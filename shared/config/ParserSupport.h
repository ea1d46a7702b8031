// SPDX-License-Identifier: MIT
#pragma once

#include "config/ValueParsers.h"

namespace ballsdex::config {

/// " between 1 and 65535", " of at least 0", ... for messages.
QString bounds(const KeyInfo &key, bool integer);

/// Reports "no value given, expected <expected>" when `value` is null.
bool missing(const RawValue &value, KeyReporter &reporter, const QString &expected);

/// Reports "expected <expected>, got a list" when `value` is not a scalar.
bool notScalar(const RawValue &value, KeyReporter &reporter, const QString &expected);

/// A scalar as a whole number within the key's bounds; `what` names it in messages.
std::optional<qint64> integerOf(const RawValue &value, KeyReporter &reporter, const KeyInfo &key,
                                const QString &what);

} // namespace ballsdex::config

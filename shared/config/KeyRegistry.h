// SPDX-License-Identifier: MIT
#pragma once

#include "config/ConfigKeys.h"
#include "config/Settings.h"
#include "config/ValueParsers.h"

#include <functional>
#include <vector>

namespace ballsdex::config {

/// A key plus how to store a parsed value into Settings and read it back.
struct KeyBinding
{
    KeyInfo info;
    /// Parses `value` and stores it; reports problems, leaves the default in place on error.
    std::function<void(Settings &, const RawValue &, KeyReporter &)> assign;
    std::function<QJsonValue(const Settings &)> read;
};

const std::vector<KeyBinding> &keyBindings();
const KeyBinding *findBinding(const QString &path);

} // namespace ballsdex::config

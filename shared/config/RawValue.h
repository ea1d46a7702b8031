// SPDX-License-Identifier: MIT
#pragma once

#include "config/ConfigDiagnostic.h"

#include <QString>

#include <vector>

namespace ballsdex::config {

struct RawEntry;

/// A configuration value before typing: what the YAML file or an environment variable said.
struct RawValue
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString text;
    /// A quoted YAML scalar is a string even when it reads "true" or "42".
    bool quoted = false;
    SourceLocation location;
    std::vector<RawValue> items;
    std::vector<RawEntry> entries;

    [[nodiscard]] bool isNull() const { return kind == Kind::Null; }
    [[nodiscard]] bool isScalar() const { return kind == Kind::Scalar; }
    /// How the value reads in a message: `text`, "a list", "a mapping", "nothing".
    [[nodiscard]] QString describe() const;
};

struct RawEntry
{
    QString key;
    SourceLocation keyLocation;
    RawValue value;
};

} // namespace ballsdex::config

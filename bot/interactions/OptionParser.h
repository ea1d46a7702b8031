// SPDX-License-Identifier: MIT
#pragma once

#include "Interaction.h"
#include "util/Result.h"

#include <QJsonObject>

namespace ballsdex::interactions {

enum class OptionParseMode {
    Invocation, ///< APPLICATION_COMMAND: every value must have its documented JSON type
    Autocomplete, ///< partial input: values that do not fit their type are kept as raw text
};

/// Walks application-command `data` (name + options tree) into the invoked path and the leaf
/// parameters. Pure and total: any JSON yields a value or an OptionError, never a crash
/// (a fuzzing entry point).
[[nodiscard]] Result<ParsedOptions, OptionError>
parseOptions(const QJsonObject &commandData, OptionParseMode mode = OptionParseMode::Invocation);

/// Reads a Discord id from its JSON string form; nullopt unless a positive 64-bit decimal.
[[nodiscard]] std::optional<Snowflake> snowflakeFromJson(const QJsonValue &value);

} // namespace ballsdex::interactions

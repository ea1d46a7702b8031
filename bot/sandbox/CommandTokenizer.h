// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace ballsdex::sandbox {

/// Splits a terminal line into words like a shell: blanks separate words, "double" and 'single'
/// quotes group (and may sit inside a word: name:"France Ball"), a backslash escapes the next
/// character outside single quotes. An unclosed quote is an error.
[[nodiscard]] Result<QStringList, QString> tokenizeCommandLine(const QString &line);

/// Splits "key:value" or "key=value" at the first separator; key is empty when there is none.
[[nodiscard]] std::pair<QString, QString> splitKeyValue(const QString &word);

} // namespace ballsdex::sandbox

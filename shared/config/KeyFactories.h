// SPDX-License-Identifier: MIT
#pragma once

#include "config/KeyRegistry.h"

namespace ballsdex::config {

/// Builders of KeyBinding for the common value kinds; the key table in KeyRegistry.cpp uses them.
template<typename T> using Field = T &(*)(Settings &);

KeyInfo makeInfo(const char *path, ValueKind kind, const char *description);
QJsonValue jsonList(const QStringList &texts);

KeyBinding booleanKey(const char *path, Field<bool> field, const char *description);
KeyBinding integerKey(const char *path, Field<int> field, qint64 minimum,
                      std::optional<qint64> maximum, const char *description);
KeyBinding integerKey(const char *path, Field<qint64> field, qint64 minimum,
                      std::optional<qint64> maximum, const char *description);
KeyBinding numberKey(const char *path, Field<double> field, double minimum, double maximum,
                     const char *description);
KeyBinding stringKey(const char *path, Field<QString> field, const char *description,
                     ValueKind kind = ValueKind::String, bool nullable = false);
KeyBinding urlKey(const char *path, Field<QString> field, QStringList schemes,
                  const char *description, bool nullable = false, bool secret = false);
KeyBinding qurlKey(const char *path, Field<QUrl> field, QStringList schemes,
                   const char *description);
KeyBinding pathKey(const char *path, Field<QString> field, const char *description,
                   bool nullable = false);
KeyBinding snowflakeKey(const char *path, Field<std::optional<domain::Snowflake>> field,
                        const char *description);
KeyBinding snowflakeListKey(const char *path, Field<QList<domain::Snowflake>> field,
                            const char *description);
/// A list of random messages; an empty list keeps the default, unknown {placeholders} warn.
KeyBinding messagesKey(const char *path, Field<QStringList> field, QStringList placeholders,
                       const char *description);
KeyBinding ignoredKey(const char *path, ValueKind kind, const char *description);
KeyBinding renamedKey(const char *path, const char *target);

} // namespace ballsdex::config

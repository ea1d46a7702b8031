// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ballsdex::util {

/// What logs and error messages print instead of a secret: its length only, never a prefix.
QString maskedSecret(const QString &secret);

/// The URL with its password (if any) replaced by "***", for logs.
QString redactUrlPassword(const QString &url);

} // namespace ballsdex::util

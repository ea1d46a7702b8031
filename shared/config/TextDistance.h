// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ballsdex::config {

/// Edit distance (insert, delete, substitute), case-insensitive; '_' and '-' count as equal.
int editDistance(const QString &a, const QString &b);

/// The candidate closest to `word`, if it is close enough to be a plausible typo.
std::optional<QString> closestMatch(const QString &word, const QStringList &candidates);

} // namespace ballsdex::config

// SPDX-License-Identifier: MIT
#pragma once

#include "moderation/PagedTableModel.h"
#include "storage/ModerationQueries.h"

#include <QStringList>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::studio {

/// The columns and page loaders of the moderation desk's tables: each turns a ModerationQueries
/// page into display rows on the worker thread.
namespace moderationRows {

/// ID (hex), ball, special, ATK/HP bonus, caught, server, time to catch, favorite, state, and
/// for a guild's catches the owner.
[[nodiscard]] QStringList instanceHeaders(storage::InstanceScope::Kind kind);
[[nodiscard]] PageLoader instanceLoader(storage::Database &database, storage::InstanceScope scope);

[[nodiscard]] QStringList tradeHeaders();
[[nodiscard]] PageLoader tradeLoader(storage::Database &database, domain::RowId playerId);

[[nodiscard]] QStringList historyHeaders();
[[nodiscard]] PageLoader historyLoader(storage::Database &database, storage::HistoryFilter filter);

/// "H:MM:SS.mmm", or an empty string without a spawn time.
[[nodiscard]] QString timeToCatch(const domain::BallInstance &instance);

} // namespace moderationRows
} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include "storage/PlayerDataRepository.h"

#include <QStringList>

namespace ballsdex::bot::features {

/// The columns of the `/player export` files (bot-features §1.4). Absent values are empty cells;
/// times are ISO 8601 in UTC.
class PlayerCsv final
{
public:
    [[nodiscard]] static QStringList instanceHeader();
    /// id, hex id, name, catch date, previous owner id, special, attack, attack bonus, hp, hp
    /// bonus (attack and hp with their bonus applied).
    [[nodiscard]] static QStringList instanceRow(const storage::ExportedInstance &instance);
    [[nodiscard]] static QStringList tradeHeader();
    /// id, hex id, date, player 1 id, player 2 id, then what each received as "#HEX Name" joined
    /// by ", ".
    [[nodiscard]] static QStringList tradeRow(const storage::ExportedTrade &trade);
    [[nodiscard]] static QString timestamp(const QDateTime &time);
};

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"
#include "Policies.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace ballsdex::domain {

/// A purchasable pack of cards (data-model §1.8).
struct Pack
{
    RowId id = 0;
    QString name; ///< unique
    QString description;
    std::optional<QString> emoji; ///< Unicode or a custom emoji id
    std::int64_t price = 0; ///< coins, >= 0
    int cardsCount = 1; ///< 1..25
    std::optional<double> minRarity; ///< ball rarity bounds; nullopt = unbounded
    std::optional<double> maxRarity;
    PackSpecialMode specialMode = PackSpecialMode::Natural; ///< Forced needs specialId
    std::optional<RowId> specialId; ///< required when specialMode is Forced
    std::optional<int> dailyLimit; ///< openings per player per UTC day; nullopt = unlimited
    bool enabled = true;
    std::optional<QDateTime> createdAt;

    static constexpr int minCards = 1;
    static constexpr int maxCards = 25;
};

} // namespace ballsdex::domain

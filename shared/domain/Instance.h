// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ballsdex::domain {

struct Ball;
struct Special;

/// One owned copy of a ball.
struct BallInstance
{
    RowId id = 0;
    RowId ballId = 0;
    RowId playerId = 0;
    std::optional<RowId> tradePlayerId;
    std::optional<RowId> specialId;
    std::optional<Snowflake> serverId;
    QDateTime catchDate;
    std::optional<QDateTime> spawnedTime;
    int healthBonus = 0; ///< percent
    int attackBonus = 0; ///< percent
    bool favorite = false;
    bool tradeable = true;
    std::optional<QDateTime> locked;
    bool deleted = false;
    QJsonObject extraData;

    /// A lock older than 30 minutes has expired (self-heals after crashes).
    [[nodiscard]] bool isLockedAt(const QDateTime &now) const;
};

/// base + trunc(base * bonus * 0.01), computed exactly as the original does.
int effectiveStat(int base, int bonusPercent);

/// instance, ball and (if any) special must all be tradeable.
bool isTradeable(const BallInstance &instance, const Ball &ball, const Special *special);

} // namespace ballsdex::domain

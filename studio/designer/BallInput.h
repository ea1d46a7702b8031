// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"

#include <QString>

#include <optional>

namespace ballsdex::studio {

/// The ball form as the user typed it: numbers stay text until checked, so an invalid value can
/// be shown, undone and fixed. Compared as a whole for undo steps and unsaved-change tracking.
struct BallInput
{
    domain::RowId id = 0; ///< 0 for a ball not saved yet
    QString country;
    QString shortName;
    QString catchNames;
    QString translations;
    QString rarity;
    QString health;
    QString attack;
    bool enabled = true;
    bool tradeable = true;
    QString capacityName;
    QString capacityDescription;
    QString credits;
    QString emojiId;
    domain::RowId regimeId = 0;
    std::optional<domain::RowId> economyId;
    QString quicksellValue;
    QString wildCard;
    QString collectionCard;

    bool operator==(const BallInput &) const = default;

    /// The form filled from a stored ball.
    [[nodiscard]] static BallInput fromBall(const domain::Ball &ball);
};

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
// The /balls list orderings computed in memory, as the tests' independent oracle.
#pragma once

#include "domain/Catalogue.h"
#include "domain/Instance.h"
#include "storage/InstanceQueries.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <limits>
#include <optional>

namespace ballsdex::testing {

/// The order /balls list must show `rows` in, computed without the database.
inline QList<domain::RowId> expectedOrder(QList<domain::BallInstance> rows,
                                          const QList<domain::Ball> &balls,
                                          storage::InstanceSort sort, bool reverse)
{
    using storage::InstanceSort;
    const auto ballOf = [&balls](const domain::BallInstance &instance) {
        for (const domain::Ball &ball : balls) {
            if (ball.id == instance.ballId)
                return ball;
        }
        qFatal("unknown ball");
    };
    QHash<domain::RowId, int> perBall;
    for (const domain::BallInstance &row : rows)
        ++perBall[row.ballId];
    const auto desc = [](auto l, auto r) {
        return l != r ? std::optional(l > r) : std::nullopt;
    };
    const auto asc = [](auto l, auto r) {
        return l != r ? std::optional(l < r) : std::nullopt;
    };
    const auto before = [&](const domain::BallInstance &a, const domain::BallInstance &b) {
        const domain::Ball x = ballOf(a);
        const domain::Ball y = ballOf(b);
        std::optional<bool> decided;
        switch (sort) {
        case InstanceSort::Default:
            decided = desc(a.favorite, b.favorite);
            if (!decided)
                decided = desc(a.catchDate, b.catchDate);
            break;
        case InstanceSort::CatchDate:
            decided = desc(a.catchDate, b.catchDate);
            break;
        case InstanceSort::Alphabetic:
            decided = asc(x.country, y.country);
            break;
        case InstanceSort::Rarity:
            decided = asc(x.rarity, y.rarity);
            if (!decided)
                decided = asc(x.country, y.country);
            break;
        case InstanceSort::Special:
            decided = asc(a.specialId.value_or(std::numeric_limits<qint64>::max()),
                          b.specialId.value_or(std::numeric_limits<qint64>::max()));
            break;
        case InstanceSort::Health:
            decided = desc(x.health + a.healthBonus, y.health + b.healthBonus);
            break;
        case InstanceSort::Attack:
            decided = desc(x.attack + a.attackBonus, y.attack + b.attackBonus);
            break;
        case InstanceSort::HealthBonus:
            decided = desc(a.healthBonus, b.healthBonus);
            break;
        case InstanceSort::AttackBonus:
            decided = desc(a.attackBonus, b.attackBonus);
            break;
        case InstanceSort::StatsBonus:
            decided = desc(a.attackBonus + a.healthBonus, b.attackBonus + b.healthBonus);
            break;
        case InstanceSort::Duplicates:
            decided = desc(perBall.value(a.ballId), perBall.value(b.ballId));
            if (!decided)
                decided = desc(a.ballId, b.ballId);
            break;
        }
        return decided ? *decided : a.id > b.id; // newest first on ties
    };
    std::sort(rows.begin(), rows.end(), before);
    QList<domain::RowId> ids;
    for (const domain::BallInstance &row : rows)
        ids.append(row.id);
    if (reverse)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace ballsdex::testing

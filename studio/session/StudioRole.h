// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QString>

namespace ballsdex::studio {

/// What a Studio user may do, from their Discord standing (data-model.md §3.6-3.8). Ordered:
/// each role below Owner covers one duty; Admin covers both and Owner everything.
enum class StudioRole {
    None, ///< logged in but no standing: sees nothing
    Artist, ///< edits the catalogue (balls, specials, regimes, economies, packs)
    Staff, ///< moderates (players, instances, trades, blacklists)
    Admin, ///< catalogue and moderation
    Owner, ///< everything (application owner, team owner or member, co-owner)
};

[[nodiscard]] bool mayEditCatalogue(StudioRole role);
[[nodiscard]] bool mayModerate(StudioRole role);
/// What a person may do when Discord grants `discord` and their database login grants
/// `database`: the duties both allow (Owner only when the database login is Admin-level too).
[[nodiscard]] StudioRole effectiveRole(StudioRole discord, StudioRole database);
/// Translated name for the UI ("Artist", "Staff"…).
[[nodiscard]] QString roleDisplayName(StudioRole role);
/// Stable identifier for settings and logs ("artist", "staff"…).
[[nodiscard]] QString roleKey(StudioRole role);

/// The person using Studio, as Discord and the role mapping know them.
struct StudioIdentity
{
    domain::Snowflake discordId = 0;
    QString username;
    QString globalName;
    StudioRole role = StudioRole::None;

    /// The global name when set, else the username.
    [[nodiscard]] QString displayName() const
    {
        return globalName.isEmpty() ? username : globalName;
    }
};

} // namespace ballsdex::studio

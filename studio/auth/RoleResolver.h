// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/DiscordAccount.h"
#include "domain/StudioLoginSettings.h"
#include "session/StudioRole.h"
#include "util/Result.h"

#include <QList>

namespace ballsdex::studio {

/// Maps a Discord account and its admin-guild standings to a Studio role (studio-context.md,
/// "Roles"): two-factor required; owners first; then, over all admin guilds, a root role gives
/// Admin, an admin role Staff, an artist role Artist, Staff and Artist together Admin.
class RoleResolver final
{
public:
    /// NoTwoFactor, NotInAdminGuild (member of none) or NoRole when there is no role.
    [[nodiscard]] static Result<StudioRole, AuthError>
    resolve(const domain::StudioLoginSettings &settings, const DiscordAccount &account,
            const QList<GuildStanding> &standings);

    /// False when the account alone decides (no two-factor, or an owner): the guild calls can
    /// be skipped.
    [[nodiscard]] static bool needsStandings(const domain::StudioLoginSettings &settings,
                                             const DiscordAccount &account);
};

} // namespace ballsdex::studio

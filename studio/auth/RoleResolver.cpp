// SPDX-License-Identifier: MIT
#include "auth/RoleResolver.h"

namespace ballsdex::studio {

namespace {

bool hasAny(const QList<domain::Snowflake> &roles, const QList<domain::Snowflake> &wanted)
{
    return std::any_of(roles.begin(), roles.end(),
                       [&wanted](domain::Snowflake role) { return wanted.contains(role); });
}

} // namespace

Result<StudioRole, AuthError> RoleResolver::resolve(const domain::StudioLoginSettings &settings,
                                                    const DiscordAccount &account,
                                                    const QList<GuildStanding> &standings)
{
    if (!account.mfaEnabled)
        return fail(AuthError {AuthError::Kind::NoTwoFactor, {}});
    if (settings.ownerIds.contains(account.id))
        return StudioRole::Owner;

    bool member = false;
    bool root = false;
    bool staff = false;
    bool artist = false;
    for (const GuildStanding &standing : standings) {
        if (!standing.member || !settings.adminGuildIds.contains(standing.guildId))
            continue;
        member = true;
        root = root || hasAny(standing.roleIds, settings.rootRoleIds);
        staff = staff || hasAny(standing.roleIds, settings.adminRoleIds);
        artist = artist || hasAny(standing.roleIds, settings.artistRoleIds);
    }
    if (root || (staff && artist))
        return StudioRole::Admin;
    if (staff)
        return StudioRole::Staff;
    if (artist)
        return StudioRole::Artist;
    if (!member && !settings.adminGuildIds.isEmpty())
        return fail(AuthError {AuthError::Kind::NotInAdminGuild, {}});
    return fail(AuthError {AuthError::Kind::NoRole, {}});
}

bool RoleResolver::needsStandings(const domain::StudioLoginSettings &settings,
                                  const DiscordAccount &account)
{
    return account.mfaEnabled && !settings.ownerIds.contains(account.id);
}

} // namespace ballsdex::studio

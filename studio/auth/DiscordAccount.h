// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QString>

namespace ballsdex::studio {

/// GET /users/@me with the person's Bearer token: what the role mapping needs.
struct DiscordAccount
{
    domain::Snowflake id = 0;
    QString username;
    QString globalName;
    bool mfaEnabled = false;
};

/// The person's standing in one admin guild (GET /users/@me/guilds/{id}/member).
struct GuildStanding
{
    domain::Snowflake guildId = 0;
    bool member = false; ///< false: 404 Unknown Guild / Unknown Member
    QList<domain::Snowflake> roleIds;
};

} // namespace ballsdex::studio

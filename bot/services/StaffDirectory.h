// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace ballsdex::bot::services {

/// Who may bypass players' privacy and blocks (bot-features.md §4.2): the bot's owners (the
/// application owner, its team when configured, the co-owners) and, in the admin guilds, members
/// holding a root or admin role (only inside the admin channels when some are configured).
class StaffDirectory final
{
public:
    struct Rules
    {
        QList<domain::Snowflake> adminGuildIds;
        QList<domain::Snowflake> rootRoleIds;
        QList<domain::Snowflake> adminRoleIds;
        QList<domain::Snowflake> adminChannelIds;
        QList<domain::Snowflake> coOwners;
        bool teamMembersAreOwners = false;
    };

    /// Where an interaction happens and who sends it.
    struct Actor
    {
        domain::Snowflake userId = 0;
        std::optional<domain::Snowflake> guildId;
        std::optional<domain::Snowflake> channelId;
        QList<domain::Snowflake> roleIds;
    };

    StaffDirectory() = default;
    explicit StaffDirectory(Rules rules);

    /// Reads the owner (or team members) from GET /applications/@me.
    void setApplication(const QJsonObject &application);

    [[nodiscard]] bool isOwner(domain::Snowflake userId) const;
    /// The owners learnt from Discord and the co-owners, ascending, without duplicates.
    [[nodiscard]] QList<domain::Snowflake> ownerIds() const;
    [[nodiscard]] bool isStaff(const Actor &actor) const;

private:
    Rules m_rules;
    QSet<domain::Snowflake> m_owners;
};

} // namespace ballsdex::bot::services

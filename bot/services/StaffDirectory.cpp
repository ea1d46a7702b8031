// SPDX-License-Identifier: MIT
#include "StaffDirectory.h"

#include <QJsonArray>

#include <algorithm>

namespace ballsdex::bot::services {
namespace {

domain::Snowflake snowflake(const QJsonValue &value)
{
    return value.toString().toLongLong();
}

} // namespace

StaffDirectory::StaffDirectory(Rules rules)
    : m_rules(std::move(rules))
{
}

void StaffDirectory::setApplication(const QJsonObject &application)
{
    m_owners.clear();
    const QJsonObject team = application.value(QStringLiteral("team")).toObject();
    if (!team.isEmpty()) {
        const domain::Snowflake teamOwner = snowflake(team.value(QStringLiteral("owner_user_id")));
        if (teamOwner > 0)
            m_owners.insert(teamOwner);
        if (m_rules.teamMembersAreOwners) {
            for (const QJsonValue &member : team.value(QStringLiteral("members")).toArray()) {
                const domain::Snowflake id = snowflake(member.toObject()
                                                           .value(QStringLiteral("user"))
                                                           .toObject()
                                                           .value(QStringLiteral("id")));
                if (id > 0)
                    m_owners.insert(id);
            }
        }
        return;
    }
    const domain::Snowflake owner = snowflake(
        application.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")));
    if (owner > 0)
        m_owners.insert(owner);
}

bool StaffDirectory::isOwner(domain::Snowflake userId) const
{
    return m_owners.contains(userId) || m_rules.coOwners.contains(userId);
}

QList<domain::Snowflake> StaffDirectory::ownerIds() const
{
    QSet<domain::Snowflake> owners = m_owners;
    for (const domain::Snowflake id : m_rules.coOwners)
        owners.insert(id);
    QList<domain::Snowflake> ids(owners.cbegin(), owners.cend());
    std::ranges::sort(ids);
    return ids;
}

bool StaffDirectory::isStaff(const Actor &actor) const
{
    if (isOwner(actor.userId))
        return true;
    if (!actor.guildId || !m_rules.adminGuildIds.contains(*actor.guildId))
        return false;
    if (!m_rules.adminChannelIds.isEmpty()
        && !(actor.channelId && m_rules.adminChannelIds.contains(*actor.channelId)))
        return false;
    for (const domain::Snowflake role : actor.roleIds) {
        if (m_rules.rootRoleIds.contains(role) || m_rules.adminRoleIds.contains(role))
            return true;
    }
    return false;
}

} // namespace ballsdex::bot::services

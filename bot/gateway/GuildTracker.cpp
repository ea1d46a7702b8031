// SPDX-License-Identifier: MIT
#include "GuildTracker.h"

namespace ballsdex::gateway {

void GuildTracker::onReady(const QList<domain::Snowflake> &guildIds)
{
    m_pending = QSet<domain::Snowflake>(guildIds.cbegin(), guildIds.cend());
    for (const domain::Snowflake id : guildIds) {
        m_available.remove(id);
        m_unavailable.remove(id);
    }
}

GuildChange GuildTracker::onGuildCreate(domain::Snowflake guildId, bool unavailable)
{
    if (unavailable) {
        m_available.remove(guildId);
        if (!m_pending.contains(guildId))
            m_unavailable.insert(guildId);
        return GuildChange::StillUnavailable;
    }
    GuildChange change = GuildChange::Joined;
    if (m_pending.remove(guildId))
        change = GuildChange::Loaded;
    else if (m_unavailable.remove(guildId))
        change = GuildChange::Available;
    else if (m_available.contains(guildId))
        change = GuildChange::Loaded;
    m_available.insert(guildId);
    return change;
}

GuildChange GuildTracker::onGuildDelete(domain::Snowflake guildId, bool unavailable)
{
    m_available.remove(guildId);
    if (unavailable) {
        if (!m_pending.contains(guildId))
            m_unavailable.insert(guildId);
        return GuildChange::Outage;
    }
    m_pending.remove(guildId);
    m_unavailable.remove(guildId);
    return GuildChange::Removed;
}

bool GuildTracker::isAvailable(domain::Snowflake guildId) const
{
    return m_available.contains(guildId);
}

bool GuildTracker::isKnown(domain::Snowflake guildId) const
{
    return m_available.contains(guildId) || m_unavailable.contains(guildId)
        || m_pending.contains(guildId);
}

} // namespace ballsdex::gateway

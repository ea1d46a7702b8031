// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QSet>

namespace ballsdex::gateway {

/// What a GUILD_CREATE / GUILD_DELETE means for the bot (discord-protocol.md §1.17).
enum class GuildChange {
    Loaded, ///< lazy fill of a guild listed in READY
    Joined, ///< the bot was added to a guild it did not know
    Available, ///< a guild came back after an outage
    StillUnavailable, ///< GUILD_CREATE {unavailable: true}: the guild stays in outage
    Outage, ///< GUILD_DELETE {unavailable: true}: keep its configuration
    Removed, ///< GUILD_DELETE without unavailable: the bot was removed or left
};

/// Guild availability of one shard; plain state, fed by the shard's dispatches.
class GuildTracker final
{
public:
    void onReady(const QList<domain::Snowflake> &guildIds);
    GuildChange onGuildCreate(domain::Snowflake guildId, bool unavailable);
    GuildChange onGuildDelete(domain::Snowflake guildId, bool unavailable);

    /// Guilds from READY whose GUILD_CREATE has not arrived yet.
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] bool isAvailable(domain::Snowflake guildId) const;
    [[nodiscard]] bool isKnown(domain::Snowflake guildId) const;
    [[nodiscard]] int availableCount() const { return int(m_available.size()); }

private:
    QSet<domain::Snowflake> m_pending;
    QSet<domain::Snowflake> m_available;
    QSet<domain::Snowflake> m_unavailable;
};

} // namespace ballsdex::gateway

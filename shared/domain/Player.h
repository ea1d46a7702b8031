// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"
#include "Policies.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ballsdex::domain {

struct Player
{
    RowId id = 0;
    Snowflake discordId = 0;
    std::int64_t coins = 0;
    DonationPolicy donationPolicy = DonationPolicy::AlwaysAccept;
    PrivacyPolicy privacyPolicy = PrivacyPolicy::Private;
    MentionPolicy mentionPolicy = MentionPolicy::Allow;
    FriendPolicy friendPolicy = FriendPolicy::Allow;
    TradeCooldownPolicy tradeCooldownPolicy = TradeCooldownPolicy::Cooldown;
    QJsonObject extraData;
};

struct GuildConfig
{
    RowId id = 0;
    Snowflake guildId = 0;
    std::optional<Snowflake> spawnChannel;
    bool enabled = true;
    bool silent = false;
};

struct BlacklistEntry
{
    RowId id = 0;
    Snowflake discordId = 0;
    std::optional<QString> reason;
    std::optional<QDateTime> date;
    std::optional<Snowflake> moderatorId;
};

struct BlacklistHistoryEntry
{
    RowId id = 0;
    Snowflake discordId = 0;
    Snowflake moderatorId = 0;
    std::optional<QString> reason;
    QDateTime date;
    BlacklistTarget target = BlacklistTarget::User;
    BlacklistAction action = BlacklistAction::Blacklist;
};

/// One staff action, written by the bot and by Studio alike.
struct AuditEntry
{
    RowId id = 0;
    Snowflake actorDiscordId = 0;
    QString actorSource; ///< "bot" or "studio"
    QString action; ///< e.g. "blacklist.add", "ball.update"
    QString targetType; ///< e.g. "player", "guild", "ball"
    QString targetId;
    QJsonObject before;
    QJsonObject after;
    QDateTime createdAt;
};

} // namespace ballsdex::domain

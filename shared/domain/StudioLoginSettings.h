// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace ballsdex::domain {

/// What Studio needs to log a person in and map them to a role. The bot publishes it in
/// bot_state under `Key` (it holds the config and learns the owners from Discord); Studio reads
/// it after connecting, so desktops never need config.yml or the bot token. Nothing secret.
struct StudioLoginSettings
{
    static constexpr const char *Key = "studio.login";

    std::optional<Snowflake> clientId; ///< admin-panel.client-id; unset: login impossible
    QUrl authorizeUrl {QStringLiteral("https://discord.com/oauth2/authorize")};
    QUrl apiBaseUrl {QStringLiteral("https://discord.com/api/v10")}; ///< token, users/@me…
    QList<Snowflake> adminGuildIds; ///< admin-command.guild-ids, in order
    QList<Snowflake> rootRoleIds; ///< → Admin
    QList<Snowflake> adminRoleIds; ///< → Staff
    QList<Snowflake> artistRoleIds; ///< → Artist
    /// Application owner, team owner, team members when they count as owners, co-owners.
    QList<Snowflake> ownerIds;

    /// token endpoint: <apiBaseUrl>/oauth2/token
    [[nodiscard]] QUrl tokenUrl() const;
    /// <apiBaseUrl>/oauth2/token/revoke
    [[nodiscard]] QUrl revokeUrl() const;

    [[nodiscard]] QJsonObject toJson() const;
    /// Ids are JSON strings (64-bit); a malformed document names the offending field.
    static Result<StudioLoginSettings, QString> fromJson(const QJsonObject &json);
};

} // namespace ballsdex::domain

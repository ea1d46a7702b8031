// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/DiscordAccount.h"
#include "domain/StudioLoginSettings.h"
#include "session/StudioRole.h"
#include "util/Result.h"

#include <QCoroTask>
#include <QUrl>

class QNetworkAccessManager;

namespace ballsdex::studio {

/// Discord's user endpoints with the person's own access token (scopes identify and
/// guilds.members.read). Safe to destroy while a request is in flight; the network manager is
/// not.
class IdentityClient final
{
public:
    IdentityClient(QNetworkAccessManager *network, QUrl apiBaseUrl);

    /// GET <api>/users/@me
    QCoro::Task<Result<DiscordAccount, AuthError>> account(QString accessToken) const;
    /// GET <api>/users/@me/guilds/{guildId}/member; 404 means "not a member", not an error.
    QCoro::Task<Result<GuildStanding, AuthError>> standing(QString accessToken,
                                                           domain::Snowflake guildId) const;

    /// account(), then standing() in each admin guild when the role depends on it (in
    /// settings order), then RoleResolver: the person with their Studio role, or why not.
    QCoro::Task<Result<StudioIdentity, AuthError>>
    identify(QString accessToken, domain::StudioLoginSettings settings) const;

private:
    [[nodiscard]] QUrl endpoint(const QString &path) const;

    QNetworkAccessManager *m_network;
    QUrl m_apiBaseUrl;
};

} // namespace ballsdex::studio

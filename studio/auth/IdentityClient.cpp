// SPDX-License-Identifier: MIT
#include "auth/IdentityClient.h"

#include "auth/AuthHttp.h"
#include "auth/RoleResolver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace ballsdex::studio {

namespace {

Result<DiscordAccount, AuthError> parseAccount(const authhttp::Answer &answer)
{
    if (!answer.isSuccess())
        return fail(authhttp::apiError(answer));
    const auto json = answer.json();
    const auto id = json ? domain::parseSnowflake(json->value(QStringLiteral("id")).toString())
                         : std::nullopt;
    if (!id)
        return fail(AuthError {AuthError::Kind::ServerError,
                               QStringLiteral("users/@me answered without a user id")});
    DiscordAccount account;
    account.id = *id;
    account.username = json->value(QStringLiteral("username")).toString();
    account.globalName = json->value(QStringLiteral("global_name")).toString();
    account.mfaEnabled = json->value(QStringLiteral("mfa_enabled")).toBool(false);
    return account;
}

Result<GuildStanding, AuthError> parseStanding(const authhttp::Answer &answer,
                                               domain::Snowflake guildId)
{
    GuildStanding standing;
    standing.guildId = guildId;
    if (answer.status == 404)
        return standing; // Unknown Guild (10004) or Unknown Member (10007)
    if (!answer.isSuccess()) {
        AuthError error = authhttp::apiError(answer);
        error.detail = QStringLiteral("guild %1: %2").arg(guildId).arg(error.detail);
        return fail(error);
    }
    const auto json = answer.json();
    if (!json)
        return fail(
            AuthError {AuthError::Kind::ServerError,
                       QStringLiteral("guild %1: the member answer is not JSON").arg(guildId)});
    standing.member = true;
    const QJsonArray roles = json->value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &role : roles) {
        if (const auto id = domain::parseSnowflake(role.toString()))
            standing.roleIds.append(*id);
    }
    return standing;
}

QCoro::Task<Result<DiscordAccount, AuthError>> fetchAccount(QNetworkAccessManager *network,
                                                            QUrl url, QString accessToken)
{
    const authhttp::Answer answer = co_await authhttp::getWithBearer(network, url, accessToken);
    co_return parseAccount(answer);
}

QCoro::Task<Result<GuildStanding, AuthError>> fetchStanding(QNetworkAccessManager *network,
                                                            QUrl url, QString accessToken,
                                                            domain::Snowflake guildId)
{
    const authhttp::Answer answer = co_await authhttp::getWithBearer(network, url, accessToken);
    co_return parseStanding(answer, guildId);
}

QCoro::Task<Result<StudioIdentity, AuthError>>
identifyWith(IdentityClient client, domain::StudioLoginSettings settings, QString accessToken)
{
    const auto account = co_await client.account(accessToken);
    if (!account)
        co_return fail(account.error());
    QList<GuildStanding> standings;
    if (RoleResolver::needsStandings(settings, *account)) {
        for (const domain::Snowflake guildId : settings.adminGuildIds) {
            const auto standing = co_await client.standing(accessToken, guildId);
            if (!standing)
                co_return fail(standing.error());
            standings.append(*standing);
        }
    }
    const auto role = RoleResolver::resolve(settings, *account, standings);
    if (!role)
        co_return fail(role.error());
    StudioIdentity identity;
    identity.discordId = account->id;
    identity.username = account->username;
    identity.globalName = account->globalName;
    identity.role = *role;
    co_return identity;
}

} // namespace

IdentityClient::IdentityClient(QNetworkAccessManager *network, QUrl apiBaseUrl)
    : m_network(network)
    , m_apiBaseUrl(std::move(apiBaseUrl))
{
}

QCoro::Task<Result<DiscordAccount, AuthError>> IdentityClient::account(QString accessToken) const
{
    return fetchAccount(m_network, endpoint(QStringLiteral("/users/@me")), std::move(accessToken));
}

QCoro::Task<Result<GuildStanding, AuthError>>
IdentityClient::standing(QString accessToken, domain::Snowflake guildId) const
{
    return fetchStanding(m_network,
                         endpoint(QStringLiteral("/users/@me/guilds/%1/member").arg(guildId)),
                         std::move(accessToken), guildId);
}

QCoro::Task<Result<StudioIdentity, AuthError>>
IdentityClient::identify(QString accessToken, domain::StudioLoginSettings settings) const
{
    return identifyWith(*this, std::move(settings), std::move(accessToken));
}

QUrl IdentityClient::endpoint(const QString &path) const
{
    QUrl url = m_apiBaseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace ballsdex::studio

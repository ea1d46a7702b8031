// SPDX-License-Identifier: MIT
// Construction, the scripting API, records and the application owner/team shapes.
#include "FakeDiscordOAuth.h"

#include <QJsonArray>

namespace ballsdex::fakediscord {

QJsonObject FakeUser::toJson(bool withEmail) const
{
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    QJsonObject user {{QStringLiteral("id"), id},
                      {QStringLiteral("username"), username},
                      {QStringLiteral("discriminator"), QStringLiteral("0")},
                      {QStringLiteral("global_name"), orNull(globalName)},
                      {QStringLiteral("avatar"), orNull(avatar)},
                      {QStringLiteral("banner"), QJsonValue::Null},
                      {QStringLiteral("accent_color"), QJsonValue::Null},
                      {QStringLiteral("mfa_enabled"), mfaEnabled},
                      {QStringLiteral("locale"), locale},
                      {QStringLiteral("flags"), flags},
                      {QStringLiteral("public_flags"), flags},
                      {QStringLiteral("premium_type"), premiumType}};
    if (withEmail) {
        user.insert(QStringLiteral("email"), orNull(email));
        user.insert(QStringLiteral("verified"), verified);
    }
    return user;
}

bool OAuthRecord::has(const QString &name) const
{
    return oauthwire::contains(params, name);
}

QString OAuthRecord::param(const QString &name) const
{
    return oauthwire::value(params, name);
}

FakeDiscordOAuth::FakeDiscordOAuth(FakeDiscordRest &rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
{
    registerRoutes();
    registerUserRoutes();
}

QUrl FakeDiscordOAuth::authorizeUrl() const
{
    QUrl url = m_rest.rootUrl();
    url.setPath(QStringLiteral("/oauth2/authorize"));
    return url;
}

QUrl FakeDiscordOAuth::tokenUrl() const
{
    QUrl url = m_rest.rootUrl();
    url.setPath(QStringLiteral("/api/v10/oauth2/token"));
    return url;
}

QUrl FakeDiscordOAuth::revokeUrl() const
{
    QUrl url = m_rest.rootUrl();
    url.setPath(QStringLiteral("/api/v10/oauth2/token/revoke"));
    return url;
}

void FakeDiscordOAuth::registerClient(const OAuthClient &client)
{
    m_clients.insert(client.id, client);
}

void FakeDiscordOAuth::registerClient(const QString &clientId, const QString &secret,
                                      const QStringList &redirectUris)
{
    OAuthClient client;
    client.id = clientId;
    client.secret = secret;
    client.redirectUris = redirectUris;
    registerClient(client);
}

void FakeDiscordOAuth::addUser(const FakeUser &user)
{
    m_users.insert(user.id, user);
    m_rest.addUser(user.toJson());
}

void FakeDiscordOAuth::setBrowserUser(const FakeUser &user)
{
    addUser(user);
    m_browserUserId = user.id;
}

void FakeDiscordOAuth::addGuild(const QString &guildId, const QString &name, const QString &icon)
{
    const QJsonObject guild {
        {QStringLiteral("id"), guildId},
        {QStringLiteral("name"), name},
        {QStringLiteral("icon"), icon.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(icon)}};
    m_guilds.insert(guildId, guild);
    m_rest.addGuild(guild);
}

void FakeDiscordOAuth::addMembership(const QString &userId, const GuildMembership &membership)
{
    if (!m_guilds.contains(membership.guildId))
        addGuild(membership.guildId, QStringLiteral("Guild ") + membership.guildId);
    m_memberships[userId].insert(membership.guildId.toULongLong(), membership);
    m_rest.addGuildMember(membership.guildId, memberJson(userId, membership));
}

void FakeDiscordOAuth::removeMembership(const QString &userId, const QString &guildId)
{
    m_memberships[userId].remove(guildId.toULongLong());
}

void FakeDiscordOAuth::setApplicationOwner(const FakeUser &owner)
{
    addUser(owner);
    publishApplication(owner.toJson(), QJsonValue::Null);
}

void FakeDiscordOAuth::setApplicationTeam(const QString &teamId, const QString &ownerUserId,
                                          const QList<FakeUser> &members)
{
    QJsonArray memberArray;
    for (const FakeUser &member : members) {
        addUser(member);
        QJsonObject user = member.toJson();
        for (const char *privateKey : {"mfa_enabled", "locale", "flags", "premium_type"})
            user.remove(QLatin1String(privateKey));
        memberArray.append(QJsonObject {
            {QStringLiteral("membership_state"), 2},
            {QStringLiteral("team_id"), teamId},
            {QStringLiteral("user"), user},
            {QStringLiteral("role"),
             member.id == ownerUserId ? QStringLiteral("admin") : QStringLiteral("developer")},
            {QStringLiteral("permissions"), QJsonArray {QStringLiteral("*")}}});
    }
    const QJsonObject team {{QStringLiteral("id"), teamId},
                            {QStringLiteral("name"), QString(QStringLiteral("Team ") + teamId)},
                            {QStringLiteral("icon"), QJsonValue::Null},
                            {QStringLiteral("owner_user_id"), ownerUserId},
                            {QStringLiteral("members"), memberArray}};
    // Discord represents a team-owned application's owner as a pseudo-user named after the team.
    const QJsonObject pseudoOwner {
        {QStringLiteral("id"), teamId},
        {QStringLiteral("username"), QString(QStringLiteral("team") + teamId)},
        {QStringLiteral("discriminator"), QStringLiteral("0000")},
        {QStringLiteral("global_name"), QJsonValue::Null},
        {QStringLiteral("avatar"), QJsonValue::Null},
        {QStringLiteral("flags"), 1024},
        {QStringLiteral("public_flags"), 1024}};
    publishApplication(pseudoOwner, team);
}

void FakeDiscordOAuth::publishApplication(const QJsonObject &owner, const QJsonValue &team)
{
    QStringList redirects;
    if (const auto client = m_clients.constFind(m_rest.applicationId()); client != m_clients.cend())
        redirects = client->redirectUris;
    m_rest.setApplication(
        QJsonObject {{QStringLiteral("id"), m_rest.applicationId()},
                     {QStringLiteral("name"), QStringLiteral("BallsDex")},
                     {QStringLiteral("icon"), QJsonValue::Null},
                     {QStringLiteral("description"), QString()},
                     {QStringLiteral("bot_public"), true},
                     {QStringLiteral("bot_require_code_grant"), false},
                     {QStringLiteral("flags"), 0},
                     {QStringLiteral("bot"), m_rest.botUser()},
                     {QStringLiteral("owner"), owner},
                     {QStringLiteral("team"), team},
                     {QStringLiteral("verify_key"), QStringLiteral("0")},
                     {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirects)}});
}

IssuedTokens FakeDiscordOAuth::issueTokens(const QString &clientId, const QString &userId,
                                           const QStringList &scopes)
{
    const IssuedTokens tokens = m_grants.createGrant(clientId, userId, scopes, m_rest.nowMs());
    m_rest.addBearerToken(tokens.accessToken);
    return tokens;
}

bool FakeDiscordOAuth::isAccessTokenValid(const QString &token) const
{
    return m_grants.grantOfAccessToken(token, m_rest.nowMs()) != nullptr;
}

bool FakeDiscordOAuth::isRefreshTokenValid(const QString &token) const
{
    return m_grants.grantOfRefreshToken(token) != nullptr;
}

void FakeDiscordOAuth::expireAccessToken(const QString &token)
{
    m_grants.expireAccessToken(token, m_rest.nowMs());
}

void FakeDiscordOAuth::revokeGrantOf(const QString &token)
{
    m_grants.revokeGrant(m_grants.grantIdOf(token));
}

void FakeDiscordOAuth::revokeUser(const QString &userId)
{
    m_grants.revokeUser(userId);
}

void FakeDiscordOAuth::injectTokenErrors(int count, int status, const QString &error,
                                         const QString &description)
{
    m_tokenFaults.push_back(TokenFault {count, status, error, description});
}

QList<OAuthRecord> FakeDiscordOAuth::records(OAuthRecord::Endpoint endpoint) const
{
    QList<OAuthRecord> out;
    for (const OAuthRecord &record : m_records) {
        if (record.endpoint == endpoint)
            out.append(record);
    }
    return out;
}

QString FakeDiscordOAuth::challengeOfCode(const QString &code)
{
    const OAuthGrants::Code *found = m_grants.code(code);
    return found ? found->challenge : QString();
}

HttpResponse FakeDiscordOAuth::finish(OAuthRecord record, HttpResponse response)
{
    record.status = response.status;
    if (response.header("Content-Type").startsWith("application/json")) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        record.error = body.value(QLatin1String("error")).toString();
        record.errorDescription = body.value(QLatin1String("error_description")).toString();
    }
    m_records.append(record);
    Q_EMIT recorded(record);
    return response;
}

} // namespace ballsdex::fakediscord

// SPDX-License-Identifier: MIT
#pragma once

#include "OAuthGrants.h"
#include "OAuthTypes.h"
#include "OAuthWire.h"
#include "fakediscord/rest/FakeDiscordRest.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <deque>

namespace ballsdex::fakediscord {

/// Discord's OAuth2 authorization server (spec §5, §7 items 33-36) on a FakeDiscordRest:
/// GET /oauth2/authorize (also /api/oauth2/authorize and /api/v10/oauth2/authorize) answered by
/// a scripted browser user instead of a consent page; POST /api[/v10]/oauth2/token (authorization
/// code with PKCE S256, refresh with rotation) and /api[/v10]/oauth2/token/revoke; the Bearer
/// endpoints /api/v10/users/@me, /users/@me/guilds, /users/@me/guilds/{guild_id}/member and
/// /oauth2/@me with scope checks; application owner/team shapes for GET /applications/@me.
/// Codes and tokens expire on the FakeDiscordRest clock (advanceClock()).
class FakeDiscordOAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeDiscordOAuth)

public:
    static constexpr qint64 CodeLifetimeMs = OAuthGrants::CodeLifetimeMs;
    static constexpr qint64 AccessTokenLifetimeMs = OAuthGrants::AccessTokenLifetimeMs;
    static constexpr int AccessTokenLifetimeSeconds = 604800;

    explicit FakeDiscordOAuth(FakeDiscordRest &rest, QObject *parent = nullptr);

    /// http://127.0.0.1:<port>/oauth2/authorize
    [[nodiscard]] QUrl authorizeUrl() const;
    /// http://127.0.0.1:<port>/api/v10/oauth2/token
    [[nodiscard]] QUrl tokenUrl() const;
    /// http://127.0.0.1:<port>/api/v10/oauth2/token/revoke
    [[nodiscard]] QUrl revokeUrl() const;
    [[nodiscard]] FakeDiscordRest &rest() { return m_rest; }

    void registerClient(const OAuthClient &client);
    void registerClient(const QString &clientId, const QString &secret,
                        const QStringList &redirectUris);

    /// Registers (or updates) a user; also known to the REST fake's GET /users/{id}.
    void addUser(const FakeUser &user);
    /// The user signed in in the browser; registers it too.
    void setBrowserUser(const FakeUser &user);
    void setBrowserDecision(BrowserDecision decision) { m_decision = decision; }
    [[nodiscard]] BrowserDecision browserDecision() const { return m_decision; }

    /// A guild the fake knows (also added to the REST fake).
    void addGuild(const QString &guildId, const QString &name, const QString &icon = {});
    /// Puts the user in the guild (creating the guild as "Guild <id>" if unknown); mirrored as a
    /// guild member in the REST fake so bot-token calls agree.
    void addMembership(const QString &userId, const GuildMembership &membership);
    void removeMembership(const QString &userId, const QString &guildId);

    /// GET /applications/@me (bot token) owned by a user: owner = the user, team = null.
    void setApplicationOwner(const FakeUser &owner);
    /// GET /applications/@me owned by a team: owner = the team's pseudo-user, team with members
    /// (accepted, role "admin" for the owner, "developer" for the others).
    void setApplicationTeam(const QString &teamId, const QString &ownerUserId,
                            const QList<FakeUser> &members);

    void setMissingScopeStyle(MissingScopeStyle style) { m_missingScope = style; }

    /// Tokens for a user without the browser dance (e.g. a test that starts logged in).
    [[nodiscard]] IssuedTokens issueTokens(const QString &clientId, const QString &userId,
                                           const QStringList &scopes);
    [[nodiscard]] bool isAccessTokenValid(const QString &token) const;
    [[nodiscard]] bool isRefreshTokenValid(const QString &token) const;
    /// The access token now counts as expired (a 401 on the Bearer endpoints).
    void expireAccessToken(const QString &token);
    /// Revokes the whole grant the token (access or refresh) belongs to.
    void revokeGrantOf(const QString &token);
    /// The user deauthorized every application (all their grants).
    void revokeUser(const QString &userId);
    /// The next `count` token-endpoint requests fail with this status and RFC 6749 error
    /// (status >= 500 answers an HTML error page instead).
    void injectTokenErrors(int count, int status, const QString &error = {},
                           const QString &description = {});

    [[nodiscard]] const QList<OAuthRecord> &records() const { return m_records; }
    [[nodiscard]] QList<OAuthRecord> records(OAuthRecord::Endpoint endpoint) const;
    void clearRecords() { m_records.clear(); }
    /// The code_challenge an issued code was bound to (empty when unknown or without PKCE).
    [[nodiscard]] QString challengeOfCode(const QString &code);

Q_SIGNALS:
    void recorded(const ballsdex::fakediscord::OAuthRecord &record);

private:
    struct TokenFault
    {
        int remaining = 0;
        int status = 400;
        QString error;
        QString description;
    };
    struct ClientCheck
    {
        const OAuthClient *client = nullptr;
        bool secretPresented = false;
        std::optional<HttpResponse> error;
    };
    struct BearerCheck
    {
        const OAuthGrants::Grant *grant = nullptr;
        std::optional<HttpResponse> error;
    };

    void registerRoutes();
    HttpResponse finish(OAuthRecord record, HttpResponse response);

    HttpResponse onAuthorize(HttpRequest &request);
    HttpResponse authorizeDecision(OAuthRecord &record, const OAuthClient &client,
                                   const QUrl &redirect, const oauthwire::Params &params);
    HttpResponse onToken(HttpRequest &request);
    HttpResponse exchangeCode(const ClientCheck &client, const oauthwire::Params &form);
    HttpResponse refresh(const ClientCheck &client, const oauthwire::Params &form);
    HttpResponse onRevoke(HttpRequest &request);
    ClientCheck authenticateClient(const HttpRequest &request, const oauthwire::Params &form);
    HttpResponse tokenResponse(const IssuedTokens &tokens);

    void registerUserRoutes();
    BearerCheck bearer(const HttpRequest &request, const QString &scope) const;
    [[nodiscard]] QJsonObject userJson(const QString &userId, const QStringList &scopes) const;
    [[nodiscard]] QJsonObject partialGuild(const GuildMembership &membership,
                                           bool withCounts) const;
    [[nodiscard]] QJsonObject memberJson(const QString &userId,
                                         const GuildMembership &membership) const;
    void publishApplication(const QJsonObject &owner, const QJsonValue &team);

    FakeDiscordRest &m_rest;
    OAuthGrants m_grants;
    QHash<QString, OAuthClient> m_clients;
    QHash<QString, FakeUser> m_users;
    QString m_browserUserId;
    BrowserDecision m_decision = BrowserDecision::Approve;
    MissingScopeStyle m_missingScope = MissingScopeStyle::Unauthorized;
    QHash<QString, QJsonObject> m_guilds; ///< id → {id, name, icon}
    QHash<QString, QMap<quint64, GuildMembership>> m_memberships; ///< user → guild (sorted)
    std::deque<TokenFault> m_tokenFaults;
    QList<OAuthRecord> m_records;
};

} // namespace ballsdex::fakediscord

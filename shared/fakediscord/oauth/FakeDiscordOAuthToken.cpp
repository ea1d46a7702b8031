// SPDX-License-Identifier: MIT
// POST /api[/v10]/oauth2/token and /token/revoke: form bodies only, client authentication
// (Basic or body), authorization_code with PKCE S256, refresh_token with rotation, revocation.
#include "FakeDiscordOAuth.h"

#include <QJsonArray>

namespace ballsdex::fakediscord {

namespace {

const QString InvalidCode = QStringLiteral("Invalid \"code\" in request.");
const QString InvalidVerifier = QStringLiteral("Invalid \"code_verifier\"");

bool isForm(const HttpRequest &request)
{
    return request.header("Content-Type")
        .trimmed()
        .toLower()
        .startsWith("application/x-www-form-urlencoded");
}

oauthwire::Params jsonParams(const QByteArray &body)
{
    oauthwire::Params params;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        params.append({it.key(), it.value().toVariant().toString()});
    return params;
}

} // namespace

void FakeDiscordOAuth::registerRoutes()
{
    FakeHttpServer &http = m_rest.http();
    for (const QString &prefix :
         {QString(), QStringLiteral("/api"), QStringLiteral("/api/v10"), QStringLiteral("/api/v9")})
        http.route("GET", prefix + QStringLiteral("/oauth2/authorize"),
                   [this](HttpRequest &request) { return onAuthorize(request); });
    for (const QString &prefix :
         {QStringLiteral("/api"), QStringLiteral("/api/v10"), QStringLiteral("/api/v9")}) {
        http.route("POST", prefix + QStringLiteral("/oauth2/token"),
                   [this](HttpRequest &request) { return onToken(request); });
        http.route("POST", prefix + QStringLiteral("/oauth2/token/revoke"),
                   [this](HttpRequest &request) { return onRevoke(request); });
    }
}

FakeDiscordOAuth::ClientCheck FakeDiscordOAuth::authenticateClient(const HttpRequest &request,
                                                                   const oauthwire::Params &form)
{
    ClientCheck check;
    const QByteArray authorization = request.header("Authorization");
    const auto basic = oauthwire::basicCredentials(authorization);
    if (!authorization.isEmpty() && !basic) {
        check.error = oauthwire::oauthError(401, QStringLiteral("invalid_client"),
                                            QStringLiteral("Malformed Authorization header"));
        return check;
    }
    const QString bodyId = oauthwire::value(form, QStringLiteral("client_id"));
    const QString bodySecret = oauthwire::value(form, QStringLiteral("client_secret"));
    if (basic && !bodySecret.isEmpty()) {
        check.error = oauthwire::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("Only one client authentication method may be used"));
        return check;
    }
    const QString id = basic ? basic->first : bodyId;
    const QString secret = basic ? basic->second : bodySecret;
    const auto client = m_clients.constFind(id);
    if (id.isEmpty() || client == m_clients.cend()
        || (basic && !bodyId.isEmpty() && bodyId != id)) {
        check.error = oauthwire::oauthError(401, QStringLiteral("invalid_client"));
        return check;
    }
    if (!secret.isEmpty() && secret != client->secret) {
        check.error = oauthwire::oauthError(401, QStringLiteral("invalid_client"));
        return check;
    }
    if (secret.isEmpty() && !client->isPublic()) {
        check.error = oauthwire::oauthError(401, QStringLiteral("invalid_client"),
                                            QStringLiteral("Client authentication required"));
        return check;
    }
    check.client = &*client;
    check.secretPresented = !secret.isEmpty();
    return check;
}

HttpResponse FakeDiscordOAuth::onToken(HttpRequest &request)
{
    OAuthRecord record;
    record.endpoint = OAuthRecord::Endpoint::Token;
    record.path = request.path;
    record.authorization = request.header("Authorization");
    record.contentType = request.header("Content-Type");
    record.atMs = m_rest.nowMs();
    if (!isForm(request)) {
        record.params = jsonParams(request.body);
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("Content-Type must be "
                                                           "application/x-www-form-urlencoded")));
    }
    const auto form = oauthwire::parseForm(request.body);
    if (!form)
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("Repeated parameter")));
    record.params = *form;
    if (!m_tokenFaults.empty()) {
        const TokenFault fault = m_tokenFaults.front();
        if (--m_tokenFaults.front().remaining <= 0)
            m_tokenFaults.pop_front();
        if (fault.status >= 500)
            return finish(record,
                          HttpResponse::raw(fault.status, "text/html",
                                            "<html><body>upstream error</body></html>"));
        return finish(record,
                      oauthwire::oauthError(
                          fault.status,
                          fault.error.isEmpty() ? QStringLiteral("invalid_request") : fault.error,
                          fault.description));
    }
    const QString grantType = oauthwire::value(*form, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("Missing \"grant_type\"")));
    if (grantType != QLatin1String("authorization_code")
        && grantType != QLatin1String("refresh_token"))
        return finish(
            record,
            oauthwire::oauthError(400, QStringLiteral("unsupported_grant_type"),
                                  QStringLiteral("Grant type %1 is not supported").arg(grantType)));
    const ClientCheck client = authenticateClient(request, *form);
    if (client.error)
        return finish(record, *client.error);
    if (grantType == QLatin1String("authorization_code"))
        return finish(record, exchangeCode(client, *form));
    return finish(record, refresh(client, *form));
}

HttpResponse FakeDiscordOAuth::exchangeCode(const ClientCheck &client,
                                            const oauthwire::Params &form)
{
    const QString value = oauthwire::value(form, QStringLiteral("code"));
    if (value.isEmpty())
        return oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                     QStringLiteral("Missing \"code\""));
    OAuthGrants::Code *code = m_grants.code(value);
    const qint64 now = m_rest.nowMs();
    if (!code || code->clientId != client.client->id
        || now - code->issuedAtMs >= OAuthGrants::CodeLifetimeMs)
        return oauthwire::oauthError(400, QStringLiteral("invalid_grant"), InvalidCode);
    if (code->used) {
        // RFC 6749 §10.5: a replayed code also revokes what the first exchange produced.
        m_grants.revokeGrant(code->grantId);
        return oauthwire::oauthError(400, QStringLiteral("invalid_grant"), InvalidCode);
    }
    if (!oauthwire::contains(form, QStringLiteral("redirect_uri")))
        return oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                     QStringLiteral("Missing \"redirect_uri\""));
    if (oauthwire::value(form, QStringLiteral("redirect_uri")) != code->redirectUri)
        return oauthwire::oauthError(400, QStringLiteral("invalid_grant"),
                                     QStringLiteral("Invalid \"redirect_uri\" in request."));
    if (!code->challenge.isEmpty()) {
        const QString verifier = oauthwire::value(form, QStringLiteral("code_verifier"));
        if (verifier.isEmpty())
            return oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                         QStringLiteral("Missing \"code_verifier\""));
        if (!oauthwire::isValidVerifier(verifier))
            return oauthwire::oauthError(400, QStringLiteral("invalid_request"), InvalidVerifier);
        if (oauthwire::s256(verifier) != code->challenge)
            return oauthwire::oauthError(400, QStringLiteral("invalid_grant"), InvalidVerifier);
    } else if (!client.secretPresented) {
        return oauthwire::oauthError(401, QStringLiteral("invalid_client"),
                                     QStringLiteral("Client authentication required"));
    }
    code->used = true;
    const IssuedTokens tokens = issueTokens(code->clientId, code->userId, code->scopes);
    code->grantId = m_grants.grantIdOf(tokens.accessToken);
    return tokenResponse(tokens);
}

HttpResponse FakeDiscordOAuth::refresh(const ClientCheck &client, const oauthwire::Params &form)
{
    const QString token = oauthwire::value(form, QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                     QStringLiteral("Missing \"refresh_token\""));
    const OAuthGrants::Grant *grant = m_grants.grantOfRefreshToken(token);
    if (!grant || grant->clientId != client.client->id)
        return oauthwire::oauthError(400, QStringLiteral("invalid_grant"),
                                     QStringLiteral("Invalid \"refresh_token\" in request."));
    const QStringList asked
        = oauthwire::splitScopes(oauthwire::value(form, QStringLiteral("scope")));
    for (const QString &scope : asked) {
        if (!grant->scopes.contains(scope))
            return oauthwire::oauthError(400, QStringLiteral("invalid_scope"),
                                         QStringLiteral("Invalid scope(s): ") + scope);
    }
    const auto tokens = m_grants.rotate(token, m_rest.nowMs());
    m_rest.addBearerToken(tokens->accessToken);
    return tokenResponse(*tokens);
}

HttpResponse FakeDiscordOAuth::tokenResponse(const IssuedTokens &tokens)
{
    HttpResponse response
        = HttpResponse::json(200,
                             QJsonDocument(QJsonObject {
                                 {QStringLiteral("access_token"), tokens.accessToken},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("expires_in"), AccessTokenLifetimeSeconds},
                                 {QStringLiteral("refresh_token"), tokens.refreshToken},
                                 {QStringLiteral("scope"), tokens.scopes.join(QLatin1Char(' '))}}));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse FakeDiscordOAuth::onRevoke(HttpRequest &request)
{
    OAuthRecord record;
    record.endpoint = OAuthRecord::Endpoint::Revoke;
    record.path = request.path;
    record.authorization = request.header("Authorization");
    record.contentType = request.header("Content-Type");
    record.atMs = m_rest.nowMs();
    if (!isForm(request)) {
        record.params = jsonParams(request.body);
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("Content-Type must be "
                                                           "application/x-www-form-urlencoded")));
    }
    const auto form = oauthwire::parseForm(request.body);
    if (!form)
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("Repeated parameter")));
    record.params = *form;
    const ClientCheck client = authenticateClient(request, *form);
    if (client.error)
        return finish(record, *client.error);
    const QString token = oauthwire::value(*form, QStringLiteral("token"));
    if (token.isEmpty())
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("Missing \"token\"")));
    // RFC 7009 §2.2: an unknown or already invalid token is not an error.
    const OAuthGrants::Grant *grant = m_grants.grant(m_grants.grantIdOf(token));
    if (grant && grant->clientId != client.client->id)
        return finish(record,
                      oauthwire::oauthError(400, QStringLiteral("invalid_grant"),
                                            QStringLiteral("Token belongs to another "
                                                           "application")));
    if (grant)
        m_grants.revokeGrant(grant->id);
    return finish(record, HttpResponse::json(200, QJsonDocument(QJsonObject())));
}

} // namespace ballsdex::fakediscord

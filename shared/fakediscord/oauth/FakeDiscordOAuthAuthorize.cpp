// SPDX-License-Identifier: MIT
// GET /oauth2/authorize: validation per RFC 6749 §4.1.2.1 (a bad client or redirect URI gets an
// error page, anything else an error redirect) and the scripted browser user's decision.
#include "FakeDiscordOAuth.h"

#include <QRegularExpression>

namespace ballsdex::fakediscord {

namespace {

const QStringList KnownScopes {
    QStringLiteral("activities.read"),
    QStringLiteral("activities.write"),
    QStringLiteral("applications.builds.read"),
    QStringLiteral("applications.builds.upload"),
    QStringLiteral("applications.commands"),
    QStringLiteral("applications.commands.permissions.update"),
    QStringLiteral("applications.commands.update"),
    QStringLiteral("applications.entitlements"),
    QStringLiteral("applications.store.update"),
    QStringLiteral("bot"),
    QStringLiteral("connections"),
    QStringLiteral("dm_channels.read"),
    QStringLiteral("email"),
    QStringLiteral("gdm.join"),
    QStringLiteral("guilds"),
    QStringLiteral("guilds.join"),
    QStringLiteral("guilds.members.read"),
    QStringLiteral("identify"),
    QStringLiteral("messages.read"),
    QStringLiteral("openid"),
    QStringLiteral("relationships.read"),
    QStringLiteral("role_connections.write"),
    QStringLiteral("rpc"),
    QStringLiteral("voice"),
    QStringLiteral("webhook.incoming"),
};

HttpResponse errorPage(const QString &message)
{
    return HttpResponse::raw(400, "text/html; charset=utf-8",
                             "<!doctype html><html><body><h1>Invalid OAuth2 request</h1><p>"
                                 + message.toHtmlEscaped().toUtf8() + "</p></body></html>");
}

HttpResponse redirectTo(const QUrl &location)
{
    HttpResponse response = HttpResponse::raw(302, "text/html; charset=utf-8", QByteArray());
    response.setHeader("Location", location.toString(QUrl::FullyEncoded).toUtf8());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

bool isValidChallenge(const QString &challenge)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return shape.match(challenge).hasMatch();
}

} // namespace

HttpResponse FakeDiscordOAuth::onAuthorize(HttpRequest &request)
{
    OAuthRecord record;
    record.endpoint = OAuthRecord::Endpoint::Authorize;
    record.path = request.path;
    record.authorization = request.header("Authorization");
    record.atMs = m_rest.nowMs();
    const auto params = oauthwire::parseForm(request.query.query(QUrl::FullyEncoded).toLatin1());
    if (!params) {
        record.error = QStringLiteral("invalid_request");
        return finish(record, errorPage(QStringLiteral("A parameter was given more than once.")));
    }
    record.params = *params;

    const auto client = m_clients.constFind(oauthwire::value(*params, QStringLiteral("client_id")));
    if (client == m_clients.cend()) {
        record.error = QStringLiteral("invalid_client");
        return finish(record, errorPage(QStringLiteral("Unknown application (client_id).")));
    }
    const QString redirectUri = oauthwire::value(*params, QStringLiteral("redirect_uri"));
    const QUrl redirect(redirectUri, QUrl::StrictMode);
    const bool registered = std::any_of(
        client->redirectUris.begin(), client->redirectUris.end(), [&](const QString &uri) {
            return oauthwire::redirectMatches(uri, redirectUri, client->loopbackAnyPort);
        });
    if (redirectUri.isEmpty() || !redirect.isValid() || !registered) {
        record.error = QStringLiteral("invalid_request");
        record.errorDescription = QStringLiteral("Invalid OAuth2 redirect_uri");
        return finish(record, errorPage(record.errorDescription));
    }
    return finish(record, authorizeDecision(record, *client, redirect, *params));
}

HttpResponse FakeDiscordOAuth::authorizeDecision(OAuthRecord &record, const OAuthClient &client,
                                                 const QUrl &redirect,
                                                 const oauthwire::Params &params)
{
    const QString state = oauthwire::value(params, QStringLiteral("state"));
    const bool hasState = oauthwire::contains(params, QStringLiteral("state"));
    const auto failWith = [&](const QString &error, const QString &description) {
        oauthwire::Params answer {{QStringLiteral("error"), error},
                                  {QStringLiteral("error_description"), description}};
        if (hasState)
            answer.append({QStringLiteral("state"), state});
        record.error = error;
        record.errorDescription = description;
        record.redirect = oauthwire::withQuery(redirect, answer);
        return redirectTo(record.redirect);
    };

    if (oauthwire::value(params, QStringLiteral("response_type")) != QLatin1String("code"))
        return failWith(QStringLiteral("unsupported_response_type"),
                        QStringLiteral("Only response_type=code is supported"));
    const QStringList scopes
        = oauthwire::splitScopes(oauthwire::value(params, QStringLiteral("scope")));
    if (scopes.isEmpty())
        return failWith(QStringLiteral("invalid_scope"), QStringLiteral("No scope requested"));
    for (const QString &scope : scopes) {
        if (!KnownScopes.contains(scope))
            return failWith(QStringLiteral("invalid_scope"),
                            QStringLiteral("Invalid scope(s): ") + scope);
    }

    const QString challenge = oauthwire::value(params, QStringLiteral("code_challenge"));
    const bool hasMethod = oauthwire::contains(params, QStringLiteral("code_challenge_method"));
    const QString method = oauthwire::value(params, QStringLiteral("code_challenge_method"));
    if (hasMethod && method != QLatin1String("S256"))
        return failWith(QStringLiteral("invalid_request"),
                        QStringLiteral("Unsupported code_challenge_method"));
    if (!challenge.isEmpty() && !hasMethod)
        return failWith(QStringLiteral("invalid_request"),
                        QStringLiteral("Unsupported code_challenge_method"));
    if (hasMethod && challenge.isEmpty())
        return failWith(QStringLiteral("invalid_request"),
                        QStringLiteral("Missing code_challenge"));
    if (!challenge.isEmpty() && !isValidChallenge(challenge))
        return failWith(QStringLiteral("invalid_request"),
                        QStringLiteral("Invalid code_challenge"));
    if (challenge.isEmpty() && client.isPublic())
        return failWith(QStringLiteral("invalid_request"),
                        QStringLiteral("code_challenge is required for public clients"));
    if (!challenge.isEmpty() && scopes.contains(QLatin1String("role_connections.write")))
        return failWith(QStringLiteral("invalid_scope"),
                        QStringLiteral("role_connections.write cannot be used with PKCE"));

    const QString prompt = oauthwire::value(params, QStringLiteral("prompt"));
    const bool signedIn = m_users.contains(m_browserUserId);
    const bool skipConsent = signedIn && prompt == QLatin1String("none")
        && m_grants.isApproved(client.id, m_browserUserId, scopes);
    const BrowserDecision decision = !signedIn ? BrowserDecision::Abandon
        : skipConsent                          ? BrowserDecision::Approve
                                               : m_decision;
    switch (decision) {
    case BrowserDecision::Abandon:
        return HttpResponse::raw(200, "text/html; charset=utf-8",
                                 "<!doctype html><html><body><h1>Authorize access</h1>"
                                 "<p>Waiting for the user.</p></body></html>");
    case BrowserDecision::Deny:
        return failWith(QStringLiteral("access_denied"),
                        QStringLiteral("The resource owner or authorization server denied the "
                                       "request"));
    case BrowserDecision::Approve:
        break;
    }

    OAuthGrants::Code code;
    code.clientId = client.id;
    code.userId = m_browserUserId;
    code.redirectUri = oauthwire::value(params, QStringLiteral("redirect_uri"));
    code.scopes = scopes;
    code.challenge = challenge;
    code.issuedAtMs = m_rest.nowMs();
    oauthwire::Params answer {{QStringLiteral("code"), m_grants.addCode(code)}};
    if (hasState)
        answer.append({QStringLiteral("state"), state});
    record.redirect = oauthwire::withQuery(redirect, answer);
    return redirectTo(record.redirect);
}

} // namespace ballsdex::fakediscord

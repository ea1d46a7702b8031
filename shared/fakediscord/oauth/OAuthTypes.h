// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace ballsdex::fakediscord {

/// What the scripted browser user does on the consent screen.
enum class BrowserDecision {
    Approve, ///< 302 to redirect_uri?code=…&state=…
    Deny, ///< 302 to redirect_uri?error=access_denied&error_description=…&state=…
    Abandon, ///< 200 consent page and no redirect (the user closed the tab)
};

/// How a Bearer call without the needed scope is answered. Community reports show Discord
/// answering 401 {"message":"401: Unauthorized","code":0}; 403 50001 is the alternative.
enum class MissingScopeStyle { Unauthorized, MissingAccess };

/// An application as registered in the developer portal.
struct OAuthClient
{
    QString id;
    QString secret; ///< empty: a public client
    /// "Public Client" in the portal: the code exchange and refresh may omit the secret (then
    /// PKCE is mandatory). Implied by an empty secret.
    bool publicClient = false;
    QStringList redirectUris; ///< matched exactly (trailing slash included)
    /// http://127.0.0.1 / http://[::1] redirect URIs match on any port (RFC 8252 §7.3).
    bool loopbackAnyPort = true;

    [[nodiscard]] bool isPublic() const { return publicClient || secret.isEmpty(); }
};

/// A Discord account (the one signed in in the browser, or any user tokens are issued for).
struct FakeUser
{
    QString id;
    QString username;
    QString globalName; ///< empty → null
    QString avatar; ///< hash; empty → null
    bool mfaEnabled = false;
    QString email; ///< returned only with the email scope
    bool verified = true;
    QString locale = QStringLiteral("en-US");
    int flags = 0;
    int premiumType = 0;

    /// The GET /users/@me shape; email/verified only when withEmail.
    [[nodiscard]] QJsonObject toJson(bool withEmail = false) const;
};

/// A user's membership in a guild: what GET /users/@me/guilds and …/member return.
struct GuildMembership
{
    QString guildId;
    QStringList roleIds;
    bool owner = false;
    QString permissions = QStringLiteral("0"); ///< the user's permissions bitfield as a string
    QString nick; ///< empty → null
    QString joinedAt = QStringLiteral("2024-01-01T00:00:00.000000+00:00");
    bool pending = false;
};

/// One request to an OAuth endpoint, as the fake understood it.
struct OAuthRecord
{
    enum class Endpoint { Authorize, Token, Revoke };

    Endpoint endpoint = Endpoint::Authorize;
    QString path;
    QList<std::pair<QString, QString>> params; ///< decoded query (authorize) or form (token)
    QByteArray authorization; ///< the Authorization header as sent
    QByteArray contentType;
    int status = 0;
    QString error; ///< RFC 6749 error code, empty on success
    QString errorDescription;
    QUrl redirect; ///< Location of an authorize answer
    qint64 atMs = 0; ///< FakeDiscordRest::nowMs()

    [[nodiscard]] bool has(const QString &name) const;
    [[nodiscard]] QString param(const QString &name) const;
};

/// What a successful token exchange or refresh produced.
struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
    QStringList scopes;
    qint64 expiresAtMs = 0; ///< on the FakeDiscordRest clock
};

} // namespace ballsdex::fakediscord

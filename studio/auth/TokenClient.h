// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoroTask>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace ballsdex::studio {

/// What the token endpoint granted. The access token stays in memory; the refresh token is
/// what the secret store keeps.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QStringList scopes;
    QDateTime expiresAt; ///< UTC
};

/// Discord's OAuth2 token endpoints for a public (PKCE) client: no client secret ever travels.
/// Coroutines copy what they need before suspending, so the client may be destroyed while a
/// request is in flight; the network manager must live until the request ends.
class TokenClient final
{
public:
    TokenClient(QNetworkAccessManager *network, QUrl tokenUrl, QUrl revokeUrl, QString clientId);

    /// grant_type=authorization_code with the PKCE verifier and the exact redirect_uri.
    QCoro::Task<Result<TokenSet, AuthError>> exchangeCode(QString code, QByteArray verifier,
                                                          QUrl redirectUri) const;
    /// grant_type=refresh_token; Discord rotates the refresh token, so store the new one.
    QCoro::Task<Result<TokenSet, AuthError>> refresh(QString refreshToken) const;
    /// Revokes the whole authorization the token belongs to (RFC 7009).
    QCoro::Task<Result<void, AuthError>> revoke(QString token, QString tokenTypeHint) const;

private:
    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    QUrl m_revokeUrl;
    QString m_clientId;
};

} // namespace ballsdex::studio

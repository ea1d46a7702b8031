// SPDX-License-Identifier: MIT
#pragma once

#include "OAuthTypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ballsdex::fakediscord {

/// Authorization codes, grants (one per approved authorization) and their tokens. Times are
/// milliseconds on the caller's clock.
class OAuthGrants final
{
public:
    static constexpr qint64 CodeLifetimeMs = 10LL * 60 * 1000;
    static constexpr qint64 AccessTokenLifetimeMs = 7LL * 24 * 60 * 60 * 1000;

    struct Code
    {
        QString clientId;
        QString userId;
        QString redirectUri;
        QStringList scopes;
        QString challenge; ///< S256 code_challenge, empty without PKCE
        qint64 issuedAtMs = 0;
        bool used = false;
        int grantId = 0; ///< the grant the first exchange created
    };
    struct Grant
    {
        int id = 0;
        QString clientId;
        QString userId;
        QStringList scopes;
        qint64 createdAtMs = 0;
        bool revoked = false;
    };

    [[nodiscard]] QString addCode(Code code);
    [[nodiscard]] Code *code(const QString &code);

    [[nodiscard]] IssuedTokens createGrant(const QString &clientId, const QString &userId,
                                           const QStringList &scopes, qint64 nowMs);
    /// A new access token and refresh token; the old refresh token stops working.
    [[nodiscard]] std::optional<IssuedTokens> rotate(const QString &refreshToken, qint64 nowMs);

    /// The grant of a live (known, unexpired, unrevoked) access token.
    [[nodiscard]] const Grant *grantOfAccessToken(const QString &token, qint64 nowMs) const;
    /// The grant of a current refresh token of an unrevoked grant.
    [[nodiscard]] const Grant *grantOfRefreshToken(const QString &token) const;
    /// The grant an access or refresh token belongs to, whatever its state (0 when unknown).
    [[nodiscard]] int grantIdOf(const QString &token) const;
    [[nodiscard]] const Grant *grant(int grantId) const;
    [[nodiscard]] std::optional<qint64> accessTokenExpiry(const QString &token) const;

    void revokeGrant(int grantId);
    void revokeUser(const QString &userId);
    void expireAccessToken(const QString &token, qint64 nowMs);
    /// A live grant of this client and user covers every scope (prompt=none may skip consent).
    [[nodiscard]] bool isApproved(const QString &clientId, const QString &userId,
                                  const QStringList &scopes) const;

private:
    IssuedTokens issue(Grant &grant, qint64 nowMs);

    QHash<QString, Code> m_codes;
    QHash<int, Grant> m_grants;
    QHash<QString, std::pair<int, qint64>> m_access; ///< token → (grant, expiry)
    QHash<QString, int> m_refresh; ///< current refresh tokens → grant
    QHash<QString, int> m_retiredRefresh; ///< rotated refresh tokens → grant
    int m_nextGrantId = 1;
};

} // namespace ballsdex::fakediscord

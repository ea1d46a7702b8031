// SPDX-License-Identifier: MIT
#include "OAuthGrants.h"

#include "OAuthWire.h"

namespace ballsdex::fakediscord {

QString OAuthGrants::addCode(Code code)
{
    QString value;
    do {
        value = oauthwire::randomToken(30);
    } while (m_codes.contains(value));
    m_codes.insert(value, std::move(code));
    return value;
}

OAuthGrants::Code *OAuthGrants::code(const QString &code)
{
    const auto found = m_codes.find(code);
    return found == m_codes.end() ? nullptr : &*found;
}

IssuedTokens OAuthGrants::createGrant(const QString &clientId, const QString &userId,
                                      const QStringList &scopes, qint64 nowMs)
{
    Grant grant;
    grant.id = m_nextGrantId++;
    grant.clientId = clientId;
    grant.userId = userId;
    grant.scopes = scopes;
    grant.createdAtMs = nowMs;
    Grant &stored = *m_grants.insert(grant.id, grant);
    return issue(stored, nowMs);
}

std::optional<IssuedTokens> OAuthGrants::rotate(const QString &refreshToken, qint64 nowMs)
{
    const Grant *current = grantOfRefreshToken(refreshToken);
    if (!current)
        return std::nullopt;
    const int grantId = current->id;
    m_refresh.remove(refreshToken);
    m_retiredRefresh.insert(refreshToken, grantId);
    return issue(m_grants[grantId], nowMs);
}

IssuedTokens OAuthGrants::issue(Grant &grant, qint64 nowMs)
{
    IssuedTokens tokens;
    do {
        tokens.accessToken = oauthwire::randomToken(30);
    } while (m_access.contains(tokens.accessToken));
    do {
        tokens.refreshToken = oauthwire::randomToken(30);
    } while (m_refresh.contains(tokens.refreshToken)
             || m_retiredRefresh.contains(tokens.refreshToken));
    tokens.scopes = grant.scopes;
    tokens.expiresAtMs = nowMs + AccessTokenLifetimeMs;
    m_access.insert(tokens.accessToken, {grant.id, tokens.expiresAtMs});
    m_refresh.insert(tokens.refreshToken, grant.id);
    return tokens;
}

const OAuthGrants::Grant *OAuthGrants::grantOfAccessToken(const QString &token, qint64 nowMs) const
{
    const auto found = m_access.constFind(token);
    if (found == m_access.cend() || found->second <= nowMs)
        return nullptr;
    const Grant *owner = grant(found->first);
    return owner && !owner->revoked ? owner : nullptr;
}

const OAuthGrants::Grant *OAuthGrants::grantOfRefreshToken(const QString &token) const
{
    const auto found = m_refresh.constFind(token);
    if (found == m_refresh.cend())
        return nullptr;
    const Grant *owner = grant(*found);
    return owner && !owner->revoked ? owner : nullptr;
}

int OAuthGrants::grantIdOf(const QString &token) const
{
    if (const auto access = m_access.constFind(token); access != m_access.cend())
        return access->first;
    return m_refresh.value(token, m_retiredRefresh.value(token, 0));
}

const OAuthGrants::Grant *OAuthGrants::grant(int grantId) const
{
    const auto found = m_grants.constFind(grantId);
    return found == m_grants.cend() ? nullptr : &*found;
}

std::optional<qint64> OAuthGrants::accessTokenExpiry(const QString &token) const
{
    const auto found = m_access.constFind(token);
    if (found == m_access.cend())
        return std::nullopt;
    return found->second;
}

void OAuthGrants::revokeGrant(int grantId)
{
    const auto found = m_grants.find(grantId);
    if (found != m_grants.end())
        found->revoked = true;
}

void OAuthGrants::revokeUser(const QString &userId)
{
    for (Grant &each : m_grants) {
        if (each.userId == userId)
            each.revoked = true;
    }
}

void OAuthGrants::expireAccessToken(const QString &token, qint64 nowMs)
{
    const auto found = m_access.find(token);
    if (found != m_access.end())
        found->second = std::min(found->second, nowMs);
}

bool OAuthGrants::isApproved(const QString &clientId, const QString &userId,
                             const QStringList &scopes) const
{
    for (const Grant &each : m_grants) {
        if (each.revoked || each.clientId != clientId || each.userId != userId)
            continue;
        if (std::all_of(scopes.begin(), scopes.end(),
                        [&each](const QString &scope) { return each.scopes.contains(scope); }))
            return true;
    }
    return false;
}

} // namespace ballsdex::fakediscord

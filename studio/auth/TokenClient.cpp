// SPDX-License-Identifier: MIT
#include "auth/TokenClient.h"

#include "auth/AuthHttp.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace ballsdex::studio {

namespace {

Result<TokenSet, AuthError> parseTokens(const authhttp::Answer &answer)
{
    if (!answer.isSuccess())
        return fail(authhttp::oauthError(answer));
    const auto json = answer.json();
    if (!json)
        return fail(AuthError {AuthError::Kind::ServerError,
                               QStringLiteral("the token endpoint did not answer JSON")});
    TokenSet tokens;
    tokens.accessToken = json->value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json->value(QStringLiteral("refresh_token")).toString();
    tokens.scopes = json->value(QStringLiteral("scope"))
                        .toString()
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int expiresIn = json->value(QStringLiteral("expires_in")).toInt();
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    const QString type = json->value(QStringLiteral("token_type")).toString();
    if (tokens.accessToken.isEmpty() || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive))
        return fail(
            AuthError {AuthError::Kind::ServerError,
                       QStringLiteral("the token endpoint answered without a Bearer token")});
    return tokens;
}

QCoro::Task<Result<TokenSet, AuthError>> requestTokens(QNetworkAccessManager *network, QUrl url,
                                                       QByteArray body)
{
    const authhttp::Answer answer = co_await authhttp::postForm(network, url, body);
    co_return parseTokens(answer);
}

QCoro::Task<Result<void, AuthError>> requestRevoke(QNetworkAccessManager *network, QUrl url,
                                                   QByteArray body)
{
    const authhttp::Answer answer = co_await authhttp::postForm(network, url, body);
    if (!answer.isSuccess())
        co_return fail(authhttp::oauthError(answer));
    co_return Result<void, AuthError> {};
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, QUrl tokenUrl, QUrl revokeUrl,
                         QString clientId)
    : m_network(network)
    , m_tokenUrl(std::move(tokenUrl))
    , m_revokeUrl(std::move(revokeUrl))
    , m_clientId(std::move(clientId))
{
}

// The public calls build their form here, outside any coroutine frame (GCC 12 destroys some
// temporaries of braced lists twice inside coroutines), then hand it to the request coroutine.
QCoro::Task<Result<TokenSet, AuthError>>
TokenClient::exchangeCode(QString code, QByteArray verifier, QUrl redirectUri) const
{
    const authhttp::Form form {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
    };
    return requestTokens(m_network, m_tokenUrl, authhttp::encodeForm(form));
}

QCoro::Task<Result<TokenSet, AuthError>> TokenClient::refresh(QString refreshToken) const
{
    const authhttp::Form form {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("client_id"), m_clientId},
    };
    return requestTokens(m_network, m_tokenUrl, authhttp::encodeForm(form));
}

QCoro::Task<Result<void, AuthError>> TokenClient::revoke(QString token, QString tokenTypeHint) const
{
    authhttp::Form form {
        {QStringLiteral("token"), token},
        {QStringLiteral("client_id"), m_clientId},
    };
    if (!tokenTypeHint.isEmpty())
        form.append({QStringLiteral("token_type_hint"), tokenTypeHint});
    return requestRevoke(m_network, m_revokeUrl, authhttp::encodeForm(form));
}

} // namespace ballsdex::studio

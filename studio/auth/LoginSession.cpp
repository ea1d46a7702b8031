// SPDX-License-Identifier: MIT
#include "auth/LoginSession.h"

#include "auth/AuthHttp.h"
#include "auth/IdentityClient.h"
#include "auth/Pkce.h"
#include "util/Logging.h"

#include <QCoroSignal>
#include <QNetworkAccessManager>

// Every coroutine here re-checks isCurrent() after each co_await: the session may have been
// destroyed, or a newer operation may have started, while it was suspended.

namespace ballsdex::studio {

namespace {

bool dropsGrant(AuthError::Kind kind)
{
    return kind == AuthError::Kind::NoTwoFactor || kind == AuthError::Kind::NoRole
        || kind == AuthError::Kind::NotInAdminGuild;
}

AuthError error(AuthError::Kind kind, const QString &detail = {})
{
    return AuthError {kind, detail};
}

} // namespace

LoginSession::LoginSession(domain::StudioLoginSettings settings, SecretStore &secrets,
                           QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

LoginSession::~LoginSession() = default;

void LoginSession::setBrowserOpener(std::function<void(const QUrl &)> opener)
{
    m_openBrowser = std::move(opener);
}

void LoginSession::setCallbackTimeout(std::chrono::milliseconds timeout)
{
    m_callbackTimeout = timeout;
}

void LoginSession::setCallbackPort(quint16 port)
{
    m_callbackPort = port;
}

QString LoginSession::refreshTokenKey() const
{
    if (!m_settings.clientId)
        return {};
    return QStringLiteral("discord/%1/refresh-token").arg(*m_settings.clientId);
}

QUrl LoginSession::redirectUri() const
{
    return isListening() ? m_listener->redirectUri() : QUrl();
}

bool LoginSession::isListening() const
{
    return m_listener && m_listener->isListening();
}

void LoginSession::login()
{
    runLogin(begin());
}

void LoginSession::resume()
{
    runResume(begin());
}

void LoginSession::refresh()
{
    runRefresh(begin());
}

void LoginSession::logout()
{
    runLogout(begin());
}

void LoginSession::cancel()
{
    ++m_generation;
    if (m_listener)
        m_listener->cancel();
    end();
}

QCoro::Task<void> LoginSession::runLogin(quint64 generation)
{
    const QPointer<LoginSession> self(this);
    if (!m_settings.clientId) {
        failWith(error(AuthError::Kind::NotConfigured));
        co_return;
    }
    if (!m_openBrowser) {
        failWith(error(AuthError::Kind::NotConfigured, QStringLiteral("no browser to open")));
        co_return;
    }
    const PkcePair pkce = PkcePair::generate();
    const QString state = QString::fromLatin1(randomUrlSafeToken());
    m_flowSecrets.append(state);
    m_flowSecrets.append(QString::fromLatin1(pkce.verifier));

    auto *listener = new LoopbackListener(this);
    m_listener = listener;
    const auto started = listener->start(state, m_callbackPort, m_callbackTimeout);
    if (!started) {
        listener->deleteLater();
        failWith(started.error());
        co_return;
    }
    const QUrl redirect = listener->redirectUri();
    const QUrl authorize = authorizeUrl(redirect, state, pkce.challenge);
    setStatus(tr("Waiting for the browser…"));
    m_openBrowser(authorize);
    if (!listener->isFinished())
        co_await qCoro(listener, &LoopbackListener::finished);
    if (!self)
        co_return;
    const Result<QString, AuthError> callback = listener->outcome();
    listener->deleteLater();
    if (!isCurrent(self, generation))
        co_return;
    if (!callback) {
        failWith(callback.error());
        co_return;
    }
    m_flowSecrets.append(*callback);

    setStatus(tr("Signing in to Discord…"));
    const TokenClient client = tokenClient();
    const auto tokens = co_await client.exchangeCode(*callback, pkce.verifier, redirect);
    if (!isCurrent(self, generation))
        co_return;
    if (!tokens) {
        failWith(tokens.error());
        co_return;
    }
    co_await establish(generation, *tokens);
}

QCoro::Task<void> LoginSession::runResume(quint64 generation)
{
    const QPointer<LoginSession> self(this);
    if (!m_settings.clientId) {
        failWith(error(AuthError::Kind::NotConfigured));
        co_return;
    }
    setStatus(tr("Restoring your Discord login…"));
    const QString key = refreshTokenKey();
    const auto stored = co_await m_secrets.read(key);
    if (!isCurrent(self, generation))
        co_return;
    if (!stored) {
        failWith(error(AuthError::Kind::Keychain, stored.error()));
        co_return;
    }
    if (!stored->has_value()) {
        failWith(error(AuthError::Kind::NoSavedLogin));
        co_return;
    }
    const QString refreshToken = **stored;
    m_flowSecrets.append(refreshToken);

    const TokenClient client = tokenClient();
    const auto tokens = co_await client.refresh(refreshToken);
    if (!isCurrent(self, generation))
        co_return;
    if (!tokens) {
        // Only a refused token is forgotten; an outage must not cost the saved login.
        if (tokens.error().kind == AuthError::Kind::InvalidGrant) {
            const auto removed = co_await m_secrets.remove(key);
            if (!isCurrent(self, generation))
                co_return;
            if (!removed)
                qCWarning(lcStudio)
                    << "could not forget the refused Discord login:" << removed.error();
        }
        failWith(tokens.error());
        co_return;
    }
    co_await establish(generation, *tokens);
}

QCoro::Task<void> LoginSession::establish(quint64 generation, TokenSet tokens)
{
    const QPointer<LoginSession> self(this);
    m_flowSecrets.append(tokens.accessToken);
    m_flowSecrets.append(tokens.refreshToken);
    setStatus(tr("Checking your Discord roles…"));
    const IdentityClient client = identityClient();
    const domain::StudioLoginSettings settings = m_settings;
    const auto identity = co_await client.identify(tokens.accessToken, settings);
    if (!isCurrent(self, generation))
        co_return;
    if (!identity) {
        if (dropsGrant(identity.error().kind)) {
            co_await forget(generation, tokens.refreshToken);
            if (!isCurrent(self, generation))
                co_return;
        }
        failWith(identity.error());
        co_return;
    }

    const QString key = refreshTokenKey();
    const auto stored = co_await m_secrets.write(key, tokens.refreshToken);
    if (!isCurrent(self, generation))
        co_return;
    if (!stored)
        qCWarning(lcStudio) << "the Discord login works but could not be saved:" << stored.error();
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_expiresAt = tokens.expiresAt;
    m_identity = *identity;
    qCInfo(lcStudio) << "logged in with Discord as" << identity->discordId << "role"
                     << roleKey(identity->role);
    end();
    Q_EMIT loggedIn(*identity);
}

QCoro::Task<void> LoginSession::forget(quint64 generation, QString token)
{
    const QPointer<LoginSession> self(this);
    const TokenClient client = tokenClient();
    const QString hint = QStringLiteral("refresh_token");
    const auto revoked = co_await client.revoke(token, hint);
    if (!isCurrent(self, generation))
        co_return;
    if (!revoked)
        qCWarning(lcStudio) << "could not revoke the Discord authorization:"
                            << authErrorKey(revoked.error().kind);
    const QString key = refreshTokenKey();
    const auto removed = co_await m_secrets.remove(key);
    if (!isCurrent(self, generation))
        co_return;
    if (!removed)
        qCWarning(lcStudio) << "could not forget the saved Discord login:" << removed.error();
    clearTokens();
}

QCoro::Task<void> LoginSession::runRefresh(quint64 generation)
{
    const QPointer<LoginSession> self(this);
    if (!m_settings.clientId || m_refreshToken.isEmpty()) {
        failWith(error(m_settings.clientId ? AuthError::Kind::NoSavedLogin
                                           : AuthError::Kind::NotConfigured));
        co_return;
    }
    setStatus(tr("Refreshing your Discord login…"));
    const QString refreshToken = m_refreshToken;
    const TokenClient client = tokenClient();
    const auto tokens = co_await client.refresh(refreshToken);
    if (!isCurrent(self, generation))
        co_return;
    if (!tokens) {
        if (tokens.error().kind == AuthError::Kind::InvalidGrant) {
            const QString key = refreshTokenKey();
            const auto removed = co_await m_secrets.remove(key);
            if (!isCurrent(self, generation))
                co_return;
            if (!removed)
                qCWarning(lcStudio)
                    << "could not forget the refused Discord login:" << removed.error();
            clearTokens();
        }
        failWith(tokens.error());
        co_return;
    }
    m_flowSecrets.append(tokens->refreshToken);
    const QString key = refreshTokenKey();
    const auto stored = co_await m_secrets.write(key, tokens->refreshToken);
    if (!isCurrent(self, generation))
        co_return;
    if (!stored)
        qCWarning(lcStudio) << "the refreshed Discord login could not be saved:" << stored.error();
    m_accessToken = tokens->accessToken;
    m_refreshToken = tokens->refreshToken;
    m_expiresAt = tokens->expiresAt;
    end();
    Q_EMIT tokensRefreshed();
}

QCoro::Task<void> LoginSession::runLogout(quint64 generation)
{
    const QPointer<LoginSession> self(this);
    setStatus(tr("Logging out…"));
    const QString key = refreshTokenKey();
    QString token = m_refreshToken;
    QString hint = QStringLiteral("refresh_token");
    if (token.isEmpty() && !m_accessToken.isEmpty()) {
        token = m_accessToken;
        hint = QStringLiteral("access_token");
    }
    clearTokens();
    if (token.isEmpty() && !key.isEmpty()) {
        const auto stored = co_await m_secrets.read(key);
        if (!isCurrent(self, generation))
            co_return;
        if (stored && stored->has_value())
            token = **stored;
    }
    if (!token.isEmpty() && m_settings.clientId) {
        const TokenClient client = tokenClient();
        const auto revoked = co_await client.revoke(token, hint);
        if (!isCurrent(self, generation))
            co_return;
        if (!revoked)
            qCWarning(lcStudio) << "logout: Discord did not confirm the revocation:"
                                << authErrorKey(revoked.error().kind);
    }
    std::optional<QString> keychainError;
    if (!key.isEmpty()) {
        const auto removed = co_await m_secrets.remove(key);
        if (!isCurrent(self, generation))
            co_return;
        if (!removed)
            keychainError = removed.error();
    }
    end();
    if (keychainError)
        Q_EMIT failed(error(AuthError::Kind::Keychain, *keychainError));
    Q_EMIT loggedOut();
}

bool LoginSession::isCurrent(const QPointer<LoginSession> &self, quint64 generation)
{
    return self && self->m_generation == generation;
}

quint64 LoginSession::begin()
{
    ++m_generation;
    if (m_listener)
        m_listener->cancel();
    m_flowSecrets.clear();
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
    return m_generation;
}

void LoginSession::end()
{
    m_flowSecrets.clear();
    setStatus(QString());
    if (m_busy) {
        m_busy = false;
        Q_EMIT busyChanged(false);
    }
}

void LoginSession::failWith(const AuthError &failure)
{
    QStringList secrets = m_flowSecrets;
    secrets << m_accessToken << m_refreshToken;
    const AuthError safe = failure.withoutSecrets(secrets);
    qCInfo(lcStudio) << "Discord login failed:" << authErrorKey(safe.kind) << safe.detail;
    end();
    Q_EMIT failed(safe);
}

void LoginSession::setStatus(const QString &text)
{
    Q_EMIT statusChanged(text);
}

void LoginSession::clearTokens()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    m_identity.reset();
}

TokenClient LoginSession::tokenClient() const
{
    return TokenClient(m_network, m_settings.tokenUrl(), m_settings.revokeUrl(),
                       QString::number(m_settings.clientId.value_or(0)));
}

IdentityClient LoginSession::identityClient() const
{
    return IdentityClient(m_network, m_settings.apiBaseUrl);
}

QUrl LoginSession::authorizeUrl(const QUrl &redirect, const QString &state,
                                const QByteArray &challenge) const
{
    const authhttp::Form form {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QString::number(m_settings.clientId.value_or(0))},
        {QStringLiteral("scope"), QLatin1String(Scopes)},
        {QStringLiteral("redirect_uri"), redirect.toString(QUrl::FullyEncoded)},
        {QStringLiteral("state"), state},
        {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    QUrl url = m_settings.authorizeUrl;
    const QString existing = url.query(QUrl::FullyEncoded);
    const QString added = QString::fromLatin1(authhttp::encodeForm(form));
    url.setQuery(existing.isEmpty() ? added : existing + QLatin1Char('&') + added,
                 QUrl::StrictMode);
    return url;
}

} // namespace ballsdex::studio

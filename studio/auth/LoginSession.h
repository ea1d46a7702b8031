// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/LoopbackListener.h"
#include "auth/SecretStore.h"
#include "auth/TokenClient.h"
#include "domain/StudioLoginSettings.h"
#include "session/StudioRole.h"

#include <QCoroTask>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ballsdex::studio {

class IdentityClient;

/// Discord login for Studio, the object the login dialog drives: the browser flow (PKCE public
/// client, loopback redirect), resuming from the stored refresh token, refresh, logout. Roles are
/// checked again at every login and resume. The access token lives in memory only; the refresh
/// token lives in the SecretStore under refreshTokenKey(). One operation at a time: starting
/// one abandons the one in progress. Every operation ends with exactly one of loggedIn,
/// tokensRefreshed, loggedOut or failed (cancel() ends it silently).
class LoginSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginSession)

public:
    /// Least privilege: the profile (with mfa_enabled) and the member object of the admin guilds.
    static constexpr const char *Scopes = "identify guilds.members.read";

    /// Without a network manager the session makes its own. `secrets` must outlive the session.
    LoginSession(domain::StudioLoginSettings settings, SecretStore &secrets,
                 QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~LoginSession() override;

    /// How the authorize URL reaches the system browser (the app: QDesktopServices::openUrl).
    void setBrowserOpener(std::function<void(const QUrl &)> opener);
    /// How long login() waits for the browser's redirect (default 5 minutes).
    void setCallbackTimeout(std::chrono::milliseconds timeout);
    /// A fixed loopback port for the redirect (0, the default: any free port).
    void setCallbackPort(quint16 port);

    [[nodiscard]] const domain::StudioLoginSettings &settings() const { return m_settings; }
    /// "discord/<clientId>/refresh-token" (empty without a client id).
    [[nodiscard]] QString refreshTokenKey() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isLoggedIn() const { return m_identity.has_value(); }
    [[nodiscard]] std::optional<StudioIdentity> identity() const { return m_identity; }
    /// For Discord calls on the person's behalf; empty when logged out.
    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    [[nodiscard]] QDateTime accessTokenExpiresAt() const { return m_expiresAt; }
    /// While login() waits for the browser: the redirect URI it listens on, else empty.
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] bool isListening() const;

public Q_SLOTS:
    /// Browser flow: opens the authorize page and waits for the redirect.
    void login();
    /// Refresh with the stored token, then identity and role; no browser.
    void resume();
    /// A new access token from the refresh token (e.g. after a 401); roles are not re-read.
    void refresh();
    /// Revokes the authorization at Discord (best effort), forgets the stored token.
    void logout();
    /// Abandons the operation in progress; the listener stops, nothing is emitted.
    void cancel();

Q_SIGNALS:
    void loggedIn(const ballsdex::studio::StudioIdentity &identity);
    void tokensRefreshed();
    void loggedOut();
    void failed(const ballsdex::studio::AuthError &error);
    /// What is going on, for the dialog ("Waiting for the browser…"); empty when idle.
    void statusChanged(const QString &text);
    void busyChanged(bool busy);

private:
    QCoro::Task<void> runLogin(quint64 generation);
    QCoro::Task<void> runResume(quint64 generation);
    QCoro::Task<void> runRefresh(quint64 generation);
    QCoro::Task<void> runLogout(quint64 generation);
    /// Identity, role, storing the refresh token, loggedIn; drops the grant of a person
    /// without standing.
    QCoro::Task<void> establish(quint64 generation, TokenSet tokens);
    QCoro::Task<void> forget(quint64 generation, QString token);

    [[nodiscard]] static bool isCurrent(const QPointer<LoginSession> &self, quint64 generation);
    quint64 begin();
    void end();
    void failWith(const AuthError &error);
    void setStatus(const QString &text);
    void clearTokens();
    [[nodiscard]] TokenClient tokenClient() const;
    [[nodiscard]] IdentityClient identityClient() const;
    [[nodiscard]] QUrl authorizeUrl(const QUrl &redirect, const QString &state,
                                    const QByteArray &challenge) const;

    domain::StudioLoginSettings m_settings;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network = nullptr;
    std::function<void(const QUrl &)> m_openBrowser;
    std::chrono::milliseconds m_callbackTimeout = LoopbackListener::DefaultTimeout;
    quint16 m_callbackPort = 0;
    QPointer<LoopbackListener> m_listener;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::optional<StudioIdentity> m_identity;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    QStringList m_flowSecrets; ///< state, verifier, code, tokens of the operation in progress
};

} // namespace ballsdex::studio

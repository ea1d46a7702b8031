// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ballsdex::studio {

/// Why a Discord login, resume, refresh or logout did not work. `message()` is what the UI shows;
/// neither it nor `detail` ever holds a token, code or PKCE verifier.
struct AuthError
{
    enum class Kind {
        NotConfigured, ///< no client id, no browser, or Discord refused the application
        Denied, ///< the person declined on Discord's consent page
        StateMismatch, ///< a redirect that does not belong to this login attempt
        Timeout, ///< no redirect came back in time
        Network, ///< Discord (or the local port) could not be reached
        InvalidGrant, ///< code or refresh token no longer accepted (expired, revoked)
        ServerError, ///< Discord answered 5xx, HTML, or an unexpected error
        NoTwoFactor, ///< the Discord account has no two-factor authentication
        NoRole, ///< member of an admin guild but without a Studio role
        NotInAdminGuild, ///< not a member of any admin guild
        NoSavedLogin, ///< resume() found no refresh token in the secret store
        Keychain, ///< the secret store failed
        Cancelled, ///< cancel() was called (LoginSession does not report it as a failure)
    };

    Kind kind = Kind::ServerError;
    /// What Discord or the system said, for the "details" line (may be empty).
    QString detail;

    /// Translated sentence(s) for the person at the keyboard, with the detail appended.
    [[nodiscard]] QString message() const;
    /// The same error with every occurrence of these values in the detail replaced.
    [[nodiscard]] AuthError withoutSecrets(const QStringList &secrets) const;

    friend bool operator==(const AuthError &, const AuthError &) = default;
};

/// Stable name of a kind for logs and tests ("denied", "no-role"…).
[[nodiscard]] QString authErrorKey(AuthError::Kind kind);

} // namespace ballsdex::studio

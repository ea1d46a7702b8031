// SPDX-License-Identifier: MIT
#include "auth/AuthError.h"

#include <QCoreApplication>

namespace ballsdex::studio {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AuthError", text);
}

const char *summary(AuthError::Kind kind)
{
    using Kind = AuthError::Kind;
    switch (kind) {
    case Kind::NotConfigured:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "Discord login is not set up for this BallsDex instance. Ask the bot's owner to "
            "check the application (client) id and that it allows public clients.");
    case Kind::Denied:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "You declined the authorization on Discord, so Studio was not given access to "
            "your account.");
    case Kind::StateMismatch:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "The browser returned an answer that does not belong to this login attempt, so "
            "it was refused. Please start the login again.");
    case Kind::Timeout:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "No answer came back from the browser in time. Please start the login again "
            "and finish it in the browser.");
    case Kind::Network:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "Discord could not be reached. Check your internet connection and try again.");
    case Kind::InvalidGrant:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "Discord no longer accepts this login (it expired or was revoked). Please log "
            "in with Discord again.");
    case Kind::ServerError:
        return QT_TRANSLATE_NOOP("AuthError",
                                 "Discord answered with an error. Please try again in a moment.");
    case Kind::NoTwoFactor:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "Your Discord account does not use two-factor authentication. Turn it on in "
            "Discord (User Settings, My Account) and log in again.");
    case Kind::NoRole:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "Your Discord account has no BallsDex role (owner, admin, staff or artist), so "
            "Studio cannot let you in.");
    case Kind::NotInAdminGuild:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "Your Discord account is not a member of the BallsDex admin server, so Studio "
            "cannot let you in.");
    case Kind::NoSavedLogin:
        return QT_TRANSLATE_NOOP(
            "AuthError",
            "There is no saved Discord login on this computer. Please log in with Discord.");
    case Kind::Keychain:
        return QT_TRANSLATE_NOOP("AuthError",
                                 "The system keychain could not be used to keep your login.");
    case Kind::Cancelled:
        return QT_TRANSLATE_NOOP("AuthError", "The login was cancelled.");
    }
    return QT_TRANSLATE_NOOP("AuthError", "The login failed.");
}

} // namespace

QString AuthError::message() const
{
    const QString text = translated(summary(kind));
    if (detail.isEmpty())
        return text;
    return text + QLatin1Char('\n')
        + QCoreApplication::translate("AuthError", "Details: %1").arg(detail);
}

AuthError AuthError::withoutSecrets(const QStringList &secrets) const
{
    AuthError copy = *this;
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            copy.detail.replace(secret, QStringLiteral("[hidden]"));
    }
    return copy;
}

QString authErrorKey(AuthError::Kind kind)
{
    using Kind = AuthError::Kind;
    switch (kind) {
    case Kind::NotConfigured:
        return QStringLiteral("not-configured");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::StateMismatch:
        return QStringLiteral("state-mismatch");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::InvalidGrant:
        return QStringLiteral("invalid-grant");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::NoTwoFactor:
        return QStringLiteral("no-two-factor");
    case Kind::NoRole:
        return QStringLiteral("no-role");
    case Kind::NotInAdminGuild:
        return QStringLiteral("not-in-admin-guild");
    case Kind::NoSavedLogin:
        return QStringLiteral("no-saved-login");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace ballsdex::studio

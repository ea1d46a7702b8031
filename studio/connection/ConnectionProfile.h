// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ballsdex::studio {

/// libpq's sslmode values, weakest first.
enum class SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull };

/// "disable", "allow", … as libpq spells them.
[[nodiscard]] QString sslModeKey(SslMode mode);
[[nodiscard]] std::optional<SslMode> sslModeFromKey(const QString &key);
/// verify-ca and verify-full check the server certificate against a root certificate.
[[nodiscard]] bool verifiesCertificate(SslMode mode);

/// Where Studio connects to PostgreSQL: everything but the password, which lives in memory or
/// in the SecretStore only.
struct ConnectionProfile
{
    static constexpr int DefaultPort = 5432;

    QString
        host; ///< host name, IP address, or absolute Unix-socket directory; empty: libpq default
    int port = DefaultPort;
    QString database;
    QString user;
    SslMode sslMode = SslMode::Prefer;
    QString sslRootCert; ///< root certificate file for verify-ca / verify-full
    QString applicationName = QStringLiteral("BallsDex Studio");
    /// Other libpq parameters found in a URL (connect_timeout, …), kept in order.
    QList<QPair<QString, QString>> extraParameters;

    /// Parses a postgres:// or postgresql:// URL. A password in it goes to `password` (when
    /// given), never into the profile. Errors are sentences naming the fix, without the password.
    static Result<ConnectionProfile, QString> fromUrl(const QString &url,
                                                      QString *password = nullptr);

    [[nodiscard]] bool isSocketDirectory() const { return host.startsWith(u'/'); }
    /// postgresql:// URL without any password.
    [[nodiscard]] QString toUrl() const;
    /// The same with the password, for APIs that take a URL; keep it in memory, never log it.
    [[nodiscard]] QString toUrlWithPassword(const QString &password) const
    {
        return buildUrl(password);
    }
    /// libpq keyword/value string; holds `password` when it is not empty (keep it in memory).
    [[nodiscard]] QString conninfo(const QString &password = {}) const;
    /// SecretStore key of this login's password: "database/<user>@<host>:<port>/<database>".
    [[nodiscard]] QString secretKey() const;
    /// "user@host:port/database", for lists and titles.
    [[nodiscard]] QString displayName() const;
    /// The root certificate file libpq will read: sslRootCert, else PGSSLROOTCERT, else
    /// ~/.postgresql/root.crt.
    [[nodiscard]] QString effectiveRootCertificate() const;
    /// The root certificate file the sslmode needs but that does not exist; nullopt when none is
    /// needed or it exists.
    [[nodiscard]] std::optional<QString> missingRootCertificate() const;
    /// What can be checked before connecting: a database and user are named, and the root
    /// certificate file exists when the sslmode verifies certificates. Translated sentences.
    [[nodiscard]] Result<void, QString> validate() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;

private:
    [[nodiscard]] QString buildUrl(const QString &password) const;
};

} // namespace ballsdex::studio

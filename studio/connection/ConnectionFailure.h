// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionProfile.h"

#include <QString>

namespace ballsdex::studio {

/// Why a connection test failed, with a translated sentence for the dialog. Never holds the
/// password.
struct ConnectionFailure
{
    enum class Kind {
        InvalidProfile, ///< refused before connecting (missing user, bad URL, …)
        MissingRootCertificate, ///< verify-ca / verify-full without the root certificate file
        Unreachable, ///< no server answered at host:port (or socket), or it timed out
        AuthenticationFailed, ///< wrong password or unknown user (28P01 / 28000)
        NotAllowed, ///< pg_hba.conf has no entry for this login from here
        DatabaseMissing, ///< 3D000
        TlsRefusedByServer, ///< TLS required by the profile, the server does not offer it
        TlsRequiredByServer, ///< the server accepts this login only over TLS
        CertificateRejected, ///< the server certificate failed verification
        SchemaMismatch, ///< the database schema is not the one this Studio knows
        NoStudioRole, ///< the login is in none of ballsdex_artist / _staff / _admin
        Other,
    };

    Kind kind = Kind::Other;
    QString message; ///< translated, names what to do
    QString detail; ///< the server's or libpq's own text (untranslated), may be empty
    QString sqlState; ///< when the server sent one

    [[nodiscard]] static ConnectionFailure make(Kind kind, QString message, QString detail = {},
                                                QString sqlState = {});
    /// "message\n\ndetail" (or only the message), for a label.
    [[nodiscard]] QString fullText() const;
};

/// Turns libpq's connection error (written with PQERRORS_VERBOSE, so "FATAL:  28P01: …") into a
/// failure naming what to fix. `password` is scrubbed from the detail should it appear.
[[nodiscard]] ConnectionFailure classifyConnectionError(const ConnectionProfile &profile,
                                                        const QString &libpqMessage,
                                                        const QString &password);

/// "host db.example.org port 5432" or "socket directory /run/postgresql port 5432".
[[nodiscard]] QString describeServer(const ConnectionProfile &profile);

} // namespace ballsdex::studio

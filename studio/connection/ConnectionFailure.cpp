// SPDX-License-Identifier: MIT
#include "connection/ConnectionFailure.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ballsdex::studio {
namespace {

using Kind = ConnectionFailure::Kind;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFailure)
};

/// Drops libpq's verbose-only lines (LOCATION) and the password, if it was echoed.
QString cleanedDetail(QString text, const QString &password)
{
    static const QRegularExpression location(QStringLiteral("\\n?LOCATION:[^\\n]*"));
    text.remove(location);
    if (!password.isEmpty())
        text.replace(password, QStringLiteral("***"));
    return text.trimmed();
}

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

ConnectionFailure ConnectionFailure::make(Kind kind, QString message, QString detail,
                                          QString sqlState)
{
    return {kind, std::move(message), std::move(detail), std::move(sqlState)};
}

QString ConnectionFailure::fullText() const
{
    return detail.isEmpty() ? message : message + QStringLiteral("\n\n") + detail;
}

QString describeServer(const ConnectionProfile &profile)
{
    if (profile.isSocketDirectory())
        return Text::tr("socket directory %1 port %2").arg(profile.host).arg(profile.port);
    const QString host = profile.host.isEmpty() ? QStringLiteral("localhost") : profile.host;
    return Text::tr("host %1 port %2").arg(host).arg(profile.port);
}

ConnectionFailure classifyConnectionError(const ConnectionProfile &profile,
                                          const QString &libpqMessage, const QString &password)
{
    static const QRegularExpression sqlStatePattern(
        QStringLiteral("(?:FATAL|ERROR|PANIC):\\s+([0-9A-Z]{5}):"));
    const QString sqlState = sqlStatePattern.match(libpqMessage).captured(1);
    const QString detail = cleanedDetail(libpqMessage, password);
    const QString server = describeServer(profile);
    const auto failure = [&](Kind kind, const QString &message) {
        return ConnectionFailure::make(kind, message, detail, sqlState);
    };

    if (sqlState == QLatin1String("28P01") || has(libpqMessage, "no password supplied")
        || (sqlState == QLatin1String("28000") && !has(libpqMessage, "pg_hba.conf"))) {
        return failure(
            Kind::AuthenticationFailed,
            Text::tr("Wrong password or unknown user: the server at %1 refused the login "
                     "\"%2\". Check the user name and the password.")
                .arg(server, profile.user));
    }
    if (sqlState == QLatin1String("28000")) {
        if (has(libpqMessage, "no encryption") || has(libpqMessage, "SSL off"))
            return failure(
                Kind::TlsRequiredByServer,
                Text::tr("The server at %1 accepts this login only over TLS. Choose sslmode "
                         "require (or verify-full with the server's root certificate).")
                    .arg(server));
        return failure(
            Kind::NotAllowed,
            Text::tr("The server at %1 does not allow the login \"%2\" to database \"%3\" "
                     "from this computer (pg_hba.conf). Ask the database administrator.")
                .arg(server, profile.user, profile.database));
    }
    if (sqlState == QLatin1String("3D000")) {
        return failure(Kind::DatabaseMissing,
                       Text::tr("The database \"%1\" does not exist on %2. Check its name.")
                           .arg(profile.database, server));
    }
    if (has(libpqMessage, "server does not support SSL")) {
        return failure(
            Kind::TlsRefusedByServer,
            Text::tr("TLS was required (sslmode %1) but the server at %2 does not offer it. "
                     "Enable TLS on the server, or choose sslmode prefer or disable on a "
                     "trusted network.")
                .arg(sslModeKey(profile.sslMode), server));
    }
    if (has(libpqMessage, "root certificate file")) {
        return failure(Kind::MissingRootCertificate,
                       Text::tr("The root certificate file %1 cannot be used. Choose the CA "
                                "certificate file of your server.")
                           .arg(profile.effectiveRootCertificate()));
    }
    if (has(libpqMessage, "certificate verify failed") || has(libpqMessage, "does not match host")
        || has(libpqMessage, "server certificate")) {
        return failure(
            Kind::CertificateRejected,
            Text::tr("The certificate of the server at %1 failed verification (sslmode %2). "
                     "Check the root certificate file and that the host name matches the "
                     "certificate.")
                .arg(server, sslModeKey(profile.sslMode)));
    }
    if (has(libpqMessage, "SSL") && has(libpqMessage, "error")) {
        return failure(Kind::CertificateRejected,
                       Text::tr("The TLS handshake with the server at %1 failed.").arg(server));
    }
    if (has(libpqMessage, "Connection refused") || has(libpqMessage, "No such file or directory")
        || has(libpqMessage, "could not translate host name")
        || has(libpqMessage, "No route to host") || has(libpqMessage, "Network is unreachable")
        || has(libpqMessage, "timeout expired") || has(libpqMessage, "timed out")
        || has(libpqMessage, "could not connect")) {
        return failure(
            Kind::Unreachable,
            Text::tr("No PostgreSQL server answers at %1. Check the host and port, and that "
                     "the server is running and reachable from this computer.")
                .arg(server));
    }
    return failure(Kind::Other, Text::tr("Studio could not connect to %1.").arg(server));
}

} // namespace ballsdex::studio

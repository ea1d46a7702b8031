// SPDX-License-Identifier: MIT
#include "connection/ConnectionProfile.h"

#include "config/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <array>

namespace ballsdex::studio {
namespace {

constexpr std::array<std::pair<SslMode, const char *>, 6> kSslModes {{
    {SslMode::Disable, "disable"},
    {SslMode::Allow, "allow"},
    {SslMode::Prefer, "prefer"},
    {SslMode::Require, "require"},
    {SslMode::VerifyCa, "verify-ca"},
    {SslMode::VerifyFull, "verify-full"},
}};

QString encoded(const QString &text, const char *keep = "")
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(keep)));
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

} // namespace

QString sslModeKey(SslMode mode)
{
    for (const auto &[value, key] : kSslModes) {
        if (value == mode)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("prefer");
}

std::optional<SslMode> sslModeFromKey(const QString &key)
{
    for (const auto &[value, name] : kSslModes) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool verifiesCertificate(SslMode mode)
{
    return mode == SslMode::VerifyCa || mode == SslMode::VerifyFull;
}

Result<ConnectionProfile, QString> ConnectionProfile::fromUrl(const QString &url, QString *password)
{
    const auto parsed = config::DatabaseUrl::parse(url);
    if (!parsed)
        return fail(parsed.error());
    ConnectionProfile profile;
    profile.host = parsed->host();
    profile.port = parsed->port().value_or(DefaultPort);
    profile.database = parsed->databaseName();
    profile.user = parsed->user();
    for (const auto &[key, value] : parsed->parameters()) {
        if (key == QLatin1String("sslmode")) {
            profile.sslMode = sslModeFromKey(value).value_or(SslMode::Prefer);
        } else if (key == QLatin1String("sslrootcert")) {
            profile.sslRootCert = value;
        } else if (key == QLatin1String("application_name")) {
            profile.applicationName = value;
        } else if (key == QLatin1String("sslpassword") || key == QLatin1String("passfile")) {
            return fail(Text::tr("Studio does not keep `%1` in a connection URL; remove it (the "
                                 "password field and the system keychain hold secrets)")
                            .arg(key));
        } else {
            profile.extraParameters.append({key, value});
        }
    }
    if (password != nullptr)
        *password = parsed->password();
    return profile;
}

QString ConnectionProfile::toUrl() const
{
    return buildUrl({});
}

QString ConnectionProfile::buildUrl(const QString &password) const
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty() || !password.isEmpty()) {
        url += encoded(user);
        if (!password.isEmpty())
            url += u':' + encoded(password);
        url += u'@';
    }
    QStringList query;
    if (isSocketDirectory()) {
        query.append(QStringLiteral("host=") + encoded(host, "/"));
        query.append(QStringLiteral("port=%1").arg(port));
    } else {
        if (host.contains(u':'))
            url += u'[' + host + u']';
        else
            url += encoded(host);
        url += u':' + QString::number(port);
    }
    url += u'/' + encoded(database);
    if (sslMode != SslMode::Prefer)
        query.append(QStringLiteral("sslmode=") + sslModeKey(sslMode));
    if (!sslRootCert.isEmpty())
        query.append(QStringLiteral("sslrootcert=") + encoded(sslRootCert, "/"));
    if (!applicationName.isEmpty())
        query.append(QStringLiteral("application_name=") + encoded(applicationName));
    for (const auto &[key, value] : extraParameters)
        query.append(encoded(key) + u'=' + encoded(value, "/"));
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

QString ConnectionProfile::conninfo(const QString &password) const
{
    // DatabaseUrl owns the keyword quoting; the URL with the password never leaves this call.
    const auto parsed = config::DatabaseUrl::parse(buildUrl(password));
    if (!parsed)
        return {};
    QString conninfo = parsed->toConninfo();
    if (!conninfo.contains(QLatin1String("sslmode=")))
        conninfo += QStringLiteral(" sslmode='prefer'");
    return conninfo;
}

QString ConnectionProfile::secretKey() const
{
    return QStringLiteral("database/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ConnectionProfile::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ConnectionProfile::effectiveRootCertificate() const
{
    if (!sslRootCert.isEmpty())
        return sslRootCert;
    const QString fromEnvironment = qEnvironmentVariable("PGSSLROOTCERT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
}

std::optional<QString> ConnectionProfile::missingRootCertificate() const
{
    if (!verifiesCertificate(sslMode))
        return std::nullopt;
    const QString path = effectiveRootCertificate();
    if (QFileInfo(path).isFile())
        return std::nullopt;
    return path;
}

Result<void, QString> ConnectionProfile::validate() const
{
    if (user.isEmpty())
        return fail(Text::tr("Enter the database user Studio logs in as."));
    if (database.isEmpty())
        return fail(Text::tr("Enter the name of the BallsDex database."));
    if (port < 1 || port > 65535)
        return fail(Text::tr("The port %1 is not between 1 and 65535.").arg(port));
    if (host.contains(u'/') && !isSocketDirectory())
        return fail(
            Text::tr("The host `%1` is neither a host name nor an absolute socket directory.")
                .arg(host));
    if (const auto missing = missingRootCertificate()) {
        return fail(
            Text::tr("sslmode %1 checks the server certificate, but the root certificate file "
                     "%2 does not exist. Choose the CA certificate file of your server.")
                .arg(sslModeKey(sslMode), QDir::toNativeSeparators(*missing)));
    }
    return {};
}

} // namespace ballsdex::studio

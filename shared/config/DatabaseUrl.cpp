// SPDX-License-Identifier: MIT
#include "DatabaseUrl.h"

#include "TextDistance.h"

#include <QUrl>

namespace ballsdex::config {

namespace {

const QString kExample = QStringLiteral("postgresql://user:password@localhost:5432/ballsdex");

const QStringList &libpqKeywords()
{
    static const QStringList keywords {
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("user"),
        QStringLiteral("password"),
        QStringLiteral("passfile"),
        QStringLiteral("channel_binding"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("client_encoding"),
        QStringLiteral("options"),
        QStringLiteral("application_name"),
        QStringLiteral("fallback_application_name"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"),
        QStringLiteral("replication"),
        QStringLiteral("gssencmode"),
        QStringLiteral("sslmode"),
        QStringLiteral("requiressl"),
        QStringLiteral("sslcompression"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslpassword"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("gsslib"),
        QStringLiteral("service"),
        QStringLiteral("target_session_attrs"),
    };
    return keywords;
}

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text, const char *keep = "")
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(keep)));
}

QString quotedConninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.startsWith(u'+'))
        return std::nullopt;
    return port;
}

QString badPort(const QString &text)
{
    return QStringLiteral(
               "the port `%1` is not a number between 1 and 65535; write it after the host, "
               "e.g. localhost:5432")
        .arg(text);
}

} // namespace

Result<DatabaseUrl, QString> DatabaseUrl::parse(const QString &input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        return fail(QStringLiteral("the database URL is empty; use the form %1").arg(kExample));
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        if (url.contains(u'='))
            return fail(QStringLiteral("this looks like a libpq keyword/value string, not a URL; "
                                       "write it as a URL: %1")
                            .arg(kExample));
        return fail(
            QStringLiteral("the value is not a database URL (no `scheme://`); use the form %1")
                .arg(kExample));
    }
    const QString scheme = url.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgres") && scheme != QLatin1String("postgresql"))
        return fail(
            QStringLiteral("the scheme `%1://` is not supported, BallsDex needs PostgreSQL; "
                           "use postgresql:// or postgres://, e.g. %2")
                .arg(scheme, kExample));

    DatabaseUrl result;
    result.m_empty = false;
    QStringView rest = QStringView(url).mid(schemeEnd + 3);
    if (rest.contains(u'#'))
        return fail(QStringLiteral("the database URL contains a `#` fragment; percent-encode `#` "
                                   "as %23 in the password"));
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (const qsizetype colon = userInfo.indexOf(u':'); colon >= 0) {
            result.m_user = decoded(userInfo.left(colon));
            result.m_password = decoded(userInfo.mid(colon + 1));
        } else {
            result.m_user = decoded(userInfo);
        }
    }
    if (authority.contains(u','))
        return fail(QStringLiteral("several hosts (`%1`) are not supported; name one host, or "
                                   "put a connection pooler in front")
                        .arg(authority.toString()));
    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(QStringLiteral("the IPv6 address `%1` lacks its closing `]`; write it as "
                                       "[::1]:5432")
                            .arg(authority.toString()));
        hostPart = authority.mid(1, close - 1);
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return fail(QStringLiteral("unexpected `%1` after the IPv6 address; write [::1]:5432")
                            .arg(after.toString()));
        portPart = after.mid(1);
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    result.m_host = decoded(hostPart);
    if (!portPart.isEmpty()) {
        result.m_port = parsePort(portPart.toString());
        if (!result.m_port)
            return fail(badPort(portPart.toString()));
    }
    result.m_databaseName = decoded(path);
    if (result.m_databaseName.contains(u'/'))
        return fail(QStringLiteral("the database name `%1` contains `/`; the URL path is only the "
                                   "database name, e.g. .../ballsdex")
                        .arg(result.m_databaseName));

    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("the query parameter `%1` has no value; write key=value, "
                                       "e.g. ?sslmode=require")
                            .arg(pair.toString()));
        const QString key = decoded(pair.left(eq));
        const QString value = decoded(pair.mid(eq + 1));
        if (!libpqKeywords().contains(key)) {
            const auto suggestion = closestMatch(key, libpqKeywords());
            return fail(QStringLiteral("`%1` is not a PostgreSQL connection parameter%2; see "
                                       "https://www.postgresql.org/docs/15/libpq-connect.html")
                            .arg(key,
                                 suggestion
                                     ? QStringLiteral(" (did you mean `%1`?)").arg(*suggestion)
                                     : QString()));
        }
        if (key == QLatin1String("host")) {
            result.m_host = value;
        } else if (key == QLatin1String("port")) {
            result.m_port = parsePort(value);
            if (!result.m_port)
                return fail(badPort(value));
        } else if (key == QLatin1String("user")) {
            result.m_user = value;
        } else if (key == QLatin1String("password")) {
            result.m_password = value;
        } else if (key == QLatin1String("dbname")) {
            result.m_databaseName = value;
        } else {
            static const QStringList sslModes {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (key == QLatin1String("sslmode") && !sslModes.contains(value))
                return fail(QStringLiteral("sslmode `%1` is not valid; use one of %2")
                                .arg(value, sslModes.join(QStringLiteral(", "))));
            result.m_parameters.append({key, value});
        }
    }
    return result;
}

QString DatabaseUrl::toConninfo() const
{
    QStringList parts;
    const auto add = [&parts](const QString &key, const QString &value) {
        if (!value.isEmpty())
            parts.append(key + u'=' + quotedConninfoValue(value));
    };
    add(QStringLiteral("host"), m_host);
    add(QStringLiteral("port"), m_port ? QString::number(*m_port) : QString());
    add(QStringLiteral("dbname"), m_databaseName);
    add(QStringLiteral("user"), m_user);
    add(QStringLiteral("password"), m_password);
    for (const auto &[key, value] : m_parameters)
        add(key, value);
    return parts.join(u' ');
}

QString DatabaseUrl::toUrl() const
{
    return buildUrl(false);
}

QString DatabaseUrl::redacted() const
{
    return buildUrl(true);
}

QString DatabaseUrl::buildUrl(bool redact) const
{
    if (m_empty)
        return {};
    QString url = QStringLiteral("postgresql://");
    if (!m_user.isEmpty() || !m_password.isEmpty()) {
        url += encoded(m_user);
        if (!m_password.isEmpty())
            url += u':' + (redact ? QStringLiteral("***") : encoded(m_password));
        url += u'@';
    }
    QStringList query;
    if (isSocketDirectory()) {
        query.append(QStringLiteral("host=") + encoded(m_host, "/"));
    } else if (m_host.contains(u':')) {
        url += u'[' + m_host + u']';
    } else {
        url += encoded(m_host);
    }
    if (m_port) {
        if (isSocketDirectory())
            query.append(QStringLiteral("port=%1").arg(*m_port));
        else
            url += u':' + QString::number(*m_port);
    }
    url += u'/' + encoded(m_databaseName);
    for (const auto &[key, value] : m_parameters) {
        const bool secret = redact && key == QLatin1String("sslpassword");
        query.append(key + u'=' + (secret ? QStringLiteral("***") : encoded(value, "/")));
    }
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

} // namespace ballsdex::config

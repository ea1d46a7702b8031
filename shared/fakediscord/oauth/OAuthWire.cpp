// SPDX-License-Identifier: MIT
#include "OAuthWire.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace ballsdex::fakediscord::oauthwire {

namespace {

QString formDecode(QByteArray encoded)
{
    encoded.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

std::optional<Params> parseForm(const QByteArray &encoded)
{
    Params params;
    QSet<QString> seen;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : formDecode(pair.mid(equals + 1));
        if (seen.contains(name))
            return std::nullopt;
        seen.insert(name);
        params.append({name, value});
    }
    return params;
}

QString value(const Params &params, const QString &name)
{
    for (const auto &[key, found] : params) {
        if (key == name)
            return found;
    }
    return {};
}

bool contains(const Params &params, const QString &name)
{
    return std::any_of(params.begin(), params.end(),
                       [&name](const auto &pair) { return pair.first == name; });
}

QByteArray encodeForm(const Params &params)
{
    QByteArray out;
    for (const auto &[name, found] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(found);
    }
    return out;
}

QUrl withQuery(const QUrl &url, const Params &params)
{
    QUrl out = url;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray added = encodeForm(params);
    query = query.isEmpty() ? added : query + '&' + added;
    out.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return out;
}

std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray &header)
{
    if (!header.startsWith("Basic "))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &pair = decoded.decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::pair {formDecode(pair.left(colon)), formDecode(pair.mid(colon + 1))};
}

bool isValidVerifier(const QString &verifier)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return allowed.match(verifier).hasMatch();
}

QString s256(const QString &verifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool redirectMatches(const QString &registered, const QString &requested, bool loopbackAnyPort)
{
    if (registered == requested)
        return true;
    if (!loopbackAnyPort)
        return false;
    const QUrl want(registered, QUrl::StrictMode);
    const QUrl got(requested, QUrl::StrictMode);
    if (!want.isValid() || !got.isValid() || want.scheme() != QLatin1String("http")
        || !isLoopbackHost(want.host()))
        return false;
    QUrl normalised = got;
    normalised.setPort(want.port());
    return got.scheme() == want.scheme() && got.host() == want.host()
        && normalised.toString(QUrl::FullyEncoded) == want.toString(QUrl::FullyEncoded);
}

QStringList splitScopes(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    QJsonObject body {{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    HttpResponse response = HttpResponse::json(status, QJsonDocument(body));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    if (status == 401)
        response.setHeader("WWW-Authenticate", "Basic realm=\"discord\"");
    return response;
}

QString randomToken(int length)
{
    static const QByteArray alphabet
        = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(
            alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size())))));
    return out;
}

} // namespace ballsdex::fakediscord::oauthwire

// SPDX-License-Identifier: MIT
// Loopback helpers shared by the OAuth fake's tests: HTTP calls awaited in a local event loop,
// a one-shot redirect listener and PKCE values.
#pragma once

#include "fakediscord/oauth/FakeDiscordOAuth.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace oauthtest {

using ballsdex::fakediscord::FakeDiscordOAuth;
using ballsdex::fakediscord::FakeDiscordRest;
using Params = QList<std::pair<QString, QString>>;

inline const QByteArray UserAgent = "DiscordBot (https://example.org, 1.0)";
/// RFC 7636 Appendix B.
inline const QString RfcVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
inline const QString RfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] QString error() const { return json().value(QStringLiteral("error")).toString(); }
    [[nodiscard]] int code() const { return json().value(QStringLiteral("code")).toInt(-1); }
    [[nodiscard]] QUrl location() const
    {
        return QUrl::fromEncoded(headers.value("location"), QUrl::StrictMode);
    }
};

inline QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QByteArray form(const Params &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

inline QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

class Http final
{
public:
    Reply send(const QByteArray &verb, const QUrl &url,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished())
            qWarning("request timed out");
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            out.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return out;
    }

    Reply postForm(const QUrl &url, const Params &params, const QByteArray &authorization = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers {
            {"Content-Type", "application/x-www-form-urlencoded"}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        return send("POST", url, headers, form(params));
    }

    Reply api(const FakeDiscordRest &rest, const QString &path, const QString &token,
              const QByteArray &scheme = "Bearer")
    {
        QUrl url = rest.baseUrl();
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return send("GET", url,
                    {{"Authorization", scheme + ' ' + token.toUtf8()}, {"User-Agent", UserAgent}});
    }

private:
    QNetworkAccessManager m_network;
};

/// The app's side of the redirect: one request on 127.0.0.1, answered with a small page.
class LoopbackListener final
{
public:
    LoopbackListener()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> line
                        = m_buffer.left(m_buffer.indexOf("\r\n")).split(' ');
                    if (line.size() >= 2)
                        m_target = QUrl::fromEncoded(line.at(1), QUrl::StrictMode);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                  "Content-Length: 9\r\nConnection: close\r\n\r\nlogged in");
                    socket->disconnectFromHost();
                    ++m_hits;
                });
            }
        });
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString callback(const QString &path = QStringLiteral("/callback")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    [[nodiscard]] int hits() const { return m_hits; }
    /// The request target the browser sent ("/callback?code=…&state=…").
    [[nodiscard]] QUrl target() const { return m_target; }

private:
    QTcpServer m_server;
    QByteArray m_buffer;
    QUrl m_target;
    int m_hits = 0;
};

/// One fake Discord with the OAuth server, a signed-in browser user and two clients:
/// "public-app" (PKCE, loopback redirect registered without a port) and "secret-app".
struct Fixture
{
    std::unique_ptr<FakeDiscordRest> rest = std::make_unique<FakeDiscordRest>();
    std::unique_ptr<FakeDiscordOAuth> oauth;
    Http http;

    static inline const QString PublicId = QStringLiteral("100000000000000001");
    static inline const QString SecretId = QStringLiteral("100000000000000002");
    static inline const QString Secret = QStringLiteral("s3cr3t:with/odd+chars");
    static inline const QString UserId = QStringLiteral("80351110224678912");

    Fixture()
    {
        rest->setBotToken(QStringLiteral("bot-token"));
        if (!rest->listen())
            qFatal("cannot listen");
        oauth = std::make_unique<FakeDiscordOAuth>(*rest);
        oauth->registerClient(PublicId, QString(), {QStringLiteral("http://127.0.0.1/callback")});
        oauth->registerClient(SecretId, Secret,
                              {QStringLiteral("http://127.0.0.1:7998/auth/callback/")});
        ballsdex::fakediscord::FakeUser user;
        user.id = UserId;
        user.username = QStringLiteral("nelly");
        user.globalName = QStringLiteral("Nelly");
        user.avatar = QStringLiteral("8342729096ea3675442027381ff50dfe");
        user.mfaEnabled = true;
        user.email = QStringLiteral("nelly@example.org");
        oauth->setBrowserUser(user);
    }

    QUrl authorize(const Params &params) const
    {
        QUrl url = oauth->authorizeUrl();
        url.setQuery(QString::fromLatin1(form(params)), QUrl::StrictMode);
        return url;
    }

    /// Authorize parameters of a public PKCE client with the RFC 7636 challenge.
    static Params pkceParams(const QString &redirect, const QString &state,
                             const QString &scope = QStringLiteral("identify guilds "
                                                                   "guilds.members.read"))
    {
        return {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), PublicId},
                {QStringLiteral("scope"), scope},
                {QStringLiteral("redirect_uri"), redirect},
                {QStringLiteral("state"), state},
                {QStringLiteral("code_challenge"), RfcChallenge},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    }

    /// A code for the public client (redirect http://127.0.0.1:5555/callback).
    QString publicCode(const QString &scope = QStringLiteral("identify guilds guilds.members.read"))
    {
        const Reply reply
            = http.send("GET",
                        authorize(pkceParams(QStringLiteral("http://127.0.0.1:5555/callback"),
                                             QStringLiteral("st"), scope)));
        return queryValue(reply.location(), QStringLiteral("code"));
    }

    Reply exchangePublic(const QString &code, const QString &verifier = RfcVerifier,
                         const QString &redirect = QStringLiteral("http://127.0.0.1:5555/callback"))
    {
        return http.postForm(oauth->tokenUrl(),
                             {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("redirect_uri"), redirect},
                              {QStringLiteral("client_id"), PublicId},
                              {QStringLiteral("code_verifier"), verifier}});
    }

    /// Tokens for the public client after a full authorize + exchange.
    QJsonObject login(const QString &scope = QStringLiteral("identify guilds guilds.members.read"))
    {
        return exchangePublic(publicCode(scope)).json();
    }
};

} // namespace oauthtest

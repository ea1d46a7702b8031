// SPDX-License-Identifier: MIT
// FakeDiscordOAuth's token and revoke endpoints (spec §7 items 34-36): form bodies only, PKCE
// checks, single-use expiring codes, confidential clients, refresh rotation, revocation.
#include "OAuthTestSupport.h"

using namespace oauthtest;
using ballsdex::fakediscord::OAuthRecord;

namespace {

QByteArray basic(const QString &id, const QString &secret)
{
    return "Basic "
        + QByteArray(QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret))
              .toBase64();
}

QString field(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString();
}

/// A code for the confidential client (no PKCE).
QString secretCode(Fixture &f,
                   const QString &redirect = QStringLiteral("http://127.0.0.1:7998/auth/callback/"))
{
    const Reply reply
        = f.http.send("GET",
                      f.authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("client_id"), Fixture::SecretId},
                                   {QStringLiteral("scope"), QStringLiteral("identify")},
                                   {QStringLiteral("redirect_uri"), redirect}}));
    return queryValue(reply.location(), QStringLiteral("code"));
}

Params secretExchange(const QString &code)
{
    return {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:7998/auth/callback/")}};
}

Params refreshParams(const QString &refreshToken, const QString &clientId = Fixture::PublicId)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("client_id"), clientId}};
}

} // namespace

class TestFakeOAuthToken final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonBodyIsRefused()
    {
        Fixture f;
        const QString code = f.publicCode();
        const QJsonObject body {
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback")},
            {QStringLiteral("client_id"), Fixture::PublicId},
            {QStringLiteral("code_verifier"), RfcVerifier}};
        const Reply reply
            = f.http.send("POST", f.oauth->tokenUrl(), {{"Content-Type", "application/json"}},
                          QJsonDocument(body).toJson());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_request"));
        QCOMPARE(f.oauth->records().constLast().param(QStringLiteral("code")), code);
        // The code was not consumed: the same exchange as a form works.
        QCOMPARE(f.exchangePublic(code).status, 200);
    }

    void unversionedTokenPathWorks()
    {
        Fixture f;
        QUrl url = f.oauth->tokenUrl();
        url.setPath(QStringLiteral("/api/oauth2/token"));
        const Reply reply = f.http.postForm(
            url,
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("code"), f.publicCode()},
             {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback")},
             {QStringLiteral("client_id"), Fixture::PublicId},
             {QStringLiteral("code_verifier"), RfcVerifier}});
        QCOMPARE(reply.status, 200);
    }

    void verifierChecks_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << QString() << QStringLiteral("invalid_request");
        QTest::newRow("42 chars") << RfcVerifier.left(42) << QStringLiteral("invalid_request");
        QTest::newRow("129 chars")
            << QString(129, QLatin1Char('a')) << QStringLiteral("invalid_request");
        QTest::newRow("forbidden character") << QString(RfcVerifier.left(42) + QLatin1Char('+'))
                                             << QStringLiteral("invalid_request");
        QTest::newRow("wrong verifier")
            << QString(RfcVerifier.left(42) + QLatin1Char('X')) << QStringLiteral("invalid_grant");
    }
    void verifierChecks()
    {
        QFETCH(QString, verifier);
        QFETCH(QString, error);
        Fixture f;
        const QString code = f.publicCode();
        const Reply reply = f.exchangePublic(code, verifier);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), error);
        QVERIFY(!reply.json().value(QStringLiteral("error_description")).toString().isEmpty());
        QCOMPARE(f.exchangePublic(code).status, 200);
    }

    void anyValidVerifierRoundTrips()
    {
        Fixture f;
        const QString verifier = QString(128, QLatin1Char('~'));
        Params params = Fixture::pkceParams(QStringLiteral("http://127.0.0.1:5555/callback"),
                                            QStringLiteral("s"));
        params[5].second = s256(verifier);
        const QString code = queryValue(f.http.send("GET", f.authorize(params)).location(),
                                        QStringLiteral("code"));
        QCOMPARE(f.exchangePublic(code, verifier).status, 200);
    }

    void codeIsSingleUseAndReplayRevokesTheGrant()
    {
        Fixture f;
        const QString code = f.publicCode();
        const Reply first = f.exchangePublic(code);
        QCOMPARE(first.status, 200);
        const Reply second = f.exchangePublic(code);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.error(), QStringLiteral("invalid_grant"));
        QVERIFY(!f.oauth->isAccessTokenValid(field(first.json(), "access_token")));
        QVERIFY(!f.oauth->isRefreshTokenValid(field(first.json(), "refresh_token")));
    }

    void codeExpiresAfterTenMinutes_data()
    {
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<int>("status");
        QTest::newRow("just before") << FakeDiscordOAuth::CodeLifetimeMs - 1000 << 200;
        QTest::newRow("at expiry") << FakeDiscordOAuth::CodeLifetimeMs << 400;
        QTest::newRow("long after") << FakeDiscordOAuth::CodeLifetimeMs * 6 << 400;
    }
    void codeExpiresAfterTenMinutes()
    {
        QFETCH(qint64, waitMs);
        QFETCH(int, status);
        Fixture f;
        const QString code = f.publicCode();
        f.rest->advanceClock(waitMs);
        const Reply reply = f.exchangePublic(code);
        QCOMPARE(reply.status, status);
        if (status == 400)
            QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
    }

    void redirectUriMustEqualTheAuthorizeOne()
    {
        Fixture f;
        const QString code = f.publicCode();
        const Reply other
            = f.exchangePublic(code, RfcVerifier, QStringLiteral("http://127.0.0.1:5556/callback"));
        QCOMPARE(other.status, 400);
        QCOMPARE(other.error(), QStringLiteral("invalid_grant"));
        const Reply missing
            = f.http.postForm(f.oauth->tokenUrl(),
                              {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("client_id"), Fixture::PublicId},
                               {QStringLiteral("code_verifier"), RfcVerifier}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.error(), QStringLiteral("invalid_request"));
    }

    void codeIsBoundToItsClient()
    {
        Fixture f;
        const QString code = f.publicCode();
        Params params = secretExchange(code);
        params[2].second = QStringLiteral("http://127.0.0.1:5555/callback");
        params.append({QStringLiteral("code_verifier"), RfcVerifier});
        const Reply reply = f.http.postForm(f.oauth->tokenUrl(), params,
                                            basic(Fixture::SecretId, Fixture::Secret));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
    }

    void confidentialClientAuthentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("bodyId");
        QTest::addColumn<QString>("bodySecret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QString id = Fixture::SecretId;
        const QString secret = Fixture::Secret;
        QTest::newRow("basic") << basic(id, secret) << QString() << QString() << 200 << QString();
        QTest::newRow("basic plus matching client_id")
            << basic(id, secret) << id << QString() << 200 << QString();
        QTest::newRow("body") << QByteArray() << id << secret << 200 << QString();
        QTest::newRow("basic wrong secret") << basic(id, QStringLiteral("nope")) << QString()
                                            << QString() << 401 << QStringLiteral("invalid_client");
        QTest::newRow("body wrong secret") << QByteArray() << id << QStringLiteral("nope") << 401
                                           << QStringLiteral("invalid_client");
        QTest::newRow("no secret")
            << QByteArray() << id << QString() << 401 << QStringLiteral("invalid_client");
        QTest::newRow("no client at all")
            << QByteArray() << QString() << QString() << 401 << QStringLiteral("invalid_client");
        QTest::newRow("basic and body secret")
            << basic(id, secret) << id << secret << 400 << QStringLiteral("invalid_request");
        QTest::newRow("basic and another client_id")
            << basic(id, secret) << Fixture::PublicId << QString() << 401
            << QStringLiteral("invalid_client");
        QTest::newRow("malformed basic") << QByteArray("Basic !!!") << QString() << QString() << 401
                                         << QStringLiteral("invalid_client");
    }
    void confidentialClientAuthentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, bodyId);
        QFETCH(QString, bodySecret);
        QFETCH(int, status);
        QFETCH(QString, error);
        Fixture f;
        Params params = secretExchange(secretCode(f));
        if (!bodyId.isEmpty())
            params.append({QStringLiteral("client_id"), bodyId});
        if (!bodySecret.isEmpty())
            params.append({QStringLiteral("client_secret"), bodySecret});
        const Reply reply = f.http.postForm(f.oauth->tokenUrl(), params, authorization);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.error(), error);
        if (status == 401)
            QVERIFY(reply.headers.contains("www-authenticate"));
        if (status == 200)
            QCOMPARE(field(reply.json(), "scope"), QStringLiteral("identify"));
    }

    void confidentialClientMayAddPkce()
    {
        Fixture f;
        Params params = Fixture::pkceParams(QStringLiteral("http://127.0.0.1:7998/auth/callback/"),
                                            QStringLiteral("s"));
        params[1].second = Fixture::SecretId;
        const QString code = queryValue(f.http.send("GET", f.authorize(params)).location(),
                                        QStringLiteral("code"));
        const QByteArray auth = basic(Fixture::SecretId, Fixture::Secret);
        Params exchange = secretExchange(code);
        exchange.append({QStringLiteral("code_verifier"),
                         QString(RfcVerifier).replace(0, 1, QLatin1Char('e'))});
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), exchange, auth).error(),
                 QStringLiteral("invalid_grant"));
        exchange.last().second = RfcVerifier;
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), exchange, auth).status, 200);
    }

    void grantTypeChecks()
    {
        Fixture f;
        const Reply unknown
            = f.http.postForm(f.oauth->tokenUrl(),
                              {{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("client_id"), Fixture::PublicId}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.error(), QStringLiteral("unsupported_grant_type"));
        const Reply missing = f.http.postForm(f.oauth->tokenUrl(),
                                              {{QStringLiteral("client_id"), Fixture::PublicId}});
        QCOMPARE(missing.error(), QStringLiteral("invalid_request"));
        const Reply repeated = f.http.send(
            "POST", f.oauth->tokenUrl(), {{"Content-Type", "application/x-www-form-urlencoded"}},
            "grant_type=refresh_token&grant_type=refresh_token&client_id="
                + Fixture::PublicId.toUtf8());
        QCOMPARE(repeated.error(), QStringLiteral("invalid_request"));
    }

    void refreshRotatesTheRefreshToken()
    {
        Fixture f;
        const QJsonObject first = f.login();
        const Reply refreshed
            = f.http.postForm(f.oauth->tokenUrl(), refreshParams(field(first, "refresh_token")));
        QCOMPARE(refreshed.status, 200);
        const QJsonObject second = refreshed.json();
        QVERIFY(field(second, "access_token") != field(first, "access_token"));
        QVERIFY(field(second, "refresh_token") != field(first, "refresh_token"));
        QCOMPARE(second.value(QStringLiteral("expires_in")).toInt(), 604800);
        QCOMPARE(field(second, "scope"), field(first, "scope"));

        const Reply old
            = f.http.postForm(f.oauth->tokenUrl(), refreshParams(field(first, "refresh_token")));
        QCOMPARE(old.status, 400);
        QCOMPARE(old.error(), QStringLiteral("invalid_grant"));
        QVERIFY(f.oauth->isAccessTokenValid(field(second, "access_token")));
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), refreshParams(field(second, "refresh_token")))
                     .status,
                 200);
    }

    void refreshAsQt64SendsIt()
    {
        // Qt 6.4 adds redirect_uri and an empty client_secret to refresh requests.
        Fixture f;
        const QJsonObject first = f.login();
        Params params = refreshParams(field(first, "refresh_token"));
        params.append(
            {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback")});
        params.append({QStringLiteral("client_secret"), QString()});
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), params).status, 200);
    }

    void refreshChecks()
    {
        Fixture f;
        const QJsonObject tokens = f.login();
        const QString refresh = field(tokens, "refresh_token");
        QCOMPARE(
            f.http.postForm(f.oauth->tokenUrl(), refreshParams(QStringLiteral("bogus"))).error(),
            QStringLiteral("invalid_grant"));
        Params other = refreshParams(refresh, Fixture::SecretId);
        other.append({QStringLiteral("client_secret"), Fixture::Secret});
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), other).error(),
                 QStringLiteral("invalid_grant"));
        Params wider = refreshParams(refresh);
        wider.append({QStringLiteral("scope"), QStringLiteral("identify email")});
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), wider).error(),
                 QStringLiteral("invalid_scope"));
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), refreshParams(refresh)).status, 200);
    }

    void revokeInvalidatesTheWholeGrant_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("hint");
        QTest::newRow("access token") << QStringLiteral("access_token") << QString();
        QTest::newRow("refresh token with hint")
            << QStringLiteral("refresh_token") << QStringLiteral("refresh_token");
    }
    void revokeInvalidatesTheWholeGrant()
    {
        QFETCH(QString, which);
        QFETCH(QString, hint);
        Fixture f;
        const QJsonObject first = f.login();
        const QJsonObject second
            = f.http.postForm(f.oauth->tokenUrl(), refreshParams(field(first, "refresh_token")))
                  .json();
        const QJsonObject untouched = f.login();
        Params params {{QStringLiteral("token"), second.value(which).toString()},
                       {QStringLiteral("client_id"), Fixture::PublicId}};
        if (!hint.isEmpty())
            params.append({QStringLiteral("token_type_hint"), hint});
        const Reply revoked = f.http.postForm(f.oauth->revokeUrl(), params);
        QCOMPARE(revoked.status, 200);
        for (const QJsonObject &tokens : {first, second})
            QVERIFY(!f.oauth->isAccessTokenValid(field(tokens, "access_token")));
        QCOMPARE(f.http.postForm(f.oauth->tokenUrl(), refreshParams(field(second, "refresh_token")))
                     .error(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(
            f.http.api(*f.rest, QStringLiteral("/users/@me/guilds"), field(second, "access_token"))
                .status,
            401);
        QVERIFY(f.oauth->isAccessTokenValid(field(untouched, "access_token")));
        QCOMPARE(f.oauth->records(OAuthRecord::Endpoint::Revoke)
                     .constLast()
                     .param(QStringLiteral("token_type_hint")),
                 hint);
    }

    void revokeEdgeCases()
    {
        Fixture f;
        const QJsonObject tokens = f.login();
        QCOMPARE(f.http
                     .postForm(f.oauth->revokeUrl(),
                               {{QStringLiteral("token"), QStringLiteral("x")},
                                {QStringLiteral("client_id"), Fixture::PublicId}})
                     .status,
                 200);
        const Reply json = f.http.send(
            "POST", f.oauth->revokeUrl(), {{"Content-Type", "application/json"}},
            QJsonDocument(QJsonObject {{QStringLiteral("token"), field(tokens, "access_token")}})
                .toJson());
        QCOMPARE(json.status, 400);
        QCOMPARE(f.http
                     .postForm(f.oauth->revokeUrl(),
                               {{QStringLiteral("token"), field(tokens, "access_token")}})
                     .status,
                 401);
        Params other {{QStringLiteral("token"), field(tokens, "access_token")}};
        QCOMPARE(
            f.http.postForm(f.oauth->revokeUrl(), other, basic(Fixture::SecretId, Fixture::Secret))
                .status,
            400);
        QVERIFY(f.oauth->isAccessTokenValid(field(tokens, "access_token")));
    }

    void injectedTokenErrors()
    {
        Fixture f;
        f.oauth->injectTokenErrors(1, 503);
        f.oauth->injectTokenErrors(1, 400, QStringLiteral("invalid_grant"));
        const QString code = f.publicCode();
        QCOMPARE(f.exchangePublic(code).status, 503);
        QCOMPARE(f.exchangePublic(code).error(), QStringLiteral("invalid_grant"));
        QCOMPARE(f.exchangePublic(code).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestFakeOAuthToken)
#include "tst_fakeoauth_token.moc"

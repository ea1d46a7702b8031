// SPDX-License-Identifier: MIT
// FakeDiscordOAuth's authorize endpoint and the scripted browser (spec §7 item 33): the PKCE
// round trip through a real loopback listener, state echo, denial, bad clients and redirects.
#include "OAuthTestSupport.h"
#include "fakediscord/oauth/FakeBrowser.h"

#include <QSignalSpy>

using namespace oauthtest;
using ballsdex::fakediscord::BrowserDecision;
using ballsdex::fakediscord::BrowserVisit;
using ballsdex::fakediscord::FakeBrowser;
using ballsdex::fakediscord::OAuthRecord;

class TestFakeOAuthFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceRoundTripThroughLoopbackListener()
    {
        Fixture f;
        LoopbackListener listener;
        const QString state = QStringLiteral("xyz-123_~.");
        FakeBrowser browser;
        QSignalSpy finished(&browser, &FakeBrowser::visitFinished);
        browser.open(f.authorize(Fixture::pkceParams(listener.callback(), state)));
        QVERIFY(!finished.isEmpty() || finished.wait(10000));

        const BrowserVisit visit = browser.visits().constFirst();
        QCOMPARE(visit.status, 302);
        QCOMPARE(visit.redirect.port(), int(listener.port()));
        QCOMPARE(visit.callbackStatus, 200);
        QCOMPARE(visit.callbackBody, QByteArray("logged in"));
        QCOMPARE(listener.hits(), 1);
        QCOMPARE(listener.target().path(), QStringLiteral("/callback"));
        const QString code = queryValue(listener.target(), QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        QCOMPARE(queryValue(listener.target(), QStringLiteral("state")), state);
        QCOMPARE(f.oauth->challengeOfCode(code), RfcChallenge);

        const Reply token = f.exchangePublic(code, RfcVerifier, listener.callback());
        QCOMPARE(token.status, 200);
        const QJsonObject json = token.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 604800);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("identify guilds guilds.members.read"));
        QVERIFY(!json.value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(token.headers.value("cache-control"), QByteArray("no-store"));
        QVERIFY(f.oauth->isAccessTokenValid(json.value(QStringLiteral("access_token")).toString()));

        const auto exchanges = f.oauth->records(OAuthRecord::Endpoint::Token);
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(exchanges.constFirst().param(QStringLiteral("code_verifier")), RfcVerifier);
        QVERIFY(!exchanges.constFirst().has(QStringLiteral("client_secret")));
        QCOMPARE(exchanges.constFirst().status, 200);
        const auto authorizations = f.oauth->records(OAuthRecord::Endpoint::Authorize);
        QCOMPARE(authorizations.size(), 1);
        QCOMPARE(authorizations.constFirst().param(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(authorizations.constFirst().redirect, visit.redirect);
    }

    void authorizeIsServedUnderEveryPrefix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("site root") << QStringLiteral("/oauth2/authorize");
        QTest::newRow("api") << QStringLiteral("/api/oauth2/authorize");
        QTest::newRow("api v10") << QStringLiteral("/api/v10/oauth2/authorize");
    }
    void authorizeIsServedUnderEveryPrefix()
    {
        QFETCH(QString, path);
        Fixture f;
        QUrl url = f.authorize(Fixture::pkceParams(QStringLiteral("http://127.0.0.1:1/callback"),
                                                   QStringLiteral("s")));
        url.setPath(path);
        const Reply reply = f.http.send("GET", url);
        QCOMPARE(reply.status, 302);
        QVERIFY(!queryValue(reply.location(), QStringLiteral("code")).isEmpty());
    }

    void stateIsEchoedExactly_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("plain") << QStringLiteral("abc");
        QTest::newRow("base64 with + / =") << QStringLiteral("a+b/c==");
        QTest::newRow("delimiters") << QStringLiteral("x&y=z?#frag");
        QTest::newRow("space and percent") << QStringLiteral("50% off now");
        QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9-\u00fc");
    }
    void stateIsEchoedExactly()
    {
        QFETCH(QString, state);
        Fixture f;
        LoopbackListener listener;
        FakeBrowser browser;
        QSignalSpy finished(&browser, &FakeBrowser::visitFinished);
        browser.open(f.authorize(Fixture::pkceParams(listener.callback(), state)));
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(listener.hits(), 1);
        QCOMPARE(queryValue(listener.target(), QStringLiteral("state")), state);
    }

    void stateIsOmittedWhenNotSent()
    {
        Fixture f;
        Params params = Fixture::pkceParams(QStringLiteral("http://127.0.0.1:9/callback"), {});
        params.removeIf([](const auto &pair) { return pair.first == QLatin1String("state"); });
        const Reply reply = f.http.send("GET", f.authorize(params));
        QCOMPARE(reply.status, 302);
        QVERIFY(!QUrlQuery(reply.location()).hasQueryItem(QStringLiteral("state")));
        QVERIFY(QUrlQuery(reply.location()).hasQueryItem(QStringLiteral("code")));
    }

    void existingRedirectQueryIsKept()
    {
        Fixture f;
        f.oauth->registerClient(Fixture::PublicId, QString(),
                                {QStringLiteral("http://127.0.0.1/cb?app=studio")});
        const Reply reply = f.http.send(
            "GET",
            f.authorize(Fixture::pkceParams(QStringLiteral("http://127.0.0.1:4321/cb?app=studio"),
                                            QStringLiteral("s"))));
        QCOMPARE(reply.status, 302);
        QCOMPARE(queryValue(reply.location(), QStringLiteral("app")), QStringLiteral("studio"));
        QCOMPARE(reply.location().port(), 4321);
    }

    void denialRedirectsWithAccessDenied()
    {
        Fixture f;
        f.oauth->setBrowserDecision(BrowserDecision::Deny);
        LoopbackListener listener;
        FakeBrowser browser;
        QSignalSpy finished(&browser, &FakeBrowser::visitFinished);
        browser.open(f.authorize(Fixture::pkceParams(listener.callback(), QStringLiteral("n1"))));
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(listener.hits(), 1);
        QCOMPARE(queryValue(listener.target(), QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        QVERIFY(!queryValue(listener.target(), QStringLiteral("error_description")).isEmpty());
        QCOMPARE(queryValue(listener.target(), QStringLiteral("state")), QStringLiteral("n1"));
        QVERIFY(!QUrlQuery(listener.target()).hasQueryItem(QStringLiteral("code")));
        QCOMPARE(f.oauth->records().constLast().error, QStringLiteral("access_denied"));
    }

    void abandonedConsentNeverRedirects()
    {
        Fixture f;
        f.oauth->setBrowserDecision(BrowserDecision::Abandon);
        LoopbackListener listener;
        FakeBrowser browser;
        QSignalSpy finished(&browser, &FakeBrowser::visitFinished);
        browser.open(f.authorize(Fixture::pkceParams(listener.callback(), QStringLiteral("s"))));
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(browser.visits().constFirst().status, 200);
        QVERIFY(browser.visits().constFirst().redirect.isEmpty());
        QCOMPARE(listener.hits(), 0);
    }

    void badClientOrRedirectGetsAnErrorPage_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("redirect");
        const QString ok = QStringLiteral("http://127.0.0.1:5000/callback");
        QTest::newRow("unknown client") << QStringLiteral("999") << ok;
        QTest::newRow("missing redirect") << Fixture::PublicId << QString();
        QTest::newRow("other path")
            << Fixture::PublicId << QStringLiteral("http://127.0.0.1:5000/other");
        QTest::newRow("trailing slash")
            << Fixture::PublicId << QStringLiteral("http://127.0.0.1:5000/callback/");
        QTest::newRow("localhost is not the loopback IP")
            << Fixture::PublicId << QStringLiteral("http://localhost:5000/callback");
        QTest::newRow("https") << Fixture::PublicId
                               << QStringLiteral("https://127.0.0.1:5000/callback");
        QTest::newRow("other host")
            << Fixture::PublicId << QStringLiteral("http://192.168.1.2:5000/callback");
        QTest::newRow("another client's redirect")
            << Fixture::PublicId << QStringLiteral("http://127.0.0.1:7998/auth/callback/");
    }
    void badClientOrRedirectGetsAnErrorPage()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, redirect);
        Fixture f;
        Params params = Fixture::pkceParams(redirect, QStringLiteral("s"));
        params[1].second = clientId;
        if (redirect.isEmpty())
            params.removeIf(
                [](const auto &pair) { return pair.first == QLatin1String("redirect_uri"); });
        const Reply reply = f.http.send("GET", f.authorize(params));
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.headers.contains("location"));
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
    }

    void registeredPortIsOnlyAHintForLoopback()
    {
        Fixture f;
        const Reply reply
            = f.http.send("GET",
                          f.authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                       {QStringLiteral("client_id"), Fixture::SecretId},
                                       {QStringLiteral("scope"), QStringLiteral("identify")},
                                       {QStringLiteral("redirect_uri"),
                                        QStringLiteral("http://127.0.0.1:40123/auth/callback/")}}));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location().port(), 40123);

        ballsdex::fakediscord::OAuthClient strict;
        strict.id = QStringLiteral("300");
        strict.secret = QStringLiteral("x");
        strict.redirectUris = {QStringLiteral("http://127.0.0.1:7000/cb")};
        strict.loopbackAnyPort = false;
        f.oauth->registerClient(strict);
        const auto ask = [&f](const QString &redirect) {
            return f.http
                .send("GET",
                      f.authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("client_id"), QStringLiteral("300")},
                                   {QStringLiteral("scope"), QStringLiteral("identify")},
                                   {QStringLiteral("redirect_uri"), redirect}}))
                .status;
        };
        QCOMPARE(ask(QStringLiteral("http://127.0.0.1:7001/cb")), 400);
        QCOMPARE(ask(QStringLiteral("http://127.0.0.1:7000/cb")), 302);
    }

    void invalidRequestsRedirectWithAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("implicit grant")
            << QStringLiteral("response_type") << QStringLiteral("token")
            << QStringLiteral("unsupported_response_type");
        QTest::newRow("plain PKCE") << QStringLiteral("code_challenge_method")
                                    << QStringLiteral("plain") << QStringLiteral("invalid_request");
        QTest::newRow("no challenge for a public client")
            << QStringLiteral("code_challenge") << QString() << QStringLiteral("invalid_request");
        QTest::newRow("short challenge")
            << QStringLiteral("code_challenge") << QStringLiteral("abc")
            << QStringLiteral("invalid_request");
        QTest::newRow("unknown scope")
            << QStringLiteral("scope") << QStringLiteral("identify guild.members.read")
            << QStringLiteral("invalid_scope");
        QTest::newRow("no scope") << QStringLiteral("scope") << QString()
                                  << QStringLiteral("invalid_scope");
    }
    void invalidRequestsRedirectWithAnError()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, error);
        Fixture f;
        Params params = Fixture::pkceParams(QStringLiteral("http://127.0.0.1:5000/callback"),
                                            QStringLiteral("keep-me"));
        for (auto &pair : params) {
            if (pair.first == name)
                pair.second = value;
        }
        if (name == QLatin1String("code_challenge") && value.isEmpty())
            params.removeIf([](const auto &pair) {
                return pair.first.startsWith(QLatin1String("code_challenge"));
            });
        const Reply reply = f.http.send("GET", f.authorize(params));
        QCOMPARE(reply.status, 302);
        QCOMPARE(queryValue(reply.location(), QStringLiteral("error")), error);
        QCOMPARE(queryValue(reply.location(), QStringLiteral("state")), QStringLiteral("keep-me"));
        QVERIFY(!QUrlQuery(reply.location()).hasQueryItem(QStringLiteral("code")));
    }

    void promptNoneSkipsConsentOnlyWhenAlreadyAuthorized()
    {
        Fixture f;
        f.oauth->setBrowserDecision(BrowserDecision::Deny);
        Params params = Fixture::pkceParams(QStringLiteral("http://127.0.0.1:5000/callback"),
                                            QStringLiteral("s"), QStringLiteral("identify"));
        params.append({QStringLiteral("prompt"), QStringLiteral("none")});
        QCOMPARE(
            queryValue(f.http.send("GET", f.authorize(params)).location(), QStringLiteral("error")),
            QStringLiteral("access_denied"));

        (void)f.oauth->issueTokens(Fixture::PublicId, Fixture::UserId,
                                   {QStringLiteral("identify"), QStringLiteral("guilds")});
        QVERIFY(
            !queryValue(f.http.send("GET", f.authorize(params)).location(), QStringLiteral("code"))
                 .isEmpty());
        params[2].second = QStringLiteral("identify email");
        QCOMPARE(
            queryValue(f.http.send("GET", f.authorize(params)).location(), QStringLiteral("error")),
            QStringLiteral("access_denied"));
    }

    void repeatedParameterIsRefused()
    {
        Fixture f;
        Params params = Fixture::pkceParams(QStringLiteral("http://127.0.0.1:5000/callback"),
                                            QStringLiteral("s"));
        params.append({QStringLiteral("state"), QStringLiteral("t")});
        QCOMPARE(f.http.send("GET", f.authorize(params)).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestFakeOAuthFlow)
#include "tst_fakeoauth_flow.moc"

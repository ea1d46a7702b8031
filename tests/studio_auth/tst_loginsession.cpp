// SPDX-License-Identifier: MIT
// LoginSession end to end against the fake Discord OAuth server and the scripted browser:
// PKCE public-client login with each role, owner, denial, abandoned consent, a forged callback,
// two-factor and role refusals, resume, refresh, logout, server errors, the loopback listener's
// address and lifetime, and that no error text ever carries a token or code.
#include "auth/LoginSession.h"
#include "auth/SecretStore.h"
#include "fakediscord/oauth/FakeBrowser.h"
#include "fakediscord/oauth/FakeDiscordOAuth.h"

#include <QCoroTask>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ballsdex::studio;
using namespace ballsdex::fakediscord;
using ballsdex::domain::Snowflake;
using ballsdex::domain::StudioLoginSettings;
using Kind = AuthError::Kind;

namespace {

const QString ClientId = QStringLiteral("100000000000000001");
const QString UserId = QStringLiteral("80351110224678912");
const QString OwnerId = QStringLiteral("80351110224678999");
const QString GuildA = QStringLiteral("1000000000000000001");
const QString GuildB = QStringLiteral("1000000000000000002");
const QString RootRole = QStringLiteral("2000000000000000001");
const QString AdminRole = QStringLiteral("2000000000000000002");
const QString ArtistRole = QStringLiteral("2000000000000000003");
const QString OtherRole = QStringLiteral("2000000000000000004");
const QStringList Scopes {QStringLiteral("identify"), QStringLiteral("guilds.members.read")};
const QString MemberRoute = QStringLiteral("GET /users/@me/guilds/{guild_id}/member");

Snowflake id(const QString &text)
{
    return text.toLongLong();
}

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

/// Everything the session emits, in order.
struct Recorder
{
    QList<StudioIdentity> loggedIn;
    QList<AuthError> failed;
    int loggedOut = 0;
    int refreshed = 0;
    QStringList statuses;

    explicit Recorder(LoginSession &session)
    {
        QObject::connect(&session, &LoginSession::loggedIn, &session,
                         [this](const StudioIdentity &identity) { loggedIn.append(identity); });
        QObject::connect(&session, &LoginSession::failed, &session,
                         [this](const AuthError &error) { failed.append(error); });
        QObject::connect(&session, &LoginSession::loggedOut, &session, [this] { ++loggedOut; });
        QObject::connect(&session, &LoginSession::tokensRefreshed, &session,
                         [this] { ++refreshed; });
        QObject::connect(&session, &LoginSession::statusChanged, &session,
                         [this](const QString &text) { statuses.append(text); });
    }
    [[nodiscard]] int outcomes() const
    {
        return int(loggedIn.size() + failed.size()) + loggedOut + refreshed;
    }
};

/// True when nothing accepts a TCP connection on address:port.
bool refusesConnections(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (socket.waitForConnected(3000)) {
        socket.abort();
        return false;
    }
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class TestLoginSession final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeDiscordRest> m_rest;
    std::unique_ptr<FakeDiscordOAuth> m_oauth;
    std::unique_ptr<FakeBrowser> m_browser;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<LoginSession> m_session;
    std::unique_ptr<Recorder> m_events;
    QList<QUrl> m_opened;
    StudioLoginSettings m_settings;

    FakeUser user(const QString &userId, bool mfa = true)
    {
        FakeUser person;
        person.id = userId;
        person.username = QStringLiteral("nelly");
        person.globalName = QStringLiteral("Nelly");
        person.mfaEnabled = mfa;
        return person;
    }

    void member(const QString &guildId, const QStringList &roles, const QString &who = UserId)
    {
        GuildMembership membership;
        membership.guildId = guildId;
        membership.roleIds = roles;
        m_oauth->addMembership(who, membership);
    }

    /// A new session on the current settings; `browse`: the fake browser follows the URL.
    void makeSession(bool browse = true)
    {
        m_events.reset();
        m_session = std::make_unique<LoginSession>(m_settings, *m_secrets);
        m_events = std::make_unique<Recorder>(*m_session);
        FakeBrowser *browser = m_browser.get();
        QList<QUrl> *opened = &m_opened;
        m_session->setBrowserOpener([browser, opened, browse](const QUrl &url) {
            opened->append(url);
            if (browse)
                browser->open(url);
        });
    }

    QString storedToken() const
    {
        return m_secrets->contents().value(m_session->refreshTokenKey());
    }

    /// A grant made without the browser, its refresh token saved as a previous login would.
    QString storeIssuedToken()
    {
        const IssuedTokens tokens = m_oauth->issueTokens(ClientId, UserId, Scopes);
        const auto written
            = QCoro::waitFor(m_secrets->write(m_session->refreshTokenKey(), tokens.refreshToken));
        if (!written)
            qFatal("memory store failed");
        return tokens.refreshToken;
    }

    /// Codes, verifiers, tokens: every value the fake saw or issued, none may reach a message.
    QStringList secretsSeen() const
    {
        QStringList secrets;
        for (const OAuthRecord &record : m_oauth->records()) {
            for (const QString &name : {QStringLiteral("code"), QStringLiteral("code_verifier"),
                                        QStringLiteral("refresh_token"), QStringLiteral("token")}) {
                if (record.has(name))
                    secrets.append(record.param(name));
            }
            secrets.append(queryValue(record.redirect, QStringLiteral("code")));
        }
        for (const QString &value : m_secrets->contents())
            secrets.append(value);
        secrets.append(m_session->accessToken());
        secrets.removeAll(QString());
        return secrets;
    }

    void verifyNoSecretIn(const AuthError &error) const
    {
        const QString text = error.message() + error.detail;
        for (const QString &secret : secretsSeen())
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("secret in: ") + text));
    }

    Kind failure()
    {
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(m_events->outcomes(), 1, 15000);
        }();
        if (m_events->failed.size() != 1)
            return Kind::Cancelled;
        verifyNoSecretIn(m_events->failed.constFirst());
        return m_events->failed.constFirst().kind;
    }

    [[nodiscard]] OAuthRecord lastAuthorize() const
    {
        return m_oauth->records(OAuthRecord::Endpoint::Authorize).constLast();
    }

private Q_SLOTS:
    void init()
    {
        m_rest = std::make_unique<FakeDiscordRest>();
        m_rest->setBotToken(QStringLiteral("bot-token"));
        QVERIFY(m_rest->listen());
        m_oauth = std::make_unique<FakeDiscordOAuth>(*m_rest);
        OAuthClient client;
        client.id = ClientId;
        client.publicClient = true;
        client.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        client.loopbackAnyPort = true;
        m_oauth->registerClient(client);
        m_oauth->setBrowserUser(user(UserId));
        m_oauth->addGuild(GuildA, QStringLiteral("BallsDex HQ"));
        m_oauth->addGuild(GuildB, QStringLiteral("BallsDex Art"));

        m_settings = StudioLoginSettings();
        m_settings.clientId = id(ClientId);
        m_settings.authorizeUrl = m_oauth->authorizeUrl();
        m_settings.apiBaseUrl = m_rest->baseUrl();
        m_settings.adminGuildIds = {id(GuildA), id(GuildB)};
        m_settings.rootRoleIds = {id(RootRole)};
        m_settings.adminRoleIds = {id(AdminRole)};
        m_settings.artistRoleIds = {id(ArtistRole)};
        m_settings.ownerIds = {id(OwnerId)};

        m_browser = std::make_unique<FakeBrowser>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_opened.clear();
        makeSession();
    }

    void cleanup()
    {
        m_events.reset();
        m_session.reset();
        m_browser.reset();
        m_oauth.reset();
        m_rest.reset();
    }

    void loginGivesTheRoleOfTheGuildRoles_data()
    {
        QTest::addColumn<QStringList>("rolesInA");
        QTest::addColumn<QStringList>("rolesInB");
        QTest::addColumn<StudioRole>("role");
        QTest::newRow("root role → admin")
            << QStringList {RootRole} << QStringList() << StudioRole::Admin;
        QTest::newRow("admin role → staff")
            << QStringList {AdminRole} << QStringList() << StudioRole::Staff;
        QTest::newRow("artist role → artist")
            << QStringList {OtherRole} << QStringList {ArtistRole} << StudioRole::Artist;
        QTest::newRow("staff + artist → admin")
            << QStringList {AdminRole} << QStringList {ArtistRole} << StudioRole::Admin;
    }
    void loginGivesTheRoleOfTheGuildRoles()
    {
        QFETCH(QStringList, rolesInA);
        QFETCH(QStringList, rolesInB);
        QFETCH(StudioRole, role);
        member(GuildA, rolesInA);
        if (!rolesInB.isEmpty())
            member(GuildB, rolesInB);

        m_session->login();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->outcomes(), 1, 15000);
        QCOMPARE(m_events->failed.size(), qsizetype(0));
        const StudioIdentity identity = m_events->loggedIn.constFirst();
        QCOMPARE(identity.discordId, id(UserId));
        QCOMPARE(identity.username, QStringLiteral("nelly"));
        QCOMPARE(identity.globalName, QStringLiteral("Nelly"));
        QCOMPARE(identity.role, role);
        QVERIFY(m_session->isLoggedIn());
        QCOMPARE(m_session->identity()->role, role);
        QVERIFY(!m_session->isBusy());
        QVERIFY(m_events->statuses.contains(QString::fromUtf8("Waiting for the browser…")));
        QCOMPARE(m_events->statuses.constLast(), QString());

        // The browser saw Discord redirect to the loopback listener, which answered a page.
        QCOMPARE(m_browser->visits().size(), qsizetype(1));
        const BrowserVisit visit = m_browser->visits().constFirst();
        QCOMPARE(visit.status, 302);
        QCOMPARE(visit.callbackStatus, 200);
        QVERIFY(visit.callbackBody.contains("Logged in"));

        // Authorize: public PKCE client, S256, loopback redirect on 127.0.0.1.
        const OAuthRecord authorize = lastAuthorize();
        const QUrl redirect(authorize.param(QStringLiteral("redirect_uri")));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QVERIFY(redirect.port() > 0);
        QCOMPARE(authorize.param(QStringLiteral("client_id")), ClientId);
        QCOMPARE(authorize.param(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(authorize.param(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(authorize.param(QStringLiteral("scope")),
                 QStringLiteral("identify guilds.members.read"));
        QVERIFY(authorize.param(QStringLiteral("state")).size() >= 32);

        // Token exchange: no secret, the verifier that matches the challenge, same redirect.
        const auto exchanges = m_oauth->records(OAuthRecord::Endpoint::Token);
        QCOMPARE(exchanges.size(), qsizetype(1));
        const OAuthRecord exchange = exchanges.constFirst();
        QCOMPARE(exchange.status, 200);
        QVERIFY(exchange.contentType.startsWith("application/x-www-form-urlencoded"));
        QVERIFY(!exchange.has(QStringLiteral("client_secret")));
        QVERIFY(exchange.authorization.isEmpty());
        QCOMPARE(exchange.param(QStringLiteral("client_id")), ClientId);
        QCOMPARE(exchange.param(QStringLiteral("redirect_uri")), redirect.toString());
        const QString verifier = exchange.param(QStringLiteral("code_verifier"));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                 authorize.param(QStringLiteral("code_challenge")));

        // Refresh token in the store, access token in memory and valid; guilds asked in order.
        QCOMPARE(m_secrets->contents().size(), qsizetype(1));
        QCOMPARE(m_session->refreshTokenKey(),
                 QStringLiteral("discord/%1/refresh-token").arg(ClientId));
        QVERIFY(m_oauth->isRefreshTokenValid(storedToken()));
        QVERIFY(m_oauth->isAccessTokenValid(m_session->accessToken()));
        QVERIFY(!m_secrets->contents().values().contains(m_session->accessToken()));
        const auto members = m_rest->requestsFor(MemberRoute);
        QCOMPARE(members.size(), qsizetype(2));
        QCOMPARE(members.at(0).params.value(QStringLiteral("guild_id")), GuildA);
        QCOMPARE(members.at(1).params.value(QStringLiteral("guild_id")), GuildB);

        // One-shot: the listener is gone.
        QVERIFY(!m_session->isListening());
        QVERIFY(
            refusesConnections(QHostAddress(QHostAddress::LocalHost), quint16(redirect.port())));
    }

    void ownerNeedsNoGuild()
    {
        m_oauth->setBrowserUser(user(OwnerId));
        m_session->login();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->outcomes(), 1, 15000);
        QCOMPARE(m_events->loggedIn.size(), qsizetype(1));
        QCOMPARE(m_events->loggedIn.constFirst().role, StudioRole::Owner);
        QCOMPARE(m_events->loggedIn.constFirst().discordId, id(OwnerId));
        QCOMPARE(m_rest->requestsFor(MemberRoute).size(), qsizetype(0));
    }

    void denialIsReported()
    {
        m_oauth->setBrowserDecision(BrowserDecision::Deny);
        QSignalSpy failedSpy(m_session.get(), &LoginSession::failed); // the types work with spies
        m_session->login();
        QCOMPARE(failure(), Kind::Denied);
        QCOMPARE(failedSpy.size(), qsizetype(1));
        QCOMPARE(qvariant_cast<AuthError>(failedSpy.constFirst().constFirst()).kind, Kind::Denied);
        const AuthError error = m_events->failed.constFirst();
        QVERIFY(error.detail.contains(QStringLiteral("denied the request")));
        QVERIFY(error.message().contains(error.detail));
        QCOMPARE(m_browser->visits().constFirst().callbackStatus, 200);
        QVERIFY(m_browser->visits().constFirst().callbackBody.contains("declined"));
        QVERIFY(m_oauth->records(OAuthRecord::Endpoint::Token).isEmpty());
        QVERIFY(m_secrets->contents().isEmpty());
        QVERIFY(!m_session->isListening());
        QVERIFY(!m_session->isBusy());
    }

    void abandonedConsentTimesOut()
    {
        m_oauth->setBrowserDecision(BrowserDecision::Abandon);
        m_session->setCallbackTimeout(std::chrono::milliseconds(300));
        m_session->login();
        QTRY_VERIFY(!m_session->redirectUri().isEmpty() || m_events->outcomes() > 0);
        const QUrl redirect = m_session->redirectUri();
        QCOMPARE(failure(), Kind::Timeout);
        QCOMPARE(m_browser->visits().size(), qsizetype(1));
        QCOMPARE(m_browser->visits().constFirst().status, 200); // the consent page, no redirect
        QVERIFY(!m_session->isListening());
        if (redirect.port() > 0)
            QVERIFY(refusesConnections(QHostAddress(QHostAddress::LocalHost),
                                       quint16(redirect.port())));
    }

    void forgedCallbackIsRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("wrong state") << QStringLiteral("code=stolen-code-123&state=not-the-state");
        QTest::newRow("no state") << QStringLiteral("code=stolen-code-123");
        QTest::newRow("denial with a wrong state")
            << QStringLiteral("error=access_denied&state=not-the-state");
    }
    void forgedCallbackIsRefused()
    {
        QFETCH(QString, query);
        makeSession(false);
        m_session->login();
        QTRY_COMPARE(m_opened.size(), qsizetype(1));
        QVERIFY(m_session->isListening());
        QUrl target = m_session->redirectUri();
        QCOMPARE(target.host(), QStringLiteral("127.0.0.1"));
        target.setQuery(query);

        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(target)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("does not belong"));

        QCOMPARE(failure(), Kind::StateMismatch);
        QVERIFY(!m_session->isListening());
        QVERIFY(refusesConnections(QHostAddress(QHostAddress::LocalHost), quint16(target.port())));
        QVERIFY(m_oauth->records(OAuthRecord::Endpoint::Token).isEmpty());
    }

    void listenerAcceptsLoopbackOnly()
    {
        makeSession(false);
        m_session->login();
        QTRY_COMPARE(m_opened.size(), qsizetype(1));
        const QUrl redirect = m_session->redirectUri();
        const auto port = quint16(redirect.port());
        QCOMPARE(queryValue(m_opened.constFirst(), QStringLiteral("redirect_uri")),
                 redirect.toString());
        {
            QTcpSocket loopback;
            loopback.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
            QVERIFY(loopback.waitForConnected(3000));
            loopback.abort();
        }
        int checked = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QVERIFY2(refusesConnections(address, port), qPrintable(address.toString()));
            ++checked;
        }
        qInfo("checked %d non-loopback address(es)", checked);
        m_session->cancel();
        QVERIFY(!m_session->isListening());
        QVERIFY(refusesConnections(QHostAddress(QHostAddress::LocalHost), port));
        QVERIFY(!m_session->isBusy());
        QCoreApplication::processEvents(); // the cancelled flow unwinds without a word
        QCOMPARE(m_events->outcomes(), 0);
    }

    void refusalsDropTheGrant_data()
    {
        QTest::addColumn<bool>("mfa");
        QTest::addColumn<QString>("guild");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("no two-factor")
            << false << GuildA << QStringList {RootRole} << Kind::NoTwoFactor;
        QTest::newRow("no mapped role")
            << true << GuildA << QStringList {OtherRole} << Kind::NoRole;
        QTest::newRow("not in an admin guild")
            << true << QString() << QStringList() << Kind::NotInAdminGuild;
    }
    void refusalsDropTheGrant()
    {
        QFETCH(bool, mfa);
        QFETCH(QString, guild);
        QFETCH(QStringList, roles);
        QFETCH(Kind, kind);
        m_oauth->setBrowserUser(user(UserId, mfa));
        if (!guild.isEmpty())
            member(guild, roles);
        m_session->login();
        QCOMPARE(failure(), kind);
        QVERIFY(!m_session->isLoggedIn());
        QVERIFY(m_session->accessToken().isEmpty());
        QVERIFY(m_secrets->contents().isEmpty());
        const auto revokes = m_oauth->records(OAuthRecord::Endpoint::Revoke);
        QCOMPARE(revokes.size(), qsizetype(1));
        QCOMPARE(revokes.constFirst().status, 200);
        QVERIFY(!m_oauth->isRefreshTokenValid(revokes.constFirst().param(QStringLiteral("token"))));
        QCOMPARE(m_rest->requestsFor(MemberRoute).size(), qsizetype(mfa ? 2 : 0));
    }

    void resumeUsesTheStoredTokenWithoutBrowser()
    {
        member(GuildA, {AdminRole});
        const QString old = storeIssuedToken();
        m_session->resume();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->outcomes(), 1, 15000);
        QCOMPARE(m_events->loggedIn.size(), qsizetype(1));
        QCOMPARE(m_events->loggedIn.constFirst().role, StudioRole::Staff);
        QVERIFY(m_opened.isEmpty());
        QVERIFY(m_oauth->records(OAuthRecord::Endpoint::Authorize).isEmpty());
        // Discord rotated the refresh token: the new one is stored, the old one is dead.
        QVERIFY(storedToken() != old);
        QVERIFY(m_oauth->isRefreshTokenValid(storedToken()));
        QVERIFY(!m_oauth->isRefreshTokenValid(old));
        const OAuthRecord refresh = m_oauth->records(OAuthRecord::Endpoint::Token).constFirst();
        QCOMPARE(refresh.param(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QVERIFY(!refresh.has(QStringLiteral("client_secret")));
    }

    void resumeRechecksTheRole()
    {
        storeIssuedToken();
        member(GuildA, {OtherRole}); // the person lost their staff role since the last login
        m_session->resume();
        QCOMPARE(failure(), Kind::NoRole);
        QVERIFY(m_secrets->contents().isEmpty());
    }

    void resumeWithARevokedTokenAsksForALogin()
    {
        member(GuildA, {AdminRole});
        const QString token = storeIssuedToken();
        m_oauth->revokeGrantOf(token);
        m_session->resume();
        QCOMPARE(failure(), Kind::InvalidGrant);
        QVERIFY(m_events->failed.constFirst().message().contains(
            QStringLiteral("log in with Discord again")));
        QVERIFY(!m_secrets->contents().contains(m_session->refreshTokenKey()));
        QVERIFY(m_opened.isEmpty());
    }

    void tokenTextInADiscordErrorIsHidden()
    {
        const QString token = storeIssuedToken();
        m_oauth->injectTokenErrors(1, 400, QStringLiteral("invalid_grant"),
                                   QStringLiteral("Invalid refresh token ") + token);
        m_session->resume();
        QCOMPARE(failure(), Kind::InvalidGrant);
        const AuthError error = m_events->failed.constFirst();
        QVERIFY(!error.message().contains(token));
        QVERIFY(error.detail.contains(QStringLiteral("Invalid refresh token")));
    }

    void resumeWithoutSavedLogin()
    {
        m_session->resume();
        QCOMPARE(failure(), Kind::NoSavedLogin);
        QVERIFY(m_oauth->records().isEmpty());
    }

    void resumeKeepsTheTokenThroughAnOutage()
    {
        const QString token = storeIssuedToken();
        m_oauth->injectTokenErrors(1, 503);
        m_session->resume();
        QCOMPARE(failure(), Kind::ServerError);
        QCOMPARE(storedToken(), token);
    }

    void keychainFailureIsReported()
    {
        m_secrets->setFailure(QStringLiteral("keyring locked"));
        m_session->resume();
        QCOMPARE(failure(), Kind::Keychain);
        QVERIFY(m_events->failed.constFirst().message().contains(QStringLiteral("keyring locked")));
    }

    void tokenEndpointErrorDuringLogin_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("500 HTML page") << 500 << QString() << Kind::ServerError;
        QTest::newRow("invalid_grant")
            << 400 << QStringLiteral("invalid_grant") << Kind::InvalidGrant;
        QTest::newRow("invalid_client")
            << 401 << QStringLiteral("invalid_client") << Kind::NotConfigured;
    }
    void tokenEndpointErrorDuringLogin()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(Kind, kind);
        member(GuildA, {RootRole});
        m_oauth->injectTokenErrors(1, status, error);
        m_session->login();
        QCOMPARE(failure(), kind);
        QVERIFY(m_secrets->contents().isEmpty());
        QVERIFY(!m_session->isListening());
    }

    void discordUnreachableIsANetworkError()
    {
        storeIssuedToken();
        m_settings.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v10"));
        makeSession();
        m_session->resume();
        QCOMPARE(failure(), Kind::Network);
    }

    void refreshRotatesTheStoredToken()
    {
        member(GuildA, {ArtistRole});
        m_session->login();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->loggedIn.size(), qsizetype(1), 15000);
        const QString before = storedToken();
        const QString access = m_session->accessToken();
        m_session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->refreshed, 1, 15000);
        QVERIFY(storedToken() != before);
        QVERIFY(m_oauth->isRefreshTokenValid(storedToken()));
        QVERIFY(m_session->accessToken() != access);
        QVERIFY(m_oauth->isAccessTokenValid(m_session->accessToken()));
        QVERIFY(m_session->accessTokenExpiresAt() > QDateTime::currentDateTimeUtc().addDays(6));
    }

    void logoutRevokesAndForgets()
    {
        member(GuildA, {RootRole});
        m_session->login();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->loggedIn.size(), qsizetype(1), 15000);
        const QString refresh = storedToken();
        const QString access = m_session->accessToken();
        m_session->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->loggedOut, 1, 15000);
        QCOMPARE(m_events->failed.size(), qsizetype(0));
        const auto revokes = m_oauth->records(OAuthRecord::Endpoint::Revoke);
        QCOMPARE(revokes.size(), qsizetype(1));
        QCOMPARE(revokes.constFirst().status, 200);
        QCOMPARE(revokes.constFirst().param(QStringLiteral("token")), refresh);
        QCOMPARE(revokes.constFirst().param(QStringLiteral("token_type_hint")),
                 QStringLiteral("refresh_token"));
        QVERIFY(!revokes.constFirst().has(QStringLiteral("client_secret")));
        QVERIFY(!m_oauth->isRefreshTokenValid(refresh));
        QVERIFY(!m_oauth->isAccessTokenValid(access));
        QVERIFY(m_secrets->contents().isEmpty());
        QVERIFY(!m_session->isLoggedIn());
        QVERIFY(m_session->accessToken().isEmpty());
    }

    void logoutWithoutDiscordStillLogsOut()
    {
        storeIssuedToken();
        m_settings.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v10"));
        makeSession();
        m_session->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_events->loggedOut, 1, 15000);
        QCOMPARE(m_events->failed.size(), qsizetype(0));
        QVERIFY(m_secrets->contents().isEmpty());
    }

    void withoutClientIdNothingStarts()
    {
        m_settings.clientId.reset();
        makeSession();
        m_session->login();
        QCOMPARE(failure(), Kind::NotConfigured);
        QVERIFY(m_opened.isEmpty());
        QVERIFY(!m_session->isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoginSession)
#include "tst_loginsession.moc"

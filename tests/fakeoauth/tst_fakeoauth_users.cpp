// SPDX-License-Identifier: MIT
// FakeDiscordOAuth's Bearer endpoints and application shapes (spec §5.7, §7 items 35-36,
// data-model §3.6): user, guilds and member shapes, scope enforcement, expiry, unknown guilds.
#include "OAuthTestSupport.h"

using namespace oauthtest;
using ballsdex::fakediscord::FakeUser;
using ballsdex::fakediscord::GuildMembership;
using ballsdex::fakediscord::MissingScopeStyle;

namespace {

const QString GuildA = QStringLiteral("300000000000000001");
const QString GuildB = QStringLiteral("200000000000000002");
const QString Outsider = QStringLiteral("400000000000000004");

QString field(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString();
}

void addMemberships(Fixture &f)
{
    f.oauth->addGuild(GuildA, QStringLiteral("Balls HQ"), QStringLiteral("iconhash"));
    GuildMembership admin;
    admin.guildId = GuildA;
    admin.roleIds = {QStringLiteral("11"), QStringLiteral("12")};
    admin.permissions = QStringLiteral("8");
    admin.owner = true;
    admin.nick = QStringLiteral("boss");
    f.oauth->addMembership(Fixture::UserId, admin);
    GuildMembership plain;
    plain.guildId = GuildB;
    f.oauth->addMembership(Fixture::UserId, plain);
    f.oauth->addGuild(Outsider, QStringLiteral("Elsewhere"));
}

/// FakeDiscordRest registers a bot-token GET /users/@me first; the OAuth fake's Bearer version
/// must replace it (FakeHttpServer::route replacing a route with the same method and pattern).
bool bearerUserRouteIsActive(Fixture &f, const QString &token)
{
    return f.http.api(*f.rest, QStringLiteral("/users/@me"), token)
               .json()
               .value(QStringLiteral("bot"))
        != QJsonValue(true);
}

} // namespace

class TestFakeOAuthUsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentUserShape()
    {
        Fixture f;
        const QString token = field(f.login(), "access_token");
        QVERIFY2(bearerUserRouteIsActive(f, token),
                 "GET /users/@me answered the bot user to a Bearer token: FakeHttpServer::route "
                 "must replace an existing route with the same method and pattern");
        const Reply reply = f.http.api(*f.rest, QStringLiteral("/users/@me"), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject user = reply.json();
        QCOMPARE(field(user, "id"), Fixture::UserId);
        QCOMPARE(field(user, "username"), QStringLiteral("nelly"));
        QCOMPARE(field(user, "global_name"), QStringLiteral("Nelly"));
        QCOMPARE(field(user, "discriminator"), QStringLiteral("0"));
        QCOMPARE(field(user, "avatar"), QStringLiteral("8342729096ea3675442027381ff50dfe"));
        QCOMPARE(user.value(QStringLiteral("mfa_enabled")).toBool(), true);
        QVERIFY(user.contains(QStringLiteral("flags")));
        QVERIFY(user.contains(QStringLiteral("premium_type")));
        QVERIFY(!user.contains(QStringLiteral("email")));
        QVERIFY(!user.contains(QStringLiteral("bot")));
    }

    void emailNeedsTheEmailScope()
    {
        Fixture f;
        const QString token = field(f.login(QStringLiteral("identify email")), "access_token");
        const QJsonObject user = f.http.api(*f.rest, QStringLiteral("/users/@me"), token).json();
        QCOMPARE(field(user, "email"), QStringLiteral("nelly@example.org"));
        QCOMPARE(user.value(QStringLiteral("verified")).toBool(), true);
    }

    void mfaDisabledAndNullNames()
    {
        Fixture f;
        FakeUser user;
        user.id = QStringLiteral("42");
        user.username = QStringLiteral("nomfa");
        f.oauth->setBrowserUser(user);
        const QString token = field(f.login(QStringLiteral("identify")), "access_token");
        const QJsonObject json = f.http.api(*f.rest, QStringLiteral("/users/@me"), token).json();
        QCOMPARE(field(json, "id"), QStringLiteral("42"));
        QCOMPARE(json.value(QStringLiteral("mfa_enabled")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("global_name")).isNull());
        QVERIFY(json.value(QStringLiteral("avatar")).isNull());
    }

    void botTokenStillGetsTheBotUser()
    {
        Fixture f;
        const Reply reply
            = f.http.api(*f.rest, QStringLiteral("/users/@me"), QStringLiteral("bot-token"), "Bot");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("bot")).toBool(), true);
        QCOMPARE(field(reply.json(), "id"), f.rest->applicationId());
    }

    void guildsShapeAndOrder()
    {
        Fixture f;
        addMemberships(f);
        const QString token = field(f.login(), "access_token");
        const Reply reply = f.http.api(*f.rest, QStringLiteral("/users/@me/guilds"), token);
        QCOMPARE(reply.status, 200);
        const QJsonArray guilds = reply.array();
        QCOMPARE(guilds.size(), 2);
        QCOMPARE(field(guilds.at(0).toObject(), "id"), GuildB);
        const QJsonObject hq = guilds.at(1).toObject();
        QCOMPARE(field(hq, "id"), GuildA);
        QCOMPARE(field(hq, "name"), QStringLiteral("Balls HQ"));
        QCOMPARE(field(hq, "icon"), QStringLiteral("iconhash"));
        QCOMPARE(hq.value(QStringLiteral("owner")).toBool(), true);
        QCOMPARE(field(hq, "permissions"), QStringLiteral("8"));
        QVERIFY(hq.value(QStringLiteral("features")).isArray());
        QVERIFY(!hq.contains(QStringLiteral("approximate_member_count")));
        QCOMPARE(guilds.at(0).toObject().value(QStringLiteral("owner")).toBool(true), false);
    }

    void guildsQueryParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("limit 1") << QStringLiteral("?limit=1") << 200 << QStringList {GuildB};
        QTest::newRow("after") << QStringLiteral("?after=") + GuildB << 200 << QStringList {GuildA};
        QTest::newRow("before") << QStringLiteral("?before=") + GuildA << 200
                                << QStringList {GuildB};
        QTest::newRow("limit 0") << QStringLiteral("?limit=0") << 400 << QStringList();
        QTest::newRow("limit 201") << QStringLiteral("?limit=201") << 400 << QStringList();
    }
    void guildsQueryParameters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QStringList, ids);
        Fixture f;
        addMemberships(f);
        const QString token = field(f.login(), "access_token");
        const Reply reply = f.http.api(*f.rest, QStringLiteral("/users/@me/guilds") + query, token);
        QCOMPARE(reply.status, status);
        if (status != 200) {
            QCOMPARE(reply.code(), 50035);
            return;
        }
        QStringList got;
        for (const QJsonValue &guild : reply.array())
            got.append(field(guild.toObject(), "id"));
        QCOMPARE(got, ids);
    }

    void guildsWithCounts()
    {
        Fixture f;
        addMemberships(f);
        GuildMembership other;
        other.guildId = GuildA;
        f.oauth->addMembership(QStringLiteral("77"), other);
        const QString token = field(f.login(), "access_token");
        const QJsonArray guilds
            = f.http.api(*f.rest, QStringLiteral("/users/@me/guilds?with_counts=true"), token)
                  .array();
        QCOMPARE(guilds.at(1).toObject().value(QStringLiteral("approximate_member_count")).toInt(),
                 2);
    }

    void memberShape()
    {
        Fixture f;
        addMemberships(f);
        const QString token = field(f.login(), "access_token");
        const Reply reply
            = f.http.api(*f.rest, QStringLiteral("/users/@me/guilds/%1/member").arg(GuildA), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject member = reply.json();
        QCOMPARE(member.value(QStringLiteral("roles")).toArray(),
                 QJsonArray({QStringLiteral("11"), QStringLiteral("12")}));
        QCOMPARE(field(member, "nick"), QStringLiteral("boss"));
        QCOMPARE(field(member.value(QStringLiteral("user")).toObject(), "id"), Fixture::UserId);
        QVERIFY(!member.value(QStringLiteral("user"))
                     .toObject()
                     .contains(QStringLiteral("mfa_enabled")));
        for (const char *key : {"joined_at", "premium_since", "deaf", "mute", "flags", "pending",
                                "communication_disabled_until", "avatar"})
            QVERIFY2(member.contains(QLatin1String(key)), key);
        const QJsonObject plain
            = f.http.api(*f.rest, QStringLiteral("/users/@me/guilds/%1/member").arg(GuildB), token)
                  .json();
        QVERIFY(plain.value(QStringLiteral("nick")).isNull());
        QCOMPARE(plain.value(QStringLiteral("roles")).toArray().size(), 0);
    }

    void memberIsMirroredForTheBot()
    {
        Fixture f;
        addMemberships(f);
        const Reply reply = f.http.api(
            *f.rest, QStringLiteral("/guilds/%1/members/%2").arg(GuildA, Fixture::UserId),
            QStringLiteral("bot-token"), "Bot");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("roles")).toArray().size(), 2);
    }

    void unknownGuildAndMember_data()
    {
        QTest::addColumn<QString>("guildId");
        QTest::addColumn<int>("code");
        QTest::newRow("guild the fake does not know") << QStringLiteral("999") << 10004;
        QTest::newRow("guild the user is not in") << Outsider << 10007;
    }
    void unknownGuildAndMember()
    {
        QFETCH(QString, guildId);
        QFETCH(int, code);
        Fixture f;
        addMemberships(f);
        const QString token = field(f.login(), "access_token");
        const Reply reply = f.http.api(
            *f.rest, QStringLiteral("/users/@me/guilds/%1/member").arg(guildId), token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), code);
    }

    void removedMembershipDisappears()
    {
        Fixture f;
        addMemberships(f);
        const QString token = field(f.login(), "access_token");
        f.oauth->removeMembership(Fixture::UserId, GuildA);
        QCOMPARE(f.http.api(*f.rest, QStringLiteral("/users/@me/guilds"), token).array().size(), 1);
        QCOMPARE(
            f.http.api(*f.rest, QStringLiteral("/users/@me/guilds/%1/member").arg(GuildA), token)
                .code(),
            10007);
    }

    void scopesAreEnforced_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QString member = QStringLiteral("/users/@me/guilds/%1/member").arg(GuildA);
        QTest::newRow("identify allows @me")
            << QStringLiteral("identify") << QStringLiteral("/users/@me") << 200;
        QTest::newRow("guilds needed for guilds")
            << QStringLiteral("identify") << QStringLiteral("/users/@me/guilds") << 401;
        QTest::newRow("guilds allows guilds")
            << QStringLiteral("guilds") << QStringLiteral("/users/@me/guilds") << 200;
        QTest::newRow("identify needed for @me")
            << QStringLiteral("guilds") << QStringLiteral("/users/@me") << 401;
        QTest::newRow("guilds is not guilds.members.read")
            << QStringLiteral("identify guilds") << member << 401;
        QTest::newRow("guilds.members.read allows member")
            << QStringLiteral("guilds.members.read") << member << 200;
        QTest::newRow("oauth2/@me needs no scope")
            << QStringLiteral("guilds") << QStringLiteral("/oauth2/@me") << 200;
    }
    void scopesAreEnforced()
    {
        QFETCH(QString, scope);
        QFETCH(QString, path);
        QFETCH(int, status);
        Fixture f;
        addMemberships(f);
        const QString token = field(f.login(scope), "access_token");
        const Reply reply = f.http.api(*f.rest, path, token);
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QCOMPARE(reply.code(), 0);
            QCOMPARE(field(reply.json(), "message"), QStringLiteral("401: Unauthorized"));
            f.oauth->setMissingScopeStyle(MissingScopeStyle::MissingAccess);
            const Reply forbidden = f.http.api(*f.rest, path, token);
            QCOMPARE(forbidden.status, 403);
            QCOMPARE(forbidden.code(), 50001);
        }
    }

    void expiredAccessTokenThenRefresh()
    {
        Fixture f;
        addMemberships(f);
        const QJsonObject tokens = f.login();
        const QString token = field(tokens, "access_token");
        f.rest->advanceClock(FakeDiscordOAuth::AccessTokenLifetimeMs - 60000);
        QCOMPARE(f.http.api(*f.rest, QStringLiteral("/users/@me/guilds"), token).status, 200);
        f.rest->advanceClock(60000);
        const Reply expired = f.http.api(*f.rest, QStringLiteral("/users/@me/guilds"), token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), 0);
        QVERIFY(!f.oauth->isAccessTokenValid(token));

        const Reply refreshed
            = f.http.postForm(f.oauth->tokenUrl(),
                              {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("refresh_token"), field(tokens, "refresh_token")},
                               {QStringLiteral("client_id"), Fixture::PublicId}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(f.http
                     .api(*f.rest, QStringLiteral("/users/@me/guilds"),
                          field(refreshed.json(), "access_token"))
                     .status,
                 200);
    }

    void scriptedExpiryAndRevocation()
    {
        Fixture f;
        const QString first = field(f.login(), "access_token");
        const QString second = field(f.login(), "access_token");
        f.oauth->expireAccessToken(first);
        QCOMPARE(f.http.api(*f.rest, QStringLiteral("/oauth2/@me"), first).status, 401);
        QCOMPARE(f.http.api(*f.rest, QStringLiteral("/oauth2/@me"), second).status, 200);
        f.oauth->revokeUser(Fixture::UserId);
        QCOMPARE(f.http.api(*f.rest, QStringLiteral("/oauth2/@me"), second).status, 401);
        QCOMPARE(f.http.api(*f.rest, QStringLiteral("/oauth2/@me"), QStringLiteral("never-issued"))
                     .status,
                 401);
    }

    void currentAuthorization()
    {
        Fixture f;
        const QString token = field(f.login(QStringLiteral("identify guilds")), "access_token");
        const QJsonObject info = f.http.api(*f.rest, QStringLiteral("/oauth2/@me"), token).json();
        QCOMPARE(field(info.value(QStringLiteral("application")).toObject(), "id"),
                 Fixture::PublicId);
        QCOMPARE(info.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray({QStringLiteral("identify"), QStringLiteral("guilds")}));
        const QDateTime expires = QDateTime::fromString(field(info, "expires"), Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 604800) < 60);
        QCOMPARE(field(info.value(QStringLiteral("user")).toObject(), "id"), Fixture::UserId);
    }

    void applicationOwnedByAUser()
    {
        Fixture f;
        FakeUser owner;
        owner.id = QStringLiteral("555");
        owner.username = QStringLiteral("owner");
        f.oauth->setApplicationOwner(owner);
        const QJsonObject app = f.http
                                    .api(*f.rest, QStringLiteral("/applications/@me"),
                                         QStringLiteral("bot-token"), "Bot")
                                    .json();
        QCOMPARE(field(app, "id"), f.rest->applicationId());
        QCOMPARE(field(app.value(QStringLiteral("owner")).toObject(), "id"), QStringLiteral("555"));
        QVERIFY(app.value(QStringLiteral("team")).isNull());
        QCOMPARE(app.value(QStringLiteral("bot")).toObject().value(QStringLiteral("bot")).toBool(),
                 true);
    }

    void applicationOwnedByATeam()
    {
        Fixture f;
        FakeUser lead;
        lead.id = QStringLiteral("601");
        lead.username = QStringLiteral("lead");
        FakeUser dev;
        dev.id = QStringLiteral("602");
        dev.username = QStringLiteral("dev");
        f.oauth->setApplicationTeam(QStringLiteral("700"), lead.id, {lead, dev});
        const QJsonObject app = f.http
                                    .api(*f.rest, QStringLiteral("/applications/@me"),
                                         QStringLiteral("bot-token"), "Bot")
                                    .json();
        const QJsonObject team = app.value(QStringLiteral("team")).toObject();
        QCOMPARE(field(team, "id"), QStringLiteral("700"));
        QCOMPARE(field(team, "owner_user_id"), QStringLiteral("601"));
        const QJsonArray members = team.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("membership_state")).toInt(), 2);
        QCOMPARE(field(members.at(1).toObject().value(QStringLiteral("user")).toObject(), "id"),
                 QStringLiteral("602"));
        QCOMPARE(field(members.at(1).toObject(), "team_id"), QStringLiteral("700"));
        QCOMPARE(field(app.value(QStringLiteral("owner")).toObject(), "id"), QStringLiteral("700"));
        QCOMPARE(
            app.value(QStringLiteral("owner")).toObject().value(QStringLiteral("flags")).toInt(),
            1024);
    }
};

QTEST_GUILESS_MAIN(TestFakeOAuthUsers)
#include "tst_fakeoauth_users.moc"

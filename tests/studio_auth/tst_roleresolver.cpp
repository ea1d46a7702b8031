// SPDX-License-Identifier: MIT
// RoleResolver: two-factor, owners, and the role mapping over the admin guilds.
#include "auth/RoleResolver.h"

#include <QTest>

using namespace ballsdex::studio;
using ballsdex::domain::Snowflake;
using ballsdex::domain::StudioLoginSettings;
using Kind = AuthError::Kind;

namespace {

constexpr Snowflake Person = 80351110224678912;
constexpr Snowflake Owner = 80351110224678999;
constexpr Snowflake GuildA = 1000000000000000001;
constexpr Snowflake GuildB = 1000000000000000002;
constexpr Snowflake Unlisted = 1000000000000000009;
constexpr Snowflake RootRole = 2000000000000000001;
constexpr Snowflake AdminRole = 2000000000000000002;
constexpr Snowflake ArtistRole = 2000000000000000003;
constexpr Snowflake OtherRole = 2000000000000000004;

StudioLoginSettings settings()
{
    StudioLoginSettings s;
    s.clientId = 100000000000000001;
    s.adminGuildIds = {GuildA, GuildB};
    s.rootRoleIds = {RootRole};
    s.adminRoleIds = {AdminRole};
    s.artistRoleIds = {ArtistRole};
    s.ownerIds = {Owner};
    return s;
}

GuildStanding in(Snowflake guild, const QList<Snowflake> &roles)
{
    return GuildStanding {guild, true, roles};
}

GuildStanding outOf(Snowflake guild)
{
    return GuildStanding {guild, false, {}};
}

} // namespace

Q_DECLARE_METATYPE(QList<GuildStanding>)

class TestRoleResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<Snowflake>("user");
        QTest::addColumn<bool>("mfa");
        QTest::addColumn<QList<GuildStanding>>("standings");
        QTest::addColumn<int>("role"); // StudioRole, or -1 when an error is expected
        QTest::addColumn<int>("error"); // AuthError::Kind when role is -1

        const auto row = [](const char *name, Snowflake user, bool mfa,
                            const QList<GuildStanding> &standings, StudioRole role) {
            QTest::newRow(name) << user << mfa << standings << int(role) << -1;
        };
        const auto failing = [](const char *name, Snowflake user, bool mfa,
                                const QList<GuildStanding> &standings, Kind kind) {
            QTest::newRow(name) << user << mfa << standings << -1 << int(kind);
        };

        failing("no 2FA, even with a root role", Person, false, {in(GuildA, {RootRole})},
                Kind::NoTwoFactor);
        failing("no 2FA, even an owner", Owner, false, {}, Kind::NoTwoFactor);
        row("owner without any guild", Owner, true, {}, StudioRole::Owner);
        row("owner with an artist role stays owner", Owner, true, {in(GuildA, {ArtistRole})},
            StudioRole::Owner);
        row("root role", Person, true, {in(GuildA, {RootRole}), outOf(GuildB)}, StudioRole::Admin);
        row("root role in the second guild", Person, true,
            {in(GuildA, {OtherRole}), in(GuildB, {RootRole})}, StudioRole::Admin);
        row("admin role → staff", Person, true, {in(GuildA, {AdminRole})}, StudioRole::Staff);
        row("artist role", Person, true, {in(GuildB, {OtherRole, ArtistRole})}, StudioRole::Artist);
        row("staff and artist in one guild → admin", Person, true,
            {in(GuildA, {AdminRole, ArtistRole})}, StudioRole::Admin);
        row("staff and artist in two guilds → admin", Person, true,
            {in(GuildA, {AdminRole}), in(GuildB, {ArtistRole})}, StudioRole::Admin);
        row("root beats staff", Person, true, {in(GuildA, {AdminRole, RootRole})},
            StudioRole::Admin);
        failing("member without a mapped role", Person, true, {in(GuildA, {OtherRole})},
                Kind::NoRole);
        failing("member without any role", Person, true, {in(GuildA, {}), outOf(GuildB)},
                Kind::NoRole);
        failing("in no admin guild", Person, true, {outOf(GuildA), outOf(GuildB)},
                Kind::NotInAdminGuild);
        failing("roles in a guild that is not an admin guild count for nothing", Person, true,
                {in(Unlisted, {RootRole}), outOf(GuildA)}, Kind::NotInAdminGuild);
    }

    void resolve()
    {
        QFETCH(Snowflake, user);
        QFETCH(bool, mfa);
        QFETCH(QList<GuildStanding>, standings);
        QFETCH(int, role);
        QFETCH(int, error);

        const DiscordAccount account {user, QStringLiteral("nelly"), QString(), mfa};
        const auto resolved = RoleResolver::resolve(settings(), account, standings);
        if (role >= 0) {
            const QString why = resolved ? QString() : authErrorKey(resolved.error().kind);
            QVERIFY2(resolved.has_value(), qPrintable(why));
            QCOMPARE(int(*resolved), role);
        } else {
            QVERIFY(!resolved.has_value());
            QCOMPARE(int(resolved.error().kind), error);
            QVERIFY(!resolved.error().message().isEmpty());
        }
    }

    void noAdminGuildConfiguredMeansNoRole()
    {
        StudioLoginSettings s = settings();
        s.adminGuildIds.clear();
        const DiscordAccount account {Person, QStringLiteral("nelly"), QString(), true};
        const auto resolved = RoleResolver::resolve(s, account, {});
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().kind, Kind::NoRole);
    }

    void guildCallsAreSkippedWhenTheAccountDecides()
    {
        const StudioLoginSettings s = settings();
        QVERIFY(!RoleResolver::needsStandings(s, DiscordAccount {Person, {}, {}, false}));
        QVERIFY(!RoleResolver::needsStandings(s, DiscordAccount {Owner, {}, {}, true}));
        QVERIFY(RoleResolver::needsStandings(s, DiscordAccount {Person, {}, {}, true}));
    }
};

QTEST_GUILESS_MAIN(TestRoleResolver)
#include "tst_roleresolver.moc"

// SPDX-License-Identifier: MIT
#include "services/StaffDirectory.h"

#include <QJsonArray>
#include <QTest>

using namespace ballsdex;
using bot::services::StaffDirectory;

namespace {

QJsonObject userOwnedApplication(const QString &ownerId)
{
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("9")},
                        {QStringLiteral("owner"), QJsonObject {{QStringLiteral("id"), ownerId}}}};
}

QJsonObject teamApplication()
{
    const auto member = [](const QString &id) {
        return QJsonObject {{QStringLiteral("user"), QJsonObject {{QStringLiteral("id"), id}}}};
    };
    const QJsonObject team {
        {QStringLiteral("owner_user_id"), QStringLiteral("70")},
        {QStringLiteral("members"),
         QJsonArray {member(QStringLiteral("70")), member(QStringLiteral("71"))}}};
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("9")},
                        {QStringLiteral("team"), team}};
}

StaffDirectory::Rules adminRules()
{
    StaffDirectory::Rules rules;
    rules.adminGuildIds = {500};
    rules.rootRoleIds = {600};
    rules.adminRoleIds = {601};
    rules.coOwners = {42};
    return rules;
}

} // namespace

class TestStaffDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownersComeFromTheApplicationAndCoOwners()
    {
        StaffDirectory staff(adminRules());
        staff.setApplication(userOwnedApplication(QStringLiteral("10")));
        QVERIFY(staff.isOwner(10));
        QVERIFY(staff.isOwner(42));
        QVERIFY(!staff.isOwner(11));
        QVERIFY(staff.isStaff(StaffDirectory::Actor {10, std::nullopt, std::nullopt, {}}));
    }

    void teamMembersCountOnlyWhenConfigured()
    {
        StaffDirectory::Rules rules = adminRules();
        StaffDirectory strict(rules);
        strict.setApplication(teamApplication());
        QVERIFY(strict.isOwner(70));
        QVERIFY(!strict.isOwner(71));

        rules.teamMembersAreOwners = true;
        StaffDirectory relaxed(rules);
        relaxed.setApplication(teamApplication());
        QVERIFY(relaxed.isOwner(71));
    }

    void adminRolesCountOnlyInAdminGuildsAndChannels()
    {
        StaffDirectory::Rules rules = adminRules();
        StaffDirectory staff(rules);
        QVERIFY(staff.isStaff(StaffDirectory::Actor {1, 500, 800, {601}}));
        QVERIFY(staff.isStaff(StaffDirectory::Actor {1, 500, 800, {3, 600}}));
        QVERIFY(!staff.isStaff(StaffDirectory::Actor {1, 501, 800, {601}}));
        QVERIFY(!staff.isStaff(StaffDirectory::Actor {1, 500, 800, {602}}));
        QVERIFY(!staff.isStaff(StaffDirectory::Actor {1, std::nullopt, 800, {601}}));

        rules.adminChannelIds = {900};
        StaffDirectory channelBound(rules);
        QVERIFY(channelBound.isStaff(StaffDirectory::Actor {1, 500, 900, {601}}));
        QVERIFY(!channelBound.isStaff(StaffDirectory::Actor {1, 500, 800, {601}}));
    }
};

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"

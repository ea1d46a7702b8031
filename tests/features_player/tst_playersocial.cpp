// SPDX-License-Identifier: MIT
// /player friend add|remove|list and /player block add|remove|list (bot-features §4.3).
#include "PlayerHarness.h"
#include "SqlSeed.h"
#include "features/player/FriendRequestView.h"
#include "schema/Migrator.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using ballsdex::testing::PlayerHarness;
using ballsdex::testing::SqlSeed;
using bot::features::FriendRequestView;
using Kind = RecordedCall::Kind;

namespace {

const QStringList FriendAdd {QStringLiteral("friend"), QStringLiteral("add")};
const QStringList FriendRemove {QStringLiteral("friend"), QStringLiteral("remove")};
const QStringList FriendList {QStringLiteral("friend"), QStringLiteral("list")};
const QStringList BlockAdd {QStringLiteral("block"), QStringLiteral("add")};
const QStringList BlockRemove {QStringLiteral("block"), QStringLiteral("remove")};
const QStringList BlockList {QStringLiteral("block"), QStringLiteral("list")};

bool allDisabled(const QJsonObject &data)
{
    int buttons = 0;
    for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
        for (const QJsonValue &button :
             row.toObject().value(QLatin1String("components")).toArray()) {
            ++buttons;
            if (!button.toObject().value(QLatin1String("disabled")).toBool())
                return false;
        }
    }
    return buttons > 0;
}

} // namespace

class TestPlayerSocial final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<SqlSeed> m_sql;
    std::unique_ptr<PlayerHarness> m_player;

    long long friendships() { return m_sql->count("friendship"); }

    bool areFriends(domain::Snowflake a, domain::Snowflake b)
    {
        return m_sql->scalar("SELECT count(*) FROM friendship f JOIN player p1 ON p1.id = "
                             "f.player1_id JOIN player p2 ON p2.id = f.player2_id WHERE "
                             "p1.discord_id = $1 AND p2.discord_id = $2",
                             static_cast<long long>(a), static_cast<long long>(b))
            == 1;
    }

    bool hasBlocked(domain::Snowflake blocker, domain::Snowflake blocked)
    {
        return m_sql->scalar("SELECT count(*) FROM block b JOIN player p1 ON p1.id = "
                             "b.player1_id JOIN player p2 ON p2.id = b.player2_id WHERE "
                             "p1.discord_id = $1 AND p2.discord_id = $2",
                             static_cast<long long>(blocker), static_cast<long long>(blocked))
            == 1;
    }

    void setPolicy(domain::Snowflake user, const std::string &column, int value)
    {
        m_sql->player(user);
        m_sql->exec("UPDATE player SET " + column + " = $1 WHERE discord_id = $2", value,
                    static_cast<long long>(user));
    }

    /// Sends a friend request from the invoker to OtherUserId; returns the request message.
    RecordedCall request()
    {
        const RecordedCall call = m_player->runOnUser(FriendAdd, OtherUserId);
        return call;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_test = std::make_unique<ballsdex::testing::TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        QVERIFY(schema::Migrator(m_test->conninfo()).migrate());
        m_database = std::make_unique<storage::Database>(
            ballsdex::testing::fastDatabaseOptions(m_test->url()));
        m_sql = std::make_unique<SqlSeed>(m_test->conninfo());
    }

    void init()
    {
        if (!m_database)
            QSKIP("no database");
        m_sql->reset();
        m_player = std::make_unique<PlayerHarness>(*m_database);
        m_player->addUser(InvokerId, QStringLiteral("player"));
        m_player->addUser(OtherUserId, QStringLiteral("other"));
        m_player->addUser(PlayerHarness::ThirdUserId, QStringLiteral("third"));
        m_player->addUser(PlayerHarness::BotUserId, QStringLiteral("robot"), true);
    }

    void cleanup() { m_player.reset(); }

    void friendAddRefusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QString>("reply");
        QTest::newRow("self") << QString() << qint64(InvokerId)
                              << QStringLiteral("You cannot add yourself as a friend.");
        QTest::newRow("bot") << QString() << qint64(PlayerHarness::BotUserId)
                             << QStringLiteral("You cannot add a bot as a friend.");
        QTest::newRow("blacklisted")
            << QStringLiteral("blacklist") << qint64(OtherUserId)
            << QStringLiteral("You cannot add a blacklisted user as a friend.");
        QTest::newRow("policy deny")
            << QStringLiteral("deny") << qint64(OtherUserId)
            << QStringLiteral("This user isn't accepting friend requests.");
        QTest::newRow("invoker blocked target")
            << QStringLiteral("i-blocked") << qint64(OtherUserId)
            << QStringLiteral("You have blocked this user. Unblock them first with </player block "
                              "remove:1600000000000000001>.");
        QTest::newRow("target blocked invoker")
            << QStringLiteral("they-blocked") << qint64(OtherUserId)
            << QStringLiteral("This user has blocked you.");
        QTest::newRow("already friends")
            << QStringLiteral("friends") << qint64(OtherUserId)
            << QStringLiteral("You are already friends with this user.");
    }

    void friendAddRefusals()
    {
        QFETCH(QString, setup);
        QFETCH(qint64, target);
        QFETCH(QString, reply);
        const domain::RowId me = m_sql->player(InvokerId);
        const domain::RowId other = m_sql->player(OtherUserId);
        if (setup == QLatin1String("blacklist"))
            m_player->blacklist.setUser(OtherUserId, true);
        else if (setup == QLatin1String("deny"))
            setPolicy(OtherUserId, "friend_policy", 2);
        else if (setup == QLatin1String("i-blocked"))
            m_sql->block(me, other);
        else if (setup == QLatin1String("they-blocked"))
            m_sql->block(other, me);
        else if (setup == QLatin1String("friends"))
            m_sql->friendship(other, me);
        const long long before = friendships();

        const RecordedCall call = m_player->runOnUser(FriendAdd, target);
        QCOMPARE(call.content(), reply);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 0);
        QCOMPARE(m_player->views.activeCount(), 0);
        QCOMPARE(friendships(), before);
    }

    void acceptedRequestStoresTheFriendship()
    {
        const RecordedCall call = request();
        QCOMPARE(call.kind, Kind::Callback);
        QCOMPARE(call.type, 4);
        QCOMPARE(call.flags(), 0);
        QCOMPARE(call.content(),
                 QStringLiteral("<@%1>, <@%2> has sent you a friend request!")
                     .arg(OtherUserId)
                     .arg(InvokerId));
        const QJsonObject mentions = call.data.value(QLatin1String("allowed_mentions")).toObject();
        QCOMPARE(mentions.value(QLatin1String("users")).toArray(),
                 (QJsonArray {QString::number(OtherUserId)}));
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 1);
        const QString yes = PlayerHarness::customIdEndingWith(call.data, QStringLiteral("yes"));
        QVERIFY(!yes.isEmpty());

        // Neither the requester nor anyone else may answer for the target.
        for (const domain::Snowflake intruder : {InvokerId, PlayerHarness::ThirdUserId}) {
            const RecordedCall refused = m_player->click(yes, intruder);
            QCOMPARE(refused.flags(), 64);
            QCOMPARE(refused.content(),
                     QStringLiteral("Only the player who received this friend request can "
                                    "answer it."));
        }
        QCOMPARE(friendships(), 0LL);

        const RecordedCall accepted = m_player->click(yes, OtherUserId);
        QCOMPARE(accepted.type, 7);
        QVERIFY2(accepted.content().endsWith(QLatin1Char('\n') + FriendRequestView::AcceptedLine),
                 qPrintable(accepted.content()));
        QVERIFY(allDisabled(accepted.data));
        QVERIFY(areFriends(InvokerId, OtherUserId));
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 0);

        const RecordedCall again = m_player->click(yes, OtherUserId);
        QCOMPARE(again.flags(), 64);
        QCOMPARE(friendships(), 1LL);
    }

    void requestPingsOnlyWhenTheTargetAllowsIt()
    {
        setPolicy(OtherUserId, "mention_policy", 2);
        const RecordedCall call = request();
        QCOMPARE(call.content(),
                 QStringLiteral("<@%1>, <@%2> has sent you a friend request!")
                     .arg(OtherUserId)
                     .arg(InvokerId));
        const QJsonObject mentions = call.data.value(QLatin1String("allowed_mentions")).toObject();
        QVERIFY(mentions.value(QLatin1String("users")).toArray().isEmpty());
        QVERIFY(mentions.value(QLatin1String("parse")).toArray().isEmpty());
    }

    void declinedRequestStoresNothing()
    {
        const RecordedCall call = request();
        const QString no = PlayerHarness::customIdEndingWith(call.data, QStringLiteral("no"));
        const RecordedCall declined = m_player->click(no, OtherUserId);
        QCOMPARE(declined.type, 7);
        QVERIFY(declined.content().endsWith(FriendRequestView::DeclinedLine));
        QVERIFY(allDisabled(declined.data));
        QCOMPARE(friendships(), 0LL);
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 0);
        // A new request is possible at once.
        QCOMPARE(request().type, 4);
    }

    void expiredRequestStoresNothing()
    {
        const RecordedCall call = request();
        const qsizetype before = m_player->transport.calls.size();
        m_player->scheduler.advance(FriendRequestView::Timeout.count() - 1000);
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 1);
        m_player->scheduler.advance(1000);
        const RecordedCall disabled = m_player->waitForCalls(before + 1);
        QCOMPARE(disabled.kind, Kind::EditOriginal);
        QVERIFY(allDisabled(disabled.data));
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 0);
        QCOMPARE(friendships(), 0LL);

        const RecordedCall late = m_player->click(
            PlayerHarness::customIdEndingWith(call.data, QStringLiteral("yes")), OtherUserId);
        QCOMPARE(late.content(), InteractionRouter::ExpiredComponentMessage);
        QCOMPARE(friendships(), 0LL);
    }

    void pendingRequestsAreRefusedBothWays()
    {
        QCOMPARE(request().type, 4);
        const RecordedCall twice = m_player->runOnUser(FriendAdd, OtherUserId);
        QCOMPARE(twice.content(),
                 QStringLiteral("You already have a pending friend request to this user."));
        const RecordedCall reverse = m_player->runOnUser(FriendAdd, InvokerId, OtherUserId);
        QCOMPARE(reverse.content(),
                 QStringLiteral("This user has already sent you a friend "
                                "request! Answer it on their message."));
        QCOMPARE(reverse.flags(), 64);
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 1);
    }

    void requestOfADeletedPlayerCannotBeAccepted()
    {
        const RecordedCall call = request();
        const QString yes = PlayerHarness::customIdEndingWith(call.data, QStringLiteral("yes"));
        const RecordedCall prompt = m_player->run({QStringLiteral("delete")});
        const qsizetype before = m_player->transport.calls.size();
        m_player->click(PlayerHarness::customIdEndingWith(prompt.data, QStringLiteral("yes")),
                        InvokerId);
        m_player->waitForCalls(before + 2);
        QCOMPARE(m_sql->count("player", "discord_id = " + std::to_string(InvokerId)), 0LL);
        QCOMPARE(m_player->commands.pendingFriendRequests().size(), 0);

        const RecordedCall accepted = m_player->click(yes, OtherUserId);
        QVERIFY2(accepted.content().endsWith(FriendRequestView::InvalidLine),
                 qPrintable(accepted.content()));
        QCOMPARE(friendships(), 0LL);
    }

    void blockedMeanwhileMakesTheRequestInvalid()
    {
        const RecordedCall call = request();
        m_sql->block(m_sql->player(OtherUserId), m_sql->player(InvokerId));
        const RecordedCall accepted = m_player->click(
            PlayerHarness::customIdEndingWith(call.data, QStringLiteral("yes")), OtherUserId);
        QVERIFY(accepted.content().endsWith(FriendRequestView::InvalidLine));
        QCOMPARE(friendships(), 0LL);
    }

    void friendRemove_data()
    {
        QTest::addColumn<bool>("friends");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QString>("reply");
        QTest::newRow("friends") << true << qint64(OtherUserId)
                                 << QStringLiteral("OTHER has been removed as a friend.");
        QTest::newRow("not friends") << false << qint64(OtherUserId)
                                     << QStringLiteral("You are not friends with this user.");
        QTest::newRow("never played") << false << qint64(PlayerHarness::ThirdUserId)
                                      << QStringLiteral("You are not friends with this user.");
        QTest::newRow("self") << false << qint64(InvokerId)
                              << QStringLiteral("You cannot remove yourself as a friend.");
        QTest::newRow("bot") << false << qint64(PlayerHarness::BotUserId)
                             << QStringLiteral("You cannot be friends with a bot.");
    }

    void friendRemove()
    {
        QFETCH(bool, friends);
        QFETCH(qint64, target);
        QFETCH(QString, reply);
        const domain::RowId me = m_sql->player(InvokerId);
        const domain::RowId other = m_sql->player(OtherUserId);
        if (friends)
            m_sql->friendship(other, me);
        const RecordedCall call = m_player->runOnUser(FriendRemove, target);
        QCOMPARE(call.content(), reply);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(friendships(), 0LL);
    }

    void friendListPaginatesFivePerPage()
    {
        QCOMPARE(m_player->run(FriendList).content(),
                 QStringLiteral("You currently do not have any friends added."));
        const domain::RowId me = m_sql->player(InvokerId);
        for (int i = 0; i < 7; ++i) {
            const domain::RowId friendRow = m_sql->player(1500000000000000010LL + i);
            m_sql->friendship(i % 2 ? me : friendRow, i % 2 ? friendRow : me);
            m_sql->exec("UPDATE friendship SET since = $1::timestamptz WHERE player1_id = $2 OR "
                        "player2_id = $2",
                        QStringLiteral("2025-01-0%1T12:00:00Z").arg(i + 1).toStdString(),
                        static_cast<long long>(friendRow));
        }
        const RecordedCall call = m_player->run(FriendList);
        QCOMPARE(call.flags(), 64);
        const QJsonObject embed = PlayerHarness::firstEmbed(call);
        QCOMPARE(embed.value(QLatin1String("title")).toString(), QStringLiteral("Friend List"));
        const QString description = embed.value(QLatin1String("description")).toString();
        const qint64 firstSince
            = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        QVERIFY2(description.startsWith(QStringLiteral("**1.** <@1500000000000000010> "
                                                       "(1500000000000000010)\nSince: <t:%1:d>")
                                            .arg(firstSince)),
                 qPrintable(description));
        QVERIFY(description.contains(QLatin1String("**5.** <@1500000000000000014>")));
        QVERIFY(!description.contains(QLatin1String("**6.**")));
        QCOMPARE(embed.value(QLatin1String("footer"))[QLatin1String("text")].toString(),
                 QStringLiteral("Page 1/2"));
        // Compact: ≪ Back Next ≫ Quit, no "Skip to page".
        QVERIFY(!PlayerHarness::customIdEndingWith(call.data, QStringLiteral("next")).isEmpty());
        QVERIFY(!call.data.value(QLatin1String("components"))
                     .toArray()
                     .at(0)[QLatin1String("components")]
                     .toArray()
                     .isEmpty());
        QCOMPARE(call.data.value(QLatin1String("components")).toArray().size(), 1);

        const RecordedCall second = m_player->click(
            PlayerHarness::customIdEndingWith(call.data, QStringLiteral("next")), InvokerId);
        const QString secondPage
            = PlayerHarness::firstEmbed(second).value(QLatin1String("description")).toString();
        QVERIFY2(secondPage.startsWith(QLatin1String("**6.** <@1500000000000000015>")),
                 qPrintable(secondPage));
        QVERIFY(secondPage.contains(QLatin1String("**7.**")));
    }

    void singlePageListShowsTheHint()
    {
        m_sql->friendship(m_sql->player(InvokerId), m_sql->player(OtherUserId));
        const QJsonObject embed = PlayerHarness::firstEmbed(m_player->run(FriendList));
        QCOMPARE(embed.value(QLatin1String("footer"))[QLatin1String("text")].toString(),
                 QStringLiteral("Use /player friend add to add friends."));
    }

    void blockAddRefusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QString>("reply");
        QTest::newRow("self") << QString() << qint64(InvokerId)
                              << QStringLiteral("You cannot block yourself.");
        QTest::newRow("bot") << QString() << qint64(PlayerHarness::BotUserId)
                             << QStringLiteral("You cannot block a bot.");
        QTest::newRow("already") << QStringLiteral("blocked") << qint64(OtherUserId)
                                 << QStringLiteral("You have already blocked OTHER.");
        QTest::newRow("pending request")
            << QStringLiteral("pending") << qint64(OtherUserId)
            << QStringLiteral("You have a pending friend request to OTHER. Wait for it to be "
                              "answered or to expire before blocking them.");
    }

    void blockAddRefusals()
    {
        QFETCH(QString, setup);
        QFETCH(qint64, target);
        QFETCH(QString, reply);
        if (setup == QLatin1String("blocked"))
            m_sql->block(m_sql->player(InvokerId), m_sql->player(OtherUserId));
        if (setup == QLatin1String("pending"))
            QCOMPARE(request().type, 4);
        const long long blocks = m_sql->count("block");
        const RecordedCall call = m_player->runOnUser(BlockAdd, target);
        QCOMPARE(call.content(), reply);
        QCOMPARE(m_player->transport.ofKind(Kind::Callback).last().flags(), 64);
        QCOMPARE(m_sql->count("block"), blocks);
    }

    void blockAddStoresTheBlock()
    {
        const RecordedCall call = m_player->runOnUser(BlockAdd, OtherUserId);
        QCOMPARE(call.content(), QStringLiteral("You have now blocked OTHER."));
        QVERIFY(hasBlocked(InvokerId, OtherUserId));
        QVERIFY(!hasBlocked(OtherUserId, InvokerId));
    }

    void blockingAFriendAsksFirst_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("cancelled") << false;
    }

    void blockingAFriendAsksFirst()
    {
        QFETCH(bool, confirm);
        m_sql->friendship(m_sql->player(OtherUserId), m_sql->player(InvokerId));
        const RecordedCall prompt = m_player->runOnUser(BlockAdd, OtherUserId);
        QVERIFY2(prompt.content().startsWith(QLatin1String("You are friends with OTHER.")),
                 qPrintable(prompt.content()));
        QVERIFY(!hasBlocked(InvokerId, OtherUserId));
        const qsizetype before = m_player->transport.calls.size();
        const RecordedCall clicked = m_player->click(
            PlayerHarness::customIdEndingWith(
                prompt.data, confirm ? QStringLiteral("yes") : QStringLiteral("no")),
            InvokerId);
        QCOMPARE(clicked.type, 7);
        if (confirm) {
            const RecordedCall done = m_player->waitForCalls(before + 2);
            QCOMPARE(done.content(), QStringLiteral("You have now blocked OTHER."));
            QCOMPARE(done.flags(), 64);
            QVERIFY(hasBlocked(InvokerId, OtherUserId));
            QCOMPARE(friendships(), 0LL);
        } else {
            QTRY_COMPARE(m_player->router.inFlight(), 0);
            QCOMPARE(m_player->transport.calls.size(), before + 1);
            QVERIFY(!hasBlocked(InvokerId, OtherUserId));
            QCOMPARE(friendships(), 1LL);
        }
    }

    void blockRemove_data()
    {
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QString>("reply");
        QTest::newRow("blocked") << true << qint64(OtherUserId)
                                 << QStringLiteral("OTHER has been unblocked.");
        QTest::newRow("not blocked")
            << false << qint64(OtherUserId) << QStringLiteral("This user isn't blocked.");
        QTest::newRow("self") << false << qint64(InvokerId)
                              << QStringLiteral("You cannot unblock yourself.");
        QTest::newRow("bot") << false << qint64(PlayerHarness::BotUserId)
                             << QStringLiteral("You cannot block or unblock a bot.");
    }

    void blockRemove()
    {
        QFETCH(bool, blocked);
        QFETCH(qint64, target);
        QFETCH(QString, reply);
        const domain::RowId me = m_sql->player(InvokerId);
        const domain::RowId other = m_sql->player(OtherUserId);
        m_sql->block(other, me); // the other direction stays untouched
        if (blocked)
            m_sql->block(me, other);
        const RecordedCall call = m_player->runOnUser(BlockRemove, target);
        QCOMPARE(call.content(), reply);
        QCOMPARE(call.flags(), 64);
        QVERIFY(!hasBlocked(InvokerId, OtherUserId));
        QVERIFY(hasBlocked(OtherUserId, InvokerId));
    }

    void blockListShowsTheBlockedUsers()
    {
        QCOMPARE(m_player->run(BlockList).content(),
                 QStringLiteral("You haven't blocked any users!"));
        const domain::RowId me = m_sql->player(InvokerId);
        m_sql->block(me, m_sql->player(OtherUserId));
        m_sql->block(m_sql->player(PlayerHarness::ThirdUserId), me); // not mine
        const RecordedCall call = m_player->run(BlockList);
        const QJsonObject embed = PlayerHarness::firstEmbed(call);
        QCOMPARE(embed.value(QLatin1String("title")).toString(),
                 QStringLiteral("Blocked Users List"));
        const QString description = embed.value(QLatin1String("description")).toString();
        QVERIFY2(description.startsWith(
                     QStringLiteral("**1.** <@%1> (%1)\nBlocked at: <t:").arg(OtherUserId)),
                 qPrintable(description));
        QVERIFY(!description.contains(QString::number(PlayerHarness::ThirdUserId)));
        QVERIFY(!description.contains(QLatin1String("**2.**")));
    }
};

QTEST_GUILESS_MAIN(TestPlayerSocial)
#include "tst_playersocial.moc"

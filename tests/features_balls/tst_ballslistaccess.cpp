// SPDX-License-Identifier: MIT
// /balls list of another user's inventory behind privacy and blocks, the empty-result wording
// and the select menu that shows a card, through the real router and database.
#include "ListScenario.h"

using namespace ballsdex;
using namespace ballsdex::testing;
using storage::InstanceSort;

class TestBallsListAccess final : public QObject, private ListScenario
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!seed())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
    }

    void init()
    {
        if (!m_fixture.database)
            QSKIP("no database");
        m_fixture.build();
    }

    void cleanup() { m_fixture.teardown(); }

    void otherInventories_data()
    {
        QTest::addColumn<Snowflake>("viewer");
        QTest::addColumn<Snowflake>("target");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal"); ///< empty when the list shows
        QTest::newRow("open") << InvokerId << RivalId << "rival" << QString();
        QTest::newRow("private") << InvokerId << OtherUserId << "other"
                                 << QStringLiteral("OTHER has set their inventory to private.");
        QTest::newRow("friends only, friends") << InvokerId << PalId << "pal" << QString();
        QTest::newRow("friends only, not friends")
            << InvokerId << LonerId << "loner"
            << QStringLiteral("LONER only shows their inventory to friends.");
        QTest::newRow("blocked")
            << InvokerId << BlockerId << "blocker"
            << QStringLiteral("You cannot view BLOCKER's inventory: they have blocked you.");
        QTest::newRow("staff sees a private one") << StaffId << OtherUserId << "other" << QString();
        QTest::newRow("staff ignores a block") << StaffId << BlockerId << "blocker" << QString();
        QTest::newRow("never played") << InvokerId << StrangerId << "stranger"
                                      << QStringLiteral("STRANGER doesn't have any testballs yet.");
        QTest::newRow("owns nothing") << InvokerId << EmptyId << "empty"
                                      << QStringLiteral("EMPTY doesn't have any testballs yet.");
    }

    void otherInventories()
    {
        QFETCH(Snowflake, viewer);
        QFETCH(Snowflake, target);
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        const UserArgument user {target, name};
        const RecordedCall call = m_fixture.run(QStringLiteral("list"),
                                                {BallsFixture::userOption(user)}, viewer, {user});
        if (!refusal.isEmpty()) {
            QCOMPARE(call.content(), refusal);
            QCOMPARE(call.flags(), 64);
            QVERIFY(call.data.value(QLatin1String("embeds")).toArray().isEmpty());
            return;
        }
        QCOMPARE(call.flags(), 0);
        QCOMPARE(call.content(), QStringLiteral("Viewing %1's testballs").arg(name.toUpper()));
        QCOMPARE(firstEmbed(call).value(QLatin1String("title")).toString(),
                 QStringLiteral("%1's testballs").arg(name.toUpper()));
        QCOMPARE(fieldNames(call).size(), 3);
    }

    void selfAsUserIsOneself()
    {
        const UserArgument self {InvokerId, QStringLiteral("player")};
        const RecordedCall call = m_fixture.run(
            QStringLiteral("list"), {BallsFixture::userOption(self)}, InvokerId, {self});
        QCOMPARE(call.content(), QString());
        QCOMPARE(firstEmbed(call).value(QLatin1String("title")).toString(),
                 QStringLiteral("Your testballs"));
    }

    void emptyResults_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<Snowflake>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing at all")
            << QJsonArray() << EmptyId << QStringLiteral("You don't have any testballs yet.");
        QJsonArray special = stringOption(QStringLiteral("special"), QString::number(m_shiny.id));
        special.append(
            option(QStringLiteral("countryball"), OptionType::String, QStringLiteral("Spain")));
        special.append(
            option(QStringLiteral("filter"), OptionType::String, QStringLiteral("this_server")));
        QTest::newRow("qualified")
            << special << InvokerId
            << QStringLiteral(
                   "You don't have any Shiny Spain testballs caught in this server yet.");
        QJsonArray traded = stringOption(QStringLiteral("countryball"), QStringLiteral("Italy"));
        traded.append(
            option(QStringLiteral("filter"), OptionType::String, QStringLiteral("only_specials")));
        QTest::newRow("only specials")
            << traded << RivalId
            << QStringLiteral("You don't have any special Italy testballs yet.");
        QTest::newRow("this server")
            << stringOption(QStringLiteral("filter"), QStringLiteral("this_server")) << RivalId
            << QStringLiteral("You don't have any testballs caught in this server yet.");
    }

    void emptyResults()
    {
        QFETCH(QJsonArray, options);
        QFETCH(Snowflake, user);
        QFETCH(QString, expected);
        const RecordedCall call = m_fixture.run(QStringLiteral("list"), options, user);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), expected);
    }

    void pickShowsTheCardEphemerally()
    {
        const QList<domain::RowId> order
            = expectedOrder(m_mine, m_balls, InstanceSort::Default, false);
        const RecordedCall list = m_fixture.run(QStringLiteral("list"));
        const QString select = componentId(list.data, QStringLiteral("pick"));
        QVERIFY(!select.isEmpty());
        domain::BallInstance traded;
        for (const domain::BallInstance &instance : m_mine) {
            if (instance.tradePlayerId && order.indexOf(instance.id) < 25)
                traded = instance;
        }
        QVERIFY(traded.id != 0);
        const qsizetype before = m_fixture.transport->calls.size();
        const RecordedCall card = m_fixture.click(select, {domain::displayId(traded.id).mid(1)});
        const RecordedCall deferred = m_fixture.transport->calls.at(before);
        QCOMPARE(deferred.type, 5);
        QCOMPARE(deferred.flags(), 64);
        QCOMPARE(card.kind, RecordedCall::Kind::EditOriginal);
        QCOMPARE(card.fileCount, 1);
        QVERIFY2(card.content().startsWith(
                     QStringLiteral("ID: `%1`\n").arg(domain::displayId(traded.id))),
                 qPrintable(card.content()));
        QVERIFY(card.content().contains(
            QStringLiteral("Obtained by trade with <@%1>.").arg(OtherUserId)));
        // The list itself is untouched.
        for (qsizetype i = before; i < m_fixture.transport->calls.size(); ++i)
            QVERIFY(m_fixture.transport->calls.at(i).type != 7);
    }

    void onlyTheInvokerMayPick()
    {
        const RecordedCall list = m_fixture.run(QStringLiteral("list"));
        const QString select = componentId(list.data, QStringLiteral("pick"));
        const RecordedCall refused
            = m_fixture.click(select, {domain::displayId(m_mine.first().id).mid(1)}, OtherUserId);
        QCOMPARE(refused.flags(), 64);
        QCOMPARE(refused.content(), QStringLiteral("You cannot interact with this view."));
    }

    void pickOfAnInstanceThatLeft()
    {
        const UserArgument rival {RivalId, QStringLiteral("rival")};
        const RecordedCall list = m_fixture.run(
            QStringLiteral("list"), {BallsFixture::userOption(rival)}, InvokerId, {rival});
        const QString select = componentId(list.data, QStringLiteral("pick"));
        const domain::BallInstance gone = m_rivals.first();
        QVERIFY(await(storage::InstanceRepository(*m_fixture.database)
                          .transfer({gone.id}, gone.playerId, m_other)));
        const RecordedCall answer = m_fixture.click(select, {domain::displayId(gone.id).mid(1)});
        QCOMPARE(answer.flags(), 64);
        QCOMPARE(answer.content(),
                 QStringLiteral("The testball %1 is no longer in this collection.")
                     .arg(domain::displayId(gone.id)));
    }
};

QTEST_MAIN(TestBallsListAccess)
#include "tst_ballslistaccess.moc"

// SPDX-License-Identifier: MIT
// /balls list of one's own collection through the real router and database: every sort and
// filter (the order checked against one computed here), paging and refused options.
#include "ListScenario.h"

using namespace ballsdex;
using namespace ballsdex::testing;
using storage::InstanceSort;

Q_DECLARE_METATYPE(storage::InstanceSort)

class TestBallsList final : public QObject, private ListScenario
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

    void firstPageFavoritesThenNewest()
    {
        const RecordedCall call = m_fixture.run(QStringLiteral("list"));
        QCOMPARE(call.flags(), 0);
        QCOMPARE(call.content(), QString());
        const QJsonObject embed = firstEmbed(call);
        QCOMPARE(embed.value(QLatin1String("title")).toString(), QStringLiteral("Your testballs"));
        QCOMPARE(description(call), QStringLiteral("30 testballs"));
        QCOMPARE(footer(call), QStringLiteral("Page 1/2"));
        const QList<domain::RowId> order
            = expectedOrder(m_mine, m_balls, InstanceSort::Default, false);
        QCOMPARE(fieldNames(call), entryNames(order.mid(0, 25)));
        QVERIFY(fieldNames(call).first().startsWith(QStringLiteral("⭐ ")));
        const QJsonObject first
            = firstEmbed(call).value(QLatin1String("fields")).toArray().first().toObject();
        const domain::BallInstance favorite = m_mine.at(10);
        QCOMPARE(first.value(QLatin1String("value")).toString(),
                 QStringLiteral("ATK: 43(+9%) • HP: 141(+18%) • 2025/01/01 | 10:50"));
        QCOMPARE(favorite.id, order.first());

        const QJsonArray options = selectOptions(call.data);
        QCOMPARE(options.size(), 25);
        for (int i = 0; i < 25; ++i) {
            const QJsonObject option = options.at(i).toObject();
            QCOMPARE(option.value(QLatin1String("value")).toString(),
                     domain::displayId(order.at(i)).mid(1));
            QCOMPARE(option.value(QLatin1String("label")).toString(), entryName(order.at(i)));
        }
        QCOMPARE(options.first().toObject().value(QLatin1String("description")).toString(),
                 first.value(QLatin1String("value")).toString());
        QVERIFY(options.first()
                    .toObject()
                    .value(QLatin1String("emoji"))
                    .toObject()
                    .contains(QLatin1String("id")));
    }

    void pagesComeAndGo()
    {
        const QList<domain::RowId> order
            = expectedOrder(m_mine, m_balls, InstanceSort::Default, false);
        const RecordedCall first = m_fixture.run(QStringLiteral("list"));
        const RecordedCall second = clickAction(first, QStringLiteral("next"));
        QCOMPARE(second.type, 7);
        QCOMPARE(fieldNames(second), entryNames(order.mid(25)));
        QCOMPARE(footer(second), QStringLiteral("Page 2/2"));
        QCOMPARE(selectOptions(second.data).size(), 5);
        const RecordedCall back = clickAction(second, QStringLiteral("previous"));
        QCOMPARE(fieldNames(back), entryNames(order.mid(0, 25)));
        const RecordedCall last = clickAction(back, QStringLiteral("last"));
        QCOMPARE(fieldNames(last), entryNames(order.mid(25)));

        const RecordedCall modal = clickAction(last, QStringLiteral("jump"));
        QCOMPARE(modal.type, 9);
        const QString form = modal.data.value(QLatin1String("custom_id")).toString();
        const qsizetype before = m_fixture.transport->calls.size();
        const RecordedCall jumped = m_fixture.send(
            modalPayload(m_fixture.clock->now(), form, QStringLiteral("page"), QStringLiteral("1"),
                         true, InvokerId, ++m_fixture.sequence),
            before);
        QCOMPARE(fieldNames(jumped), entryNames(order.mid(0, 25)));
    }

    void sorts_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<InstanceSort>("expected");
        QTest::addColumn<bool>("reverse");
        const QList<QPair<const char *, InstanceSort>> sorts {
            {"alphabetic", InstanceSort::Alphabetic},
            {"catch_date", InstanceSort::CatchDate},
            {"rarity", InstanceSort::Rarity},
            {"special", InstanceSort::Special},
            {"health", InstanceSort::Health},
            {"attack", InstanceSort::Attack},
            {"health_bonus", InstanceSort::HealthBonus},
            {"attack_bonus", InstanceSort::AttackBonus},
            {"stats_bonus", InstanceSort::StatsBonus},
            {"duplicates", InstanceSort::Duplicates}};
        for (const auto &[name, sort] : sorts) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << sort << false;
            QTest::addRow("%s reversed", name) << QString::fromLatin1(name) << sort << true;
        }
        QTest::newRow("default reversed") << QString() << InstanceSort::Default << true;
    }

    void sorts()
    {
        QFETCH(QString, sort);
        QFETCH(InstanceSort, expected);
        QFETCH(bool, reverse);
        QJsonArray options {option(QStringLiteral("reverse"), OptionType::Boolean, reverse)};
        if (!sort.isEmpty())
            options.append(option(QStringLiteral("sort"), OptionType::String, sort));
        const RecordedCall first = m_fixture.run(QStringLiteral("list"), options);
        const QList<domain::RowId> order = expectedOrder(m_mine, m_balls, expected, reverse);
        QCOMPARE(fieldNames(first), entryNames(order.mid(0, 25)));
        const RecordedCall second = clickAction(first, QStringLiteral("next"));
        QCOMPARE(fieldNames(second), entryNames(order.mid(25)));
    }

    void filters_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<bool>("directMessage");
        QTest::addColumn<QList<domain::RowId>>("expected");
        const auto ids = [this](const std::function<bool(const domain::BallInstance &)> &keep) {
            return expectedOrder(mineWhere(keep), m_balls, InstanceSort::Default, false);
        };
        const domain::RowId spain = m_balls.at(1).id;
        const domain::RowId shiny = m_shiny.id;
        QTest::newRow("countryball by id")
            << stringOption(QStringLiteral("countryball"), QString::number(spain)) << false
            << ids([spain](const domain::BallInstance &i) { return i.ballId == spain; });
        QTest::newRow("countryball by name")
            << stringOption(QStringLiteral("countryball"), QStringLiteral("spain")) << false
            << ids([spain](const domain::BallInstance &i) { return i.ballId == spain; });
        QTest::newRow("special") << stringOption(QStringLiteral("special"), QString::number(shiny))
                                 << false << ids([shiny](const domain::BallInstance &i) {
                                        return i.specialId == shiny;
                                    });
        QTest::newRow("only specials")
            << stringOption(QStringLiteral("filter"), QStringLiteral("only_specials")) << false
            << ids([](const domain::BallInstance &i) { return i.specialId.has_value(); });
        QTest::newRow("non specials")
            << stringOption(QStringLiteral("filter"), QStringLiteral("non_specials")) << false
            << ids([](const domain::BallInstance &i) { return !i.specialId.has_value(); });
        QTest::newRow("self caught")
            << stringOption(QStringLiteral("filter"), QStringLiteral("self_caught")) << false
            << ids([](const domain::BallInstance &i) { return !i.tradePlayerId.has_value(); });
        QTest::newRow("this server")
            << stringOption(QStringLiteral("filter"), QStringLiteral("this_server")) << false
            << ids([](const domain::BallInstance &i) { return i.serverId == GuildId; });
        QTest::newRow("this server is ignored in DMs")
            << stringOption(QStringLiteral("filter"), QStringLiteral("this_server")) << true
            << ids([](const domain::BallInstance &) { return true; });
        QJsonArray both = stringOption(QStringLiteral("countryball"), QStringLiteral("France"));
        both.append(
            option(QStringLiteral("filter"), OptionType::String, QStringLiteral("self_caught")));
        const domain::RowId france = m_balls.at(0).id;
        QTest::newRow("ball and filter")
            << both << false << ids([france](const domain::BallInstance &i) {
                   return i.ballId == france && !i.tradePlayerId;
               });
    }

    void filters()
    {
        QFETCH(QJsonArray, options);
        QFETCH(bool, directMessage);
        QFETCH(QList<domain::RowId>, expected);
        QVERIFY(!expected.isEmpty());
        const RecordedCall call
            = m_fixture.run(QStringLiteral("list"), options, InvokerId, {}, directMessage);
        QCOMPARE(description(call), QStringLiteral("%1 testballs").arg(expected.size()));
        QCOMPARE(fieldNames(call), entryNames(expected.mid(0, 25)));
    }

    void refusedPicks_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<QString>("expected");
        const QString notFound = QStringLiteral("The %1 could not be found. Make sure to use the "
                                                "autocomplete function on this command.");
        QTest::newRow("disabled ball")
            << stringOption(QStringLiteral("countryball"), QString::number(m_atlantis.id))
            << QStringLiteral("This testball is disabled and will not be shown.");
        QTest::newRow("unknown ball")
            << stringOption(QStringLiteral("countryball"), QStringLiteral("Narnia"))
            << notFound.arg(QStringLiteral("testball"));
        QTest::newRow("hidden special")
            << stringOption(QStringLiteral("special"), QString::number(m_hidden.id))
            << notFound.arg(QStringLiteral("special"));
    }

    void refusedPicks()
    {
        QFETCH(QJsonArray, options);
        QFETCH(QString, expected);
        const RecordedCall call = m_fixture.run(QStringLiteral("list"), options);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), expected);
    }
};

QTEST_MAIN(TestBallsList)
#include "tst_ballslist.moc"

// SPDX-License-Identifier: MIT
// /balls collection, duplicate and favorite, the catalogue options, and the database-down path.
#include "CollectionFixture.h"

using namespace ballsdex;
using namespace ballsdex::testing;

namespace {

const QString notFoundBall = QStringLiteral(
    "The testball could not be found. Make sure to use the autocomplete function on this command.");
const QString apology
    = QStringLiteral("The database is unavailable right now, please try again in a moment.");

QJsonObject stringOption(const QString &name, const QString &value)
{
    return option(name, OptionType::String, value);
}

QStringList choiceNames(const QJsonArray &choices)
{
    QStringList names;
    for (const QJsonValue &choice : choices)
        names.append(choice.toObject().value(QLatin1String("name")).toString());
    return names;
}

/// "label|description|emoji" per select option.
QStringList optionList(const QJsonArray &options)
{
    QStringList list;
    for (const QJsonValue &value : options) {
        const QJsonObject object = value.toObject();
        const QJsonObject emoji = object.value(QLatin1String("emoji")).toObject();
        const QString emojiText = emoji.contains(QLatin1String("id"))
            ? emoji.value(QLatin1String("id")).toString()
            : emoji.value(QLatin1String("name")).toString();
        list.append(object.value(QLatin1String("label")).toString() + QLatin1Char('|')
                    + object.value(QLatin1String("description")).toString() + QLatin1Char('|')
                    + emojiText);
    }
    return list;
}

} // namespace

class TestCollectionCommands final : public QObject
{
    Q_OBJECT

private:
    CollectionFixture m_fx;
    domain::Ball m_france, m_spain, m_italy, m_atlantis, m_germany;
    domain::Special m_golden, m_summer, m_secret;
    domain::RowId m_invoker = 0, m_rival = 0;
    QList<domain::BallInstance> m_mine;
    domain::BallInstance m_theirs;

    bool isFavorite(domain::RowId id)
    {
        bool favorite = false;
        m_fx.exec([&](storage::Transaction &tx) {
            favorite
                = tx.exec1("SELECT favorite FROM ballinstance WHERE id = $1", id)[0].as<bool>();
        });
        return favorite;
    }

    RecordedCall favorite(domain::RowId id)
    {
        return m_fx.run(
            QStringLiteral("favorite"),
            QJsonArray {stringOption(QStringLiteral("countryball"), domain::displayId(id).mid(1))});
    }

    RecordedCall duplicate(const QString &type, std::optional<int> limit = std::nullopt,
                           Snowflake user = InvokerId)
    {
        QJsonArray options {stringOption(QStringLiteral("type"), type)};
        if (limit)
            options.append(option(QStringLiteral("limit"), OptionType::Integer, *limit));
        return m_fx.run(QStringLiteral("duplicate"), options, user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_fx.open())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_france = m_fx.createBall(QStringLiteral("France"), 101);
        m_spain = m_fx.createBall(QStringLiteral("Spain"), 102, true, false); // not tradeable
        m_italy = m_fx.createBall(QStringLiteral("Italy"), 103);
        m_atlantis = m_fx.createBall(QStringLiteral("Atlantis"), 104, false);
        m_germany = m_fx.createBall(QStringLiteral("Germany"), 106);
        m_golden = m_fx.createSpecial(QStringLiteral("Golden"), QStringLiteral("✨"), false);
        m_summer = m_fx.createSpecial(QStringLiteral("Summer"), QStringLiteral("☀️"), false);
        m_secret = m_fx.createSpecial(QStringLiteral("Secret"), QStringLiteral("🤫"), true);
        const domain::RowId regime = m_fx.regimeId;
        // Thirty more balls, one of each owned by the collector (two pages of duplicates).
        m_fx.exec([regime](storage::Transaction &tx) {
            tx.exec("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                    "collection_card, credits, capacity_name, capacity_description, regime_id) "
                    "SELECT 'Extra' || lpad(g::text, 2, '0'), 1, 1, 1, 500 + g, 'w', 'c', 'x', "
                    "'a', 'b', $1 FROM generate_series(1, 30) g",
                    regime);
        });
        m_fx.reloadCatalogue();

        m_invoker = m_fx.createPlayer(InvokerId);
        m_rival = m_fx.createPlayer(RivalId);
        const domain::RowId collector = m_fx.createPlayer(CollectorId);
        m_mine = {m_fx.createInstance(m_france, m_invoker),
                  m_fx.createInstance(m_france, m_invoker, m_golden.id),
                  m_fx.createInstance(m_france, m_invoker, m_golden.id, m_rival),
                  m_fx.createInstance(m_spain, m_invoker),
                  m_fx.createInstance(m_spain, m_invoker, m_summer.id, m_rival),
                  m_fx.createInstance(m_italy, m_invoker, m_secret.id),
                  m_fx.createInstance(m_atlantis, m_invoker)};
        const domain::RowId deleted = m_fx.createInstance(m_france, m_invoker, m_golden.id).id;
        m_theirs = m_fx.createInstance(m_italy, m_rival);
        m_fx.exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET deleted = true WHERE id = $1", deleted);
            tx.exec("INSERT INTO ballinstance (ball_id, player_id) SELECT id, $1 FROM ball "
                    "WHERE country LIKE 'Extra%'",
                    collector);
        });
    }

    void init()
    {
        if (!m_fx.database)
            QSKIP("no database");
        m_fx.build();
        m_fx.exec(
            [](storage::Transaction &tx) { tx.exec("UPDATE ballinstance SET favorite = false"); });
    }

    void collectionTotals_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("thumbnail");
        QTest::newRow("everything")
            << QJsonArray {} << 0 << QStringLiteral("Total Collection")
            << QStringLiteral("**Total**: 7 (5 caught, 2 received)\n**Total Specials**: 4\n\n"
                              "✨ Golden: 2\n☀️ Summer: 1\nSecret: 1")
            << QString();
        QTest::newRow("one ball by id")
            << QJsonArray {stringOption(QStringLiteral("countryball"),
                                        QString::number(m_france.id))}
            << 0 << QStringLiteral("Collection of France")
            << QStringLiteral("**Total**: 3 (2 caught, 1 received)\n**Total Specials**: 2\n\n"
                              "✨ Golden: 2")
            << QStringLiteral("https://cdn.discordapp.com/emojis/101.png");
        QTest::newRow("one ball typed by name, ephemeral")
            << QJsonArray {stringOption(QStringLiteral("countryball"), QStringLiteral("spain")),
                           option(QStringLiteral("ephemeral"), OptionType::Boolean, true)}
            << 64 << QStringLiteral("Collection of Spain")
            << QStringLiteral("**Total**: 2 (1 caught, 1 received)\n**Total Specials**: 1\n\n"
                              "☀️ Summer: 1")
            << QStringLiteral("https://cdn.discordapp.com/emojis/102.png");
    }

    void collectionTotals()
    {
        QFETCH(QJsonArray, options);
        QFETCH(int, flags);
        QFETCH(QString, title);
        QFETCH(QString, description);
        QFETCH(QString, thumbnail);
        const RecordedCall call = m_fx.run(QStringLiteral("collection"), options);
        QCOMPARE(call.flags(), flags);
        const QJsonObject embed = firstEmbed(call);
        QCOMPARE(embed.value(QLatin1String("title")).toString(), title);
        QCOMPARE(embed.value(QLatin1String("description")).toString(), description);
        QCOMPARE(embed.value(QLatin1String("thumbnail"))
                     .toObject()
                     .value(QLatin1String("url"))
                     .toString(),
                 thumbnail);
        QCOMPARE(
            embed.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("PLAYER"));
    }

    void collectionRefusals_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<Snowflake>("user");
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("expected");
        const auto ball = [](const QString &text) {
            return QJsonArray {stringOption(QStringLiteral("countryball"), text)};
        };
        QTest::newRow("unknown name")
            << ball(QStringLiteral("Narnia")) << Snowflake(InvokerId) << 64 << notFoundBall;
        QTest::newRow("unknown id")
            << ball(QStringLiteral("987654")) << Snowflake(InvokerId) << 64 << notFoundBall;
        QTest::newRow("disabled by id")
            << ball(QString::number(m_atlantis.id)) << Snowflake(InvokerId) << 64
            << QStringLiteral("This testball is disabled and will not be shown.");
        QTest::newRow("disabled by name")
            << ball(QStringLiteral("atlantis")) << Snowflake(InvokerId) << 64
            << QStringLiteral("This testball is disabled and will not be shown.");
        QTest::newRow("none of that ball")
            << ball(QStringLiteral("Germany")) << Snowflake(InvokerId) << 0
            << QStringLiteral("You don't have any Germany testballs yet.");
        QTest::newRow("new player") << QJsonArray {} << Snowflake(StrangerId) << 0
                                    << QStringLiteral("You don't have any testballs yet.");
    }

    void collectionRefusals()
    {
        QFETCH(QJsonArray, options);
        QFETCH(Snowflake, user);
        QFETCH(int, flags);
        QFETCH(QString, expected);
        const RecordedCall call = m_fx.run(QStringLiteral("collection"), options, user);
        QCOMPARE(call.flags(), flags);
        QCOMPARE(call.content(), expected);
    }

    void autocompleteOffersOnlyWhatPlayersMaySee()
    {
        const QJsonArray balls = m_fx.autocomplete(
            QStringLiteral("collection"), QStringLiteral("countryball"), QStringLiteral("AN"));
        QCOMPARE(choiceNames(balls),
                 (QStringList {QStringLiteral("France"), QStringLiteral("Germany")}));
        QCOMPARE(balls.first().toObject().value(QLatin1String("value")).toString(),
                 QString::number(m_france.id));
        QCOMPARE(m_fx.autocomplete(QStringLiteral("collection"), QStringLiteral("countryball"), {})
                     .size(),
                 25);
        // "Shiny" is the special the migrations seed; the hidden "Secret" is never offered.
        const QJsonArray specials = m_fx.autocomplete(
            QStringLiteral("completion"), QStringLiteral("special"), QStringLiteral("s"));
        QCOMPARE(choiceNames(specials),
                 (QStringList {QStringLiteral("Shiny"), QStringLiteral("Summer")}));
        QCOMPARE(specials.at(1).toObject().value(QLatin1String("value")).toString(),
                 QString::number(m_summer.id));
    }

    void duplicateGroups_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<std::optional<int>>("limit");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("options");
        const QStringList balls {QStringLiteral("France|Count: 3|101"),
                                 QStringLiteral("Italy|Count: 1|103"),
                                 QStringLiteral("Atlantis|Count: 1|104")};
        const QStringList specials {QStringLiteral("Golden|Count: 2|✨"),
                                    QStringLiteral("Summer|Count: 1|☀️"),
                                    QStringLiteral("Secret|Count: 1|")};
        // Spain is not tradeable: left out of the countryball duplicates.
        QTest::newRow("countryballs") << QStringLiteral("countryballs") << std::optional<int>()
                                      << QStringLiteral("View your duplicate testballs.") << balls;
        QTest::newRow("countryballs, limit 1")
            << QStringLiteral("countryballs") << std::optional<int>(1)
            << QStringLiteral("View your duplicate testballs.") << balls.mid(0, 1);
        QTest::newRow("specials ignore the limit")
            << QStringLiteral("specials") << std::optional<int>(1)
            << QStringLiteral("View your duplicate specials.") << specials;
    }

    void duplicateGroups()
    {
        QFETCH(QString, type);
        QFETCH(std::optional<int>, limit);
        QFETCH(QString, content);
        QFETCH(QStringList, options);
        const RecordedCall call = duplicate(type, limit);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), content);
        QCOMPARE(optionList(selectOptions(call.data)), options);
    }

    void duplicateNone_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("countryballs") << QStringLiteral("countryballs")
                                      << QStringLiteral("You don't have any testballs duplicates.");
        QTest::newRow("specials") << QStringLiteral("specials")
                                  << QStringLiteral("You don't have any specials duplicates.");
    }

    void duplicateNone()
    {
        QFETCH(QString, type);
        QFETCH(QString, expected);
        const RecordedCall call = duplicate(type, std::nullopt, StrangerId);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), expected);
    }

    void duplicateSelectionRecounts()
    {
        const RecordedCall menu = duplicate(QStringLiteral("countryballs"));
        const QString pick = componentId(menu.data, QStringLiteral("pick"));
        QVERIFY(!pick.isEmpty());
        // A catch after the menu was sent: the selection counts it.
        const domain::RowId added = m_fx.createInstance(m_france, m_invoker).id;
        const RecordedCall france = m_fx.click(pick, {QString::number(m_france.id)});
        m_fx.exec([added](storage::Transaction &tx) {
            tx.exec("DELETE FROM ballinstance WHERE id = $1", added);
        });
        QCOMPARE(france.kind, RecordedCall::Kind::Callback);
        QCOMPARE(france.type, 4);
        QCOMPARE(france.flags(), 64);
        QCOMPARE(france.content(), QStringLiteral("You have 4 France testballs."));
        QCOMPARE(m_fx.click(pick, {QString::number(m_italy.id)}).content(),
                 QStringLiteral("You have 1 Italy testball."));
        const RecordedCall stranger = m_fx.click(pick, {QString::number(m_italy.id)}, RivalId);
        QCOMPARE(stranger.flags(), 64);
        QCOMPARE(stranger.content(), QStringLiteral("You cannot interact with this view."));

        const RecordedCall specials = duplicate(QStringLiteral("specials"));
        QCOMPARE(m_fx.click(componentId(specials.data, QStringLiteral("pick")),
                            {QString::number(m_golden.id)})
                     .content(),
                 QStringLiteral("You have 2 Golden testballs."));
    }

    void duplicateMenuPages()
    {
        const RecordedCall first
            = duplicate(QStringLiteral("countryballs"), std::nullopt, CollectorId);
        QCOMPARE(selectOptions(first.data).size(), 25);
        QCOMPARE(optionList(selectOptions(first.data)).first(),
                 QStringLiteral("Extra01|Count: 1|501"));
        const QString next = componentId(first.data, QStringLiteral("next"));
        QVERIFY(!next.isEmpty());
        const RecordedCall second = m_fx.click(next, {}, CollectorId);
        QCOMPARE(second.type, 7);
        const QStringList page = optionList(selectOptions(second.data));
        QCOMPARE(page.size(), 5);
        QCOMPARE(page.last(), QStringLiteral("Extra30|Count: 1|530"));
    }

    void favoriteTogglesWithinTheCap()
    {
        const domain::BallInstance &first = m_mine.at(0);
        const QString label = emoji(101) + QStringLiteral(" `") + domain::displayId(first.id)
            + QStringLiteral("` France");
        RecordedCall call = favorite(first.id);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), label + QStringLiteral(" is now a favorite testball!"));
        QVERIFY(isFavorite(first.id));
        call = favorite(first.id);
        QCOMPARE(call.content(), label + QStringLiteral(" isn't a favorite testball anymore."));
        QVERIFY(!isFavorite(first.id));

        QVERIFY(favorite(m_mine.at(0).id)
                    .content()
                    .endsWith(QStringLiteral("is now a favorite testball!")));
        QVERIFY(favorite(m_mine.at(1).id)
                    .content()
                    .endsWith(QStringLiteral("is now a favorite testball!")));
        const RecordedCall refused = favorite(m_mine.at(2).id);
        QCOMPARE(refused.flags(), 64);
        QCOMPARE(refused.content(),
                 QStringLiteral("You cannot set more than 2 favorite testballs."));
        QVERIFY(!isFavorite(m_mine.at(2).id));
    }

    void favoriteRefusesOthersInstances()
    {
        const RecordedCall call = favorite(m_theirs.id);
        QCOMPARE(call.flags(), 64);
        QVERIFY(call.content().contains(QStringLiteral("doesn't belong to you")));
        QVERIFY(!isFavorite(m_theirs.id));
    }

    void favoriteOffersOwnInstancesFilteredBySpecial()
    {
        const QJsonArray all = m_fx.autocomplete(QStringLiteral("favorite"),
                                                 QStringLiteral("countryball"), QString());
        QCOMPARE(all.size(), m_mine.size());
        const QJsonArray golden = m_fx.autocomplete(
            QStringLiteral("favorite"), QStringLiteral("countryball"), QString(),
            {stringOption(QStringLiteral("special"), QString::number(m_golden.id))});
        QStringList values;
        for (const QJsonValue &choice : golden)
            values.append(choice.toObject().value(QLatin1String("value")).toString());
        values.sort();
        QStringList expected {domain::displayId(m_mine.at(1).id).mid(1),
                              domain::displayId(m_mine.at(2).id).mid(1)};
        expected.sort();
        QCOMPARE(values, expected);
    }

    void favoriteDisabledWhenCapIsZero()
    {
        m_fx.build({}, nullptr, CollectionFixture::wording(0));
        const RecordedCall call = favorite(m_mine.at(0).id);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), QStringLiteral("Favorites are disabled on this bot."));
        QVERIFY(!isFavorite(m_mine.at(0).id));
    }

    void databaseDownApologises_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QJsonArray>("options");
        QTest::newRow("completion") << QStringLiteral("completion") << QJsonArray {};
        QTest::newRow("compare") << QStringLiteral("compare")
                                 << QJsonArray {CollectionFixture::userOption(
                                        {RivalId, QStringLiteral("rival")})};
        QTest::newRow("collection") << QStringLiteral("collection") << QJsonArray {};
        QTest::newRow("duplicate")
            << QStringLiteral("duplicate")
            << QJsonArray {stringOption(QStringLiteral("type"), QStringLiteral("specials"))};
        QTest::newRow("favorite") << QStringLiteral("favorite")
                                  << QJsonArray {stringOption(QStringLiteral("countryball"),
                                                              QStringLiteral("1"))};
    }

    void databaseDownApologises()
    {
        QFETCH(QString, sub);
        QFETCH(QJsonArray, options);
        storage::Database unreachable(
            fastDatabaseOptions(QStringLiteral("host=/nonexistent/ballsdex dbname=none")));
        m_fx.build({}, &unreachable);
        const RecordedCall call
            = m_fx.run(sub, options, InvokerId, {{RivalId, QStringLiteral("rival")}});
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), apology);
        m_fx.router.reset();
        m_fx.views.reset();
    }
};

QTEST_GUILESS_MAIN(TestCollectionCommands)
#include "tst_collectioncommands.moc"

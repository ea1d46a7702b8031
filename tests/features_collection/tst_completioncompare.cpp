// SPDX-License-Identifier: MIT
// /balls completion and /balls compare: universe, filters, field groups, privacy and blocks.
#include "CollectionFixture.h"

using namespace ballsdex;
using namespace ballsdex::testing;

namespace {

constexpr Snowflake EmptyId = 1400000000000000006LL; ///< played, owns nothing

/// "name=value" per field, for compact expectations.
QStringList fieldList(const RecordedCall &call)
{
    QStringList list;
    for (const auto &[name, value] : embedFields(call))
        list.append(name + QLatin1Char('=') + value);
    return list;
}

QString owned(const QString &emojis)
{
    return QStringLiteral("__**Owned testballs**__=") + emojis;
}

QString missing(const QString &emojis)
{
    return QStringLiteral("__**Missing testballs**__=") + emojis;
}

} // namespace

class TestCompletionCompare final : public QObject
{
    Q_OBJECT

private:
    CollectionFixture m_fx;
    domain::Ball m_france, m_spain, m_italy, m_nemo, m_newland, m_atlantis;
    domain::Special m_summer, m_secret;
    domain::RowId m_invoker = 0, m_rival = 0, m_collector = 0;

    QString e(const domain::Ball &ball) const { return emoji(ball.emojiId); }

    void resetSocial(domain::PrivacyPolicy rivalPrivacy, bool rivalBlocksInvoker)
    {
        m_fx.setPrivacy(m_rival, rivalPrivacy);
        const domain::RowId rival = m_rival;
        const domain::RowId invoker = m_invoker;
        m_fx.exec([&](storage::Transaction &tx) {
            tx.exec("DELETE FROM block");
            if (rivalBlocksInvoker)
                tx.exec("INSERT INTO block (player1_id, player2_id) VALUES ($1, $2)", rival,
                        invoker);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_fx.open())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_france = m_fx.createBall(QStringLiteral("France"), 101);
        m_spain = m_fx.createBall(QStringLiteral("Spain"), 102);
        m_italy = m_fx.createBall(QStringLiteral("Italy"), 103);
        m_nemo = m_fx.createBall(QStringLiteral("Nemo"), 0); // no emoji: counted, not shown
        m_newland = m_fx.createBall(QStringLiteral("Newland"), 105, true, true,
                                    QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
        m_atlantis = m_fx.createBall(QStringLiteral("Atlantis"), 104, false);
        m_summer = m_fx.createSpecial(QStringLiteral("Summer"), QStringLiteral("☀️"), false,
                                      QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC));
        m_secret = m_fx.createSpecial(QStringLiteral("Secret"), QStringLiteral("🤫"), true);
        m_fx.reloadCatalogue();

        m_invoker = m_fx.createPlayer(InvokerId);
        m_rival = m_fx.createPlayer(RivalId, domain::PrivacyPolicy::Public);
        m_collector = m_fx.createPlayer(CollectorId, domain::PrivacyPolicy::Public);
        m_fx.createPlayer(EmptyId, domain::PrivacyPolicy::Public);
        m_fx.createInstance(m_france, m_invoker);
        m_fx.createInstance(m_france, m_invoker);
        m_fx.createInstance(m_spain, m_invoker, m_summer.id, m_rival);
        m_fx.createInstance(m_atlantis, m_invoker);
        const domain::RowId deleted = m_fx.createInstance(m_italy, m_invoker).id;
        m_fx.exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET deleted = true WHERE id = $1", deleted);
        });
        m_fx.createInstance(m_italy, m_rival, m_summer.id);
        m_fx.createInstance(m_france, m_rival);
        for (const domain::Ball &ball : {m_france, m_spain, m_italy, m_nemo, m_newland})
            m_fx.createInstance(ball, m_collector);
    }

    void init()
    {
        if (!m_fx.database)
            QSKIP("no database");
        m_fx.build();
        resetSocial(domain::PrivacyPolicy::Public, false);
    }

    void completion_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("fields");
        const auto special = [](const QString &text) {
            return option(QStringLiteral("special"), OptionType::String, text);
        };
        const auto selfCaught = [](bool value) {
            return option(QStringLiteral("self_caught"), OptionType::Boolean, value);
        };
        const auto user = [](Snowflake id) {
            return option(QStringLiteral("user"), OptionType::User, QString::number(id));
        };
        // Universe: France, Spain, Italy, Nemo (no emoji), Newland; Atlantis is disabled.
        QTest::newRow("own: deleted and disabled ignored")
            << QJsonArray {} << QStringLiteral("PLAYER")
            << QStringLiteral("Testdex progression: **40.0%**")
            << QStringList {owned(e(m_france) + u' ' + e(m_spain)),
                            missing(e(m_italy) + u' ' + e(m_newland))};
        QTest::newRow("self caught only")
            << QJsonArray {selfCaught(true)} << QStringLiteral("PLAYER")
            << QStringLiteral("Testdex (self-caught) progression: **20.0%**")
            << QStringList {owned(e(m_france)),
                            missing(e(m_spain) + u' ' + e(m_italy) + u' ' + e(m_newland))};
        QTest::newRow("traded only")
            << QJsonArray {selfCaught(false)} << QStringLiteral("PLAYER")
            << QStringLiteral("Testdex (not self-caught) progression: **20.0%**")
            << QStringList {owned(e(m_spain)),
                            missing(e(m_france) + u' ' + e(m_italy) + u' ' + e(m_newland))};
        // Newland was created after Summer ended: out of the universe.
        QTest::newRow("special by id")
            << QJsonArray {special(QString::number(m_summer.id))} << QStringLiteral("PLAYER")
            << QStringLiteral("Testdex (Summer) progression: **25.0%**")
            << QStringList {owned(e(m_spain)), missing(e(m_france) + u' ' + e(m_italy))};
        QTest::newRow("special typed by name")
            << QJsonArray {special(QStringLiteral("summer"))} << QStringLiteral("PLAYER")
            << QStringLiteral("Testdex (Summer) progression: **25.0%**")
            << QStringList {owned(e(m_spain)), missing(e(m_france) + u' ' + e(m_italy))};
        QTest::newRow("complete collection of another user")
            << QJsonArray {user(CollectorId)} << QStringLiteral("COLLECTOR")
            << QStringLiteral("Testdex progression: **100.0%**")
            << QStringList {
                   owned(e(m_france) + u' ' + e(m_spain) + u' ' + e(m_italy) + u' ' + e(m_newland)),
                   QStringLiteral(":tada: No missing testballs, congratulations! :tada:=\u200B")};
        QTest::newRow("player owning nothing")
            << QJsonArray {user(EmptyId)} << QStringLiteral("EMPTY")
            << QStringLiteral("Testdex progression: **0.0%**")
            << QStringList {owned(QStringLiteral("Nothing yet.")),
                            missing(e(m_france) + u' ' + e(m_spain) + u' ' + e(m_italy) + u' '
                                    + e(m_newland))};
    }

    void completion()
    {
        QFETCH(QJsonArray, options);
        QFETCH(QString, author);
        QFETCH(QString, description);
        QFETCH(QStringList, fields);
        const RecordedCall call = m_fx.run(
            QStringLiteral("completion"), options, InvokerId,
            {{CollectorId, QStringLiteral("collector")}, {EmptyId, QStringLiteral("empty")}});
        QCOMPARE(call.flags(), 0);
        const QJsonObject embed = firstEmbed(call);
        QCOMPARE(
            embed.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(),
            author);
        QCOMPARE(embed.value(QLatin1String("description")).toString(), description);
        QCOMPARE(fieldList(call), fields);
        // One page: the compact paginator shows Quit only.
        QVERIFY(!componentId(call.data, QStringLiteral("quit")).isEmpty());
        QVERIFY(componentId(call.data, QStringLiteral("next")).isEmpty());
    }

    void compare_data()
    {
        QTest::addColumn<QJsonArray>("extra");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("all") << QJsonArray {}
                             << QStringLiteral("Comparison of PLAYER and RIVAL's testballs")
                             << QStringList {QStringLiteral("__**Both have**__=") + e(m_france),
                                             QStringLiteral("__**PLAYER has**__=") + e(m_spain),
                                             QStringLiteral("__**RIVAL has**__=") + e(m_italy),
                                             QStringLiteral("__**Neither have**__=")
                                                 + e(m_newland)};
        QTest::newRow("special")
            << QJsonArray {option(QStringLiteral("special"), OptionType::String,
                                  QString::number(m_summer.id))}
            << QStringLiteral("Comparison of PLAYER and RIVAL's testballs (Summer)")
            << QStringList {QStringLiteral("__**Both have**__=None"),
                            QStringLiteral("__**PLAYER has**__=") + e(m_spain),
                            QStringLiteral("__**RIVAL has**__=") + e(m_italy),
                            QStringLiteral("__**Neither have**__=") + e(m_france)};
    }

    void compare()
    {
        QFETCH(QJsonArray, extra);
        QFETCH(QString, title);
        QFETCH(QStringList, fields);
        QJsonArray options {CollectionFixture::userOption({RivalId, QStringLiteral("rival")})};
        for (const QJsonValue &value : extra)
            options.append(value);
        const RecordedCall call = m_fx.run(QStringLiteral("compare"), options, InvokerId,
                                           {{RivalId, QStringLiteral("rival")}});
        QCOMPARE(call.flags(), 0);
        QCOMPARE(firstEmbed(call).value(QLatin1String("title")).toString(), title);
        QCOMPARE(fieldList(call), fields);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<int>("rivalPrivacy");
        QTest::addColumn<bool>("rivalBlocks");
        QTest::addColumn<QString>("expected");
        const QJsonObject rival = CollectionFixture::userOption({RivalId, QStringLiteral("rival")});
        const QJsonObject stranger
            = CollectionFixture::userOption({StrangerId, QStringLiteral("stranger")});
        const QJsonObject self
            = CollectionFixture::userOption({InvokerId, QStringLiteral("player")});
        const int open = int(domain::PrivacyPolicy::Public);
        const QString notFound = QStringLiteral(
            "The special could not be found. Make sure to use the autocomplete function on this "
            "command.");
        for (const QString &sub : {QStringLiteral("completion"), QStringLiteral("compare")}) {
            const QByteArray prefix = sub.toUtf8();
            const auto row = [&prefix](const char *name) -> QTestData & {
                return QTest::addRow("%s %s", prefix.constData(), name);
            };
            row("never played") << sub << QJsonArray {stranger} << open << false
                                << QStringLiteral("STRANGER doesn't have any testballs yet.");
            row("private") << sub << QJsonArray {rival} << int(domain::PrivacyPolicy::Private)
                           << false << QStringLiteral("RIVAL has set their inventory to private.");
            row("friends only") << sub << QJsonArray {rival} << int(domain::PrivacyPolicy::Friends)
                                << false
                                << QStringLiteral("RIVAL only shows their inventory to friends.");
            row("blocked") << sub << QJsonArray {rival} << open << true
                           << QStringLiteral(
                                  "You cannot view RIVAL's inventory: they have blocked you.");
            row("hidden special") << sub
                                  << QJsonArray {rival,
                                                 option(QStringLiteral("special"),
                                                        OptionType::String,
                                                        QString::number(m_secret.id))}
                                  << open << false << notFound;
            row("unknown special")
                << sub
                << QJsonArray {rival,
                               option(QStringLiteral("special"), OptionType::String,
                                      QStringLiteral("Winter"))}
                << open << false << notFound;
        }
        QTest::newRow("compare with oneself")
            << QStringLiteral("compare") << QJsonArray {self} << open << false
            << QStringLiteral("You cannot compare with yourself.");
    }

    void refusals()
    {
        QFETCH(QString, sub);
        QFETCH(QJsonArray, options);
        QFETCH(int, rivalPrivacy);
        QFETCH(bool, rivalBlocks);
        QFETCH(QString, expected);
        resetSocial(domain::PrivacyPolicy(rivalPrivacy), rivalBlocks);
        const RecordedCall call = m_fx.run(sub, options, InvokerId,
                                           {{RivalId, QStringLiteral("rival")},
                                            {StrangerId, QStringLiteral("stranger")},
                                            {InvokerId, QStringLiteral("player")}});
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), expected);
        QVERIFY(call.data.value(QLatin1String("embeds")).toArray().isEmpty());
    }

    void staffBypassPrivacyAndBlocks_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::newRow("completion") << QStringLiteral("completion");
        QTest::newRow("compare") << QStringLiteral("compare");
    }

    void staffBypassPrivacyAndBlocks()
    {
        QFETCH(QString, sub);
        bot::services::StaffDirectory::Rules rules;
        rules.coOwners = {InvokerId};
        m_fx.build(rules);
        resetSocial(domain::PrivacyPolicy::Private, true);
        const RecordedCall call = m_fx.run(
            sub, QJsonArray {CollectionFixture::userOption({RivalId, QStringLiteral("rival")})},
            InvokerId, {{RivalId, QStringLiteral("rival")}});
        QCOMPARE(call.flags(), 0);
        QVERIFY(!firstEmbed(call).isEmpty());
        // Friends see a friends-only inventory without being staff.
        m_fx.build();
        resetSocial(domain::PrivacyPolicy::Friends, false);
        const domain::RowId rival = m_rival;
        const domain::RowId invoker = m_invoker;
        m_fx.exec([&](storage::Transaction &tx) {
            tx.exec("INSERT INTO friendship (player1_id, player2_id) VALUES ($1, $2)", invoker,
                    rival);
        });
        const RecordedCall asFriend = m_fx.run(
            sub, QJsonArray {CollectionFixture::userOption({RivalId, QStringLiteral("rival")})},
            InvokerId, {{RivalId, QStringLiteral("rival")}});
        m_fx.exec([](storage::Transaction &tx) { tx.exec("DELETE FROM friendship"); });
        QCOMPARE(asFriend.flags(), 0);
        QVERIFY(!firstEmbed(asFriend).isEmpty());
    }

    void cooldownIsTwentySeconds()
    {
        const RecordedCall first = m_fx.run(QStringLiteral("completion"));
        QCOMPARE(first.flags(), 0);
        m_fx.clock->advance(10'000); // 10 s after the first use
        const qsizetype before = m_fx.transport->calls.size();
        const QJsonArray sub {nested(QStringLiteral("completion"), OptionType::SubCommand, {})};
        const RecordedCall second = m_fx.send(
            commandPayload(m_fx.clock->now(), QStringLiteral("testballs"), sub, InvokerId,
                           InteractionType::ApplicationCommand, ++m_fx.sequence),
            before);
        QCOMPARE(second.flags(), 64);
        QVERIFY(second.content().contains(QStringLiteral("cooldown")));
    }
};

QTEST_GUILESS_MAIN(TestCompletionCompare)
#include "tst_completioncompare.moc"

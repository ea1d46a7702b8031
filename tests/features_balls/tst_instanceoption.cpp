// SPDX-License-Identifier: MIT
// The instance option (bot-features.md §1.2): autocomplete through the real router and database
// (matching, filters, locks, labels, the 25 cap) and resolution of what users send (bad hex,
// someone else's id, deleted ids, long text), on /testballs info and on test commands using the
// lock filters.
#include "BallsFixture.h"
#include "features/common/InstanceOption.h"
#include "features/common/StorageReplies.h"

using namespace ballsdex;
using namespace ballsdex::testing;
using bot::features::InstanceLockFilter;
using bot::features::InstanceOptionRules;

namespace {

QStringList values(const QJsonArray &choices)
{
    QStringList out;
    for (const QJsonValue &choice : choices)
        out.append(choice.toObject().value(QLatin1String("value")).toString());
    return out;
}

QStringList names(const QJsonArray &choices)
{
    QStringList out;
    for (const QJsonValue &choice : choices)
        out.append(choice.toObject().value(QLatin1String("name")).toString());
    return out;
}

QString hex(const domain::BallInstance &instance)
{
    return domain::displayId(instance.id).mid(1);
}

QJsonArray idOption(const QString &text)
{
    return QJsonArray {option(QStringLiteral("countryball"), OptionType::String, text)};
}

} // namespace

class TestInstanceOption final : public QObject
{
    Q_OBJECT

private:
    BallsFixture m_fixture;
    domain::Ball m_france;
    domain::Ball m_frenchGuiana;
    domain::Ball m_usa;
    domain::Ball m_poland;
    domain::Special m_shiny;
    domain::Special m_custom; ///< its emoji is a custom emoji id
    domain::RowId m_player = 0;
    domain::RowId m_other = 0;
    QList<domain::BallInstance> m_mine; ///< live, oldest first
    domain::BallInstance m_theirs;
    domain::BallInstance m_deleted;
    domain::BallInstance m_locked; ///< locked 5 minutes ago
    domain::BallInstance m_expired; ///< locked 40 minutes ago: expired

    /// Test-only subcommands resolving an instance under each lock rule; they answer "ok <hex>".
    std::vector<CommandSpec> lockCommands()
    {
        std::vector<CommandSpec> commands;
        for (const auto &[name, locks] :
             {std::pair {QStringLiteral("give"), InstanceLockFilter::Unlocked},
              std::pair {QStringLiteral("takeback"), InstanceLockFilter::Locked}}) {
            InstanceOptionRules rules;
            rules.locks = locks;
            rules.collectibleName = QStringLiteral("testball");
            rules.clock = m_fixture.clock.get();
            storage::Database *database = m_fixture.database.get();
            CommandSpec command = CommandSpec::subcommand(name, QStringLiteral("Test"));
            command
                .option(bot::features::instanceOption(QStringLiteral("countryball"),
                                                      QStringLiteral("Which"), *database,
                                                      *m_fixture.catalogue, rules)
                            .required())
                .handler([database, rules](InteractionContext &context) -> QCoro::Task<void> {
                    const auto player = co_await bot::features::invokerPlayer(*database, context);
                    if (!player)
                        co_return;
                    const auto instance = co_await bot::features::resolveOwnedInstance(
                        *database, context, *player,
                        context.options().string(QStringLiteral("countryball")).value_or(QString()),
                        rules);
                    if (instance)
                        co_await context.reply(
                            Message(QStringLiteral("ok ") + domain::displayId(instance->id)));
                });
            commands.push_back(std::move(command));
        }
        return commands;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_fixture.open())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_france = m_fixture.createBall(QStringLiteral("France"), 100, 50, 1.0,
                                        QStringLiteral("république française"),
                                        QStringLiteral("frankreich;francia"));
        m_frenchGuiana = m_fixture.createBall(QStringLiteral("French Guiana"));
        m_usa = m_fixture.createBall(QStringLiteral("United States"), 100, 50, 1.0,
                                     QStringLiteral("usa;america"));
        m_poland = m_fixture.createBall(QStringLiteral("Poland"), 100, 50, 1.0, {},
                                        QStringLiteral("polska"));
        m_shiny = m_fixture.createSpecial(QStringLiteral("Shiny"), QStringLiteral("✨"));
        m_custom = m_fixture.createSpecial(QStringLiteral("Custom"),
                                           QStringLiteral("1234567890123456789"));
        m_fixture.reloadCatalogue();
        m_player = m_fixture.createPlayer(InvokerId);
        m_other = m_fixture.createPlayer(OtherUserId);

        const QDateTime start(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
        const QList<domain::Ball> cycle {m_france, m_usa, m_poland, m_frenchGuiana};
        for (int i = 0; i < 40; ++i) {
            InstanceSeed seed;
            seed.ball = cycle.at(i % 4).id;
            seed.player = m_player;
            seed.caught = start.addSecs(60 * i);
            seed.attackBonus = i - 20;
            seed.healthBonus = 3;
            seed.favorite = i == 39;
            if (i % 10 == 9)
                seed.special = m_shiny.id;
            if (i == 37)
                seed.special = m_custom.id;
            m_mine.append(m_fixture.createInstance(seed));
        }
        m_theirs = m_fixture.createInstance({.ball = m_france.id, .player = m_other});
        m_deleted = m_fixture.createInstance({.ball = m_france.id, .player = m_player});
        m_fixture.exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET deleted = true WHERE id = $1", m_deleted.id);
        });
        // Relative to the real clock: /testballs info reads it; the test commands read the
        // fake clock, set to the real time where they run.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_locked = m_mine.at(30);
        m_expired = m_mine.at(32);
        m_fixture.exec([&](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET locked = $2 WHERE id = $1", m_locked.id,
                    now.addSecs(-5 * 60));
            tx.exec("UPDATE ballinstance SET locked = $2 WHERE id = $1", m_expired.id,
                    now.addSecs(-40 * 60));
        });
    }

    void init()
    {
        if (!m_fixture.database)
            QSKIP("no database");
        m_fixture.build([this] { return lockCommands(); });
    }

    void cleanup() { m_fixture.teardown(); }

    void emptyInputOffersTheNewest25()
    {
        const QJsonArray choices
            = m_fixture.autocomplete(QStringLiteral("info"), QStringLiteral("countryball"), {});
        QCOMPARE(choices.size(), 25);
        QStringList want;
        for (int i = 39; i >= 15; --i)
            want.append(hex(m_mine.at(i)));
        QCOMPARE(values(choices), want);
        QVERIFY(!values(choices).contains(hex(m_theirs)));
    }

    void labels()
    {
        const QStringList labels = names(
            m_fixture.autocomplete(QStringLiteral("info"), QStringLiteral("countryball"), {}));
        // #39: favorite + shiny, French Guiana, ATK +19%, HP +3%.
        QCOMPARE(labels.at(0),
                 QStringLiteral("⭐ ✨ %1 French Guiana ATK:+19% HP:+3%")
                     .arg(domain::displayId(m_mine.at(39).id)));
        // #37: a custom-emoji special shows no emoji (a choice is plain text).
        QCOMPARE(labels.at(2),
                 QStringLiteral("%1 United States ATK:+17% HP:+3%")
                     .arg(domain::displayId(m_mine.at(37).id)));
        // #30 is locked on the real clock; #32's lock expired.
        QCOMPARE(
            labels.at(9),
            QStringLiteral("🔒 %1 Poland ATK:+10% HP:+3%").arg(domain::displayId(m_mine.at(30).id)));
        QVERIFY(!labels.at(7).startsWith(QStringLiteral("🔒")));
        QVERIFY(labels.at(20).contains(QStringLiteral("ATK:-1% ")));
    }

    void matching_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<domain::RowId>>("balls");
        QTest::newRow("country substring") << QStringLiteral("LAN") << QList {m_poland.id};
        QTest::newRow("two countries")
            << QStringLiteral("fr") << QList {m_france.id, m_frenchGuiana.id};
        QTest::newRow("exact name") << QStringLiteral("=france") << QList {m_france.id};
        QTest::newRow("exact needs the whole name")
            << QStringLiteral("=fran") << QList<domain::RowId>();
        QTest::newRow("catch name") << QStringLiteral("AMERICA") << QList {m_usa.id};
        QTest::newRow("catch name, dots dropped") << QStringLiteral("U.S.A") << QList {m_usa.id};
        QTest::newRow("translation") << QStringLiteral("polska") << QList {m_poland.id};
        QTest::newRow("translation of france")
            << QStringLiteral("Frankreich") << QList {m_france.id};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QList<domain::RowId>();
    }

    void matching()
    {
        QFETCH(QString, typed);
        QFETCH(QList<domain::RowId>, balls);
        const QStringList got = values(
            m_fixture.autocomplete(QStringLiteral("info"), QStringLiteral("countryball"), typed));
        QStringList want;
        for (qsizetype i = m_mine.size() - 1; i >= 0 && want.size() < 25; --i) {
            if (balls.contains(m_mine.at(i).ballId))
                want.append(hex(m_mine.at(i)));
        }
        QCOMPARE(got, want);
    }

    void hexIdFirstThenPrefixMatches()
    {
        const domain::BallInstance &target = m_mine.at(1); // id 2: prefix of 0x20-0x2F too
        const QStringList got = values(m_fixture.autocomplete(
            QStringLiteral("info"), QStringLiteral("countryball"), hex(target).toLower()));
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first(), hex(target));
        for (const QString &value : got)
            QVERIFY2(value.startsWith(hex(target)), qPrintable(value));
        QVERIFY(!got.contains(hex(m_deleted)));
        const QStringList prefixed
            = values(m_fixture.autocomplete(QStringLiteral("info"), QStringLiteral("countryball"),
                                            QStringLiteral("0x") + hex(target)));
        QCOMPARE(prefixed.first(), hex(target));
    }

    void specialSiblingNarrowsTheChoices()
    {
        const QJsonArray others {
            option(QStringLiteral("special"), OptionType::String, QString::number(m_shiny.id))};
        const QStringList got = values(m_fixture.autocomplete(
            QStringLiteral("info"), QStringLiteral("countryball"), {}, others));
        QCOMPARE(got,
                 (QStringList {hex(m_mine.at(39)), hex(m_mine.at(29)), hex(m_mine.at(19)),
                               hex(m_mine.at(9))}));
    }

    void lockFilters()
    {
        m_fixture.clock->set(QDateTime::currentDateTimeUtc());
        const QStringList unlocked = values(
            m_fixture.autocomplete(QStringLiteral("give"), QStringLiteral("countryball"), {}));
        QVERIFY(!unlocked.contains(hex(m_locked)));
        QVERIFY(unlocked.contains(hex(m_expired)));
        QCOMPARE(unlocked.size(), 25);
        const QStringList locked = values(
            m_fixture.autocomplete(QStringLiteral("takeback"), QStringLiteral("countryball"), {}));
        QCOMPARE(locked, QStringList {hex(m_locked)});
    }

    void longTextAndStrangers()
    {
        const QString longText(300, QLatin1Char('a'));
        QVERIFY(
            m_fixture.autocomplete(QStringLiteral("info"), QStringLiteral("countryball"), longText)
                .isEmpty());
        QVERIFY(m_fixture
                    .autocomplete(QStringLiteral("info"), QStringLiteral("countryball"), {}, {},
                                  StrangerId)
                    .isEmpty());
    }

    void resolution_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString badArguments
            = QStringLiteral("One of the arguments provided cannot be parsed.");
        const auto invalid = [](const QString &shown) {
            return QStringLiteral("`%1` is not a valid testball ID. Make sure to use the "
                                  "autocomplete function on this command.")
                .arg(shown);
        };
        const auto missing = [](const domain::RowId id) {
            return QStringLiteral("The testball %1 could not be found. Make sure to use the "
                                  "autocomplete function on this command.")
                .arg(domain::displayId(id));
        };
        QTest::newRow("not hex") << "give" << QStringLiteral("xyz")
                                 << invalid(QStringLiteral("xyz"));
        QTest::newRow("a name") << "give" << QStringLiteral("France")
                                << invalid(QStringLiteral("France"));
        QTest::newRow("out of range") << "give" << QStringLiteral("FFFFFFFFFFFFFFFFFFFF")
                                      << invalid(QStringLiteral("FFFFFFFFFFFFFFFFFFFF"));
        QTest::newRow("quoted text is cut")
            << "give" << QString(80, QLatin1Char('z'))
            << invalid(QString(31, QLatin1Char('z')) + QStringLiteral("…"));
        QTest::newRow("too long for the option")
            << "give" << QString(150, QLatin1Char('1')) << badArguments;
        QTest::newRow("someone else's") << "give" << hex(m_theirs)
                                        << QStringLiteral("The testball %1 doesn't belong to you.")
                                               .arg(domain::displayId(m_theirs.id));
        QTest::newRow("deleted") << "give" << hex(m_deleted) << missing(m_deleted.id);
        QTest::newRow("unknown") << "give" << QStringLiteral("FFFFFF") << missing(0xFFFFFF);
        QTest::newRow("hex") << "give" << hex(m_mine.at(3)).toLower()
                             << QStringLiteral("ok ") + domain::displayId(m_mine.at(3).id);
        QTest::newRow("hash prefix") << "give" << domain::displayId(m_mine.at(3).id)
                                     << QStringLiteral("ok ") + domain::displayId(m_mine.at(3).id);
        QTest::newRow("locks are the caller's business")
            << "takeback" << hex(m_mine.at(5))
            << QStringLiteral("ok ") + domain::displayId(m_mine.at(5).id);
    }

    void resolution()
    {
        QFETCH(QString, sub);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const RecordedCall call = m_fixture.run(sub, idOption(text));
        QCOMPARE(call.content(), expected);
        QCOMPARE(call.flags(), expected.startsWith(QLatin1String("ok ")) ? 0 : 64);
    }
};

QTEST_MAIN(TestInstanceOption)
#include "tst_instanceoption.moc"

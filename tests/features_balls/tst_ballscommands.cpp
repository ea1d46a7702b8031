// SPDX-License-Identifier: MIT
// /balls info, last and count (and the group itself) through the real router, the real test
// database and the real card renderer.
#include "BallsFixture.h"
#include "features/balls/InstanceCard.h"
#include "render/EncodedCardCache.h"

#include <QBuffer>
#include <QImageReader>

using namespace ballsdex;
using namespace ballsdex::testing;

namespace {

constexpr Snowflake OtherGuild = 1200000000000000009LL;
constexpr Snowflake BlockerId = 1400000000000000009LL; ///< public, blocked the invoker
constexpr Snowflake HoarderId = 1400000000000000011LL; ///< owns 1,234 instances

QJsonArray idOption(const QString &text)
{
    return QJsonArray {option(QStringLiteral("countryball"), OptionType::String, text)};
}

QString cardText(const domain::BallInstance &instance, int attack, int health,
                 const QString &tradeLine = {})
{
    const auto percent = [](int value) -> QString {
        return (value < 0 ? QString() : QStringLiteral("+")) + QString::number(value)
            + QLatin1Char('%');
    };
    return QStringLiteral("ID: `%1`\nCaught on <t:%2:f> (<t:%2:R>).\n%3\nATK: %4 (%5)\nHP: %6 (%7)")
        .arg(domain::displayId(instance.id), QString::number(instance.catchDate.toSecsSinceEpoch()),
             tradeLine, QString::number(attack), percent(instance.attackBonus),
             QString::number(health), percent(instance.healthBonus));
}

} // namespace

class TestBallsCommands final : public QObject
{
    Q_OBJECT

private:
    BallsFixture m_fixture;
    domain::Ball m_france;
    domain::Ball m_spain;
    domain::Special m_shiny;
    domain::RowId m_invoker = 0;
    domain::RowId m_other = 0;
    QList<domain::BallInstance> m_mine; ///< oldest first
    domain::BallInstance m_theirs;
    domain::BallInstance m_traded; ///< received from OtherUserId

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_fixture.open())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_france = m_fixture.createBall(QStringLiteral("France"));
        m_spain = m_fixture.createBall(QStringLiteral("Spain"));
        m_shiny = m_fixture.createSpecial(QStringLiteral("Shiny"), QStringLiteral("✨"));
        m_fixture.reloadCatalogue();
        m_invoker = m_fixture.createPlayer(InvokerId);
        m_other = m_fixture.createPlayer(OtherUserId);
        const domain::RowId rival = m_fixture.createPlayer(RivalId, domain::PrivacyPolicy::Public);
        const domain::RowId blocker
            = m_fixture.createPlayer(BlockerId, domain::PrivacyPolicy::Public);
        const domain::RowId hoarder = m_fixture.createPlayer(HoarderId);
        m_fixture.exec([&](storage::Transaction &tx) {
            tx.exec("INSERT INTO block (player1_id, player2_id) VALUES ($1, $2)", blocker,
                    m_invoker);
            tx.exec("INSERT INTO ballinstance (ball_id, player_id) "
                    "SELECT $1, $2 FROM generate_series(1, 1234)",
                    m_france.id, hoarder);
        });

        const QDateTime start(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            InstanceSeed seed;
            seed.ball = i % 2 ? m_spain.id : m_france.id;
            seed.player = m_invoker;
            seed.caught = start.addSecs(60 * i);
            seed.attackBonus = i - 10;
            seed.healthBonus = 5;
            if (i % 10 == 3)
                seed.special = m_shiny.id;
            seed.server = i % 3 == 0 ? GuildId : OtherGuild;
            m_mine.append(m_fixture.createInstance(seed));
        }
        m_traded = m_fixture.createInstance({.ball = m_spain.id,
                                             .player = m_invoker,
                                             .caught = start.addDays(-3),
                                             .attackBonus = -4,
                                             .healthBonus = 12,
                                             .tradedFrom = m_other});
        m_theirs = m_fixture.createInstance(
            {.ball = m_france.id, .player = m_other, .caught = start.addDays(1)});
        for (const domain::RowId owner : {rival, blocker})
            m_fixture.createInstance({.ball = m_spain.id, .player = owner, .caught = start});
    }

    void init()
    {
        if (!m_fixture.database)
            QSKIP("no database");
        m_fixture.build();
    }

    void cleanup() { m_fixture.teardown(); }

    void groupUsesTheConfiguredName()
    {
        const CommandSpec *group = m_fixture.tree->command(QStringLiteral("testballs"));
        QVERIFY(group);
        QStringList names;
        for (const QJsonValue &sub : group->toJson().value(QLatin1String("options")).toArray())
            names.append(sub.toObject().value(QLatin1String("name")).toString());
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("count"), QStringLiteral("info"),
                               QStringLiteral("last"), QStringLiteral("list")}));
    }

    void infoPostsTheCard()
    {
        const domain::BallInstance &instance = m_mine.first();
        const RecordedCall call = m_fixture.run(
            QStringLiteral("info"), idOption(domain::displayId(instance.id).mid(1).toLower()));
        QCOMPARE(call.fileCount, 1);
        QCOMPARE(call.flags(), 0);
        QCOMPARE(call.content(), cardText(instance, 45, 105));
    }

    void infoNamesThePreviousOwner()
    {
        QJsonArray options = idOption(domain::displayId(m_traded.id).mid(1));
        // special only narrows the autocomplete: a non-matching one changes nothing here.
        options.append(
            option(QStringLiteral("special"), OptionType::String, QString::number(m_shiny.id)));
        const RecordedCall call = m_fixture.run(QStringLiteral("info"), options);
        QCOMPARE(call.fileCount, 1);
        QCOMPARE(call.content(),
                 cardText(m_traded, 48, 112,
                          QStringLiteral("Obtained by trade with <@%1>.\n").arg(OtherUserId)));
        const QJsonObject mentions = call.data.value(QLatin1String("allowed_mentions")).toObject();
        QVERIFY(mentions.value(QLatin1String("parse")).toArray().isEmpty());
    }

    void infoRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("someone else's") << domain::displayId(m_theirs.id).mid(1)
                                        << QStringLiteral("The testball %1 doesn't belong to you.")
                                               .arg(domain::displayId(m_theirs.id));
        QTest::newRow("unknown") << QStringLiteral("FFFFFF")
                                 << QStringLiteral("The testball #FFFFFF could not be found. Make "
                                                   "sure to use the autocomplete function on this "
                                                   "command.");
        QTest::newRow("not hex") << QStringLiteral("xyz")
                                 << QStringLiteral(
                                        "`xyz` is not a valid testball ID. Make sure to "
                                        "use the autocomplete function on this command.");
    }

    void infoRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const RecordedCall call = m_fixture.run(QStringLiteral("info"), idOption(text));
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.fileCount, 0);
        QCOMPARE(call.content(), expected);
    }

    void cardIsADecodableImage()
    {
        auto cards = std::make_shared<const render::EncodedCardCache>(m_fixture.renderer);
        auto task = bot::features::instanceCardMessage(*m_fixture.catalogue, cards,
                                                       m_mine.first());
        const std::optional<Message> message = QCoro::waitFor(std::move(task));
        QVERIFY(message);
        QCOMPARE(message->files().size(), 1);
        const FileUpload &file = message->files().first();
        QVERIFY(file.filename == QLatin1String("card.webp")
                || file.filename == QLatin1String("card.png"));
        QByteArray bytes = file.data;
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), QSize(1428, 2000));
    }

    void lastShowsTheNewest()
    {
        const RecordedCall call = m_fixture.run(QStringLiteral("last"));
        QCOMPARE(call.fileCount, 1);
        QCOMPARE(call.flags(), 0);
        QCOMPARE(call.content(), cardText(m_mine.last(), 59, 105));
    }

    void lastOfOthers_data()
    {
        QTest::addColumn<Snowflake>("viewer");
        QTest::addColumn<Snowflake>("target");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("open") << InvokerId << RivalId << "rival" << QString();
        QTest::newRow("private") << InvokerId << OtherUserId << "other"
                                 << QStringLiteral("OTHER has set their inventory to private.");
        QTest::newRow("blocked")
            << InvokerId << BlockerId << "blocker"
            << QStringLiteral("You cannot view BLOCKER's inventory: they have blocked you.");
        QTest::newRow("staff") << StaffId << OtherUserId << "other" << QString();
        QTest::newRow("never played") << InvokerId << StrangerId << "stranger"
                                      << QStringLiteral("STRANGER doesn't have any testballs yet.");
    }

    void lastOfOthers()
    {
        QFETCH(Snowflake, viewer);
        QFETCH(Snowflake, target);
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        const UserArgument user {target, name};
        const RecordedCall call = m_fixture.run(QStringLiteral("last"),
                                                {BallsFixture::userOption(user)}, viewer, {user});
        if (!refusal.isEmpty()) {
            QCOMPARE(call.flags(), 64);
            QCOMPARE(call.fileCount, 0);
            QCOMPARE(call.content(), refusal);
            return;
        }
        QCOMPARE(call.fileCount, 1);
        QVERIFY2(call.content().startsWith(
                     QStringLiteral("You are viewing %1's last caught testball.\nID: `")
                         .arg(name.toUpper())),
                 qPrintable(call.content()));
    }

    void lastOfAnEmptyCollection()
    {
        const RecordedCall call = m_fixture.run(QStringLiteral("last"), {}, InvokerId + 6);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.fileCount, 0);
        QCOMPARE(call.content(), QStringLiteral("You don't have any testballs yet."));
    }

    void count_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<Snowflake>("user");
        QTest::addColumn<bool>("directMessage");
        QTest::addColumn<QString>("expected");
        const auto text = [](const QString &name, const QString &value) {
            return option(name, OptionType::String, value);
        };
        const QJsonObject here
            = option(QStringLiteral("current_server"), OptionType::Boolean, true);
        QTest::newRow("all") << QJsonArray() << InvokerId << false
                             << QStringLiteral("You have 31 testballs.");
        QTest::newRow("one ball by name")
            << QJsonArray {text(QStringLiteral("countryball"), QStringLiteral("spain"))}
            << InvokerId << false << QStringLiteral("You have 16 Spain testballs.");
        QTest::newRow("one ball by id")
            << QJsonArray {text(QStringLiteral("countryball"), QString::number(m_france.id))}
            << InvokerId << false << QStringLiteral("You have 15 France testballs.");
        QTest::newRow("special") << QJsonArray {text(QStringLiteral("special"),
                                                     QString::number(m_shiny.id))}
                                 << InvokerId << false
                                 << QStringLiteral("You have 3 Shiny testballs.");
        QTest::newRow("special and ball")
            << QJsonArray {text(QStringLiteral("special"), QString::number(m_shiny.id)),
                           text(QStringLiteral("countryball"), QStringLiteral("Spain"))}
            << InvokerId << false << QStringLiteral("You have 3 Shiny Spain testballs.");
        QTest::newRow("this server")
            << QJsonArray {here} << InvokerId << false
            << QStringLiteral("You have 10 testballs caught in this server.");
        QTest::newRow("in a DM") << QJsonArray() << InvokerId << true
                                 << QStringLiteral("You have 31 testballs.");
        QTest::newRow("current server in a DM")
            << QJsonArray {here} << InvokerId << true
            << QStringLiteral("`current_server` only works inside a server: run this command "
                              "there, or leave the option out here.");
        QTest::newRow("single") << QJsonArray() << OtherUserId << false
                                << QStringLiteral("You have 1 testball.");
        QTest::newRow("none") << QJsonArray() << InvokerId + 7 << false
                              << QStringLiteral("You have 0 testballs.");
        QTest::newRow("thousands")
            << QJsonArray() << HoarderId << false << QStringLiteral("You have 1,234 testballs.");
        QTest::newRow("unknown ball")
            << QJsonArray {text(QStringLiteral("countryball"), QStringLiteral("Narnia"))}
            << InvokerId << false
            << QStringLiteral("The testball could not be found. Make sure to use the autocomplete "
                              "function on this command.");
    }

    void count()
    {
        QFETCH(QJsonArray, options);
        QFETCH(Snowflake, user);
        QFETCH(bool, directMessage);
        QFETCH(QString, expected);
        const RecordedCall call
            = m_fixture.run(QStringLiteral("count"), options, user, {}, directMessage);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), expected);
    }
};

QTEST_MAIN(TestBallsCommands)
#include "tst_ballscommands.moc"

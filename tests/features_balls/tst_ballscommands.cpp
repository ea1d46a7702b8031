// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/balls/BallsCommands.h"
#include "features/balls/InstanceCard.h"
#include "interactions/InteractionRouter.h"
#include "interactions/ViewRegistry.h"
#include "render/CardRenderer.h"
#include "schema/Migrator.h"
#include "services/CatalogueCache.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QCoroFuture>
#include <QCoroTask>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using bot::features::BallsCommands;
using bot::features::BallsWording;
using bot::services::CatalogueCache;

namespace {

using ballsdex::testing::await;

BallsWording wording()
{
    return BallsWording {QStringLiteral("testballs"), QStringLiteral("testball"),
                         QStringLiteral("testballs")};
}

QJsonObject firstEmbed(const RecordedCall &call)
{
    return call.data.value(QLatin1String("embeds")).toArray().first().toObject();
}

QString customIdEndingWith(const QJsonObject &data, const QString &action)
{
    for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
        for (const QJsonValue &button :
             row.toObject().value(QLatin1String("components")).toArray()) {
            const QString id = button.toObject().value(QLatin1String("custom_id")).toString();
            if (id.endsWith(QLatin1Char(':') + action))
                return id;
        }
    }
    return {};
}

} // namespace

class TestBallsCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_media;
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<CatalogueCache> m_catalogue;
    std::shared_ptr<const render::CardRenderer> m_renderer;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<InteractionRouter> m_router;
    std::unique_ptr<ViewRegistry> m_views;
    domain::Ball m_france;
    domain::Ball m_spain;
    domain::RowId m_invokerPlayer = 0;
    domain::RowId m_otherPlayer = 0;
    QList<domain::BallInstance> m_mine; ///< oldest first
    domain::BallInstance m_theirs;
    int m_sequence = 0;

    /// Runs `/testballs <sub>` and returns its final answer (past any "thinking…" defer).
    RecordedCall run(const QString &sub, QJsonArray options = {}, Snowflake user = InvokerId)
    {
        m_clock->advance(60'000); // past every cooldown
        const qsizetype before = m_transport->calls.size();
        const QJsonArray subcommand {nested(sub, OptionType::SubCommand, options)};
        m_router->handle(commandPayload(m_clock->now(), QStringLiteral("testballs"), subcommand,
                                        user, InteractionType::ApplicationCommand, ++m_sequence));
        const auto answered = [&] {
            if (m_transport->calls.size() <= before)
                return false;
            const RecordedCall &last = m_transport->calls.last();
            return !(last.kind == RecordedCall::Kind::Callback && last.type == 5);
        };
        if (!QTest::qWaitFor(answered, 20000))
            return {};
        return m_transport->calls.last();
    }

    static QJsonArray idOption(const QString &text)
    {
        return QJsonArray {option(QStringLiteral("countryball"), OptionType::String, text)};
    }

    domain::BallInstance createInstance(const domain::Ball &ball, domain::RowId player,
                                        const QDateTime &caught, int attackBonus, int healthBonus)
    {
        domain::BallInstance instance;
        instance.ballId = ball.id;
        instance.playerId = player;
        instance.catchDate = caught;
        instance.attackBonus = attackBonus;
        instance.healthBonus = healthBonus;
        const auto created = await(storage::InstanceRepository(*m_database).create(instance));
        if (!created)
            qFatal("instance create failed: %s", qPrintable(created.error().toString()));
        return *created;
    }

    domain::Ball createBall(const QString &country, domain::RowId regime)
    {
        domain::Ball ball;
        ball.country = country;
        ball.health = 100;
        ball.attack = 50;
        ball.rarity = 1.0;
        ball.emojiId = 1000000000000000001LL;
        ball.wildCard = QStringLiteral("wild.png");
        ball.collectionCard = QStringLiteral("card.png");
        ball.credits = QStringLiteral("tester");
        ball.capacityName = QStringLiteral("Baguette");
        ball.capacityDescription = QStringLiteral("Bakes");
        ball.regimeId = regime;
        const auto created = await(storage::CatalogueRepository(*m_database).createBall(ball));
        if (!created)
            qFatal("ball create failed: %s", qPrintable(created.error().toString()));
        return *created;
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

        storage::CatalogueRepository catalogue(*m_database);
        domain::Regime regime;
        regime.name = QStringLiteral("Democracy");
        regime.background = QStringLiteral("democracy.png");
        const auto createdRegime = await(catalogue.createRegime(regime));
        QVERIFY(createdRegime);
        m_france = createBall(QStringLiteral("France"), createdRegime->id);
        m_spain = createBall(QStringLiteral("Spain"), createdRegime->id);

        m_catalogue = std::make_unique<CatalogueCache>(*m_database);
        QVERIFY(QCoro::waitFor(m_catalogue->reload()));
        m_renderer = std::make_shared<const render::CardRenderer>(
            std::make_shared<render::MediaDirectory>(m_media.path()));

        storage::PlayerRepository players(*m_database);
        const auto invoker = await(players.getOrCreate(InvokerId));
        const auto other = await(players.getOrCreate(OtherUserId));
        QVERIFY(invoker && other);
        m_invokerPlayer = invoker->id;
        m_otherPlayer = other->id;
        const QDateTime start(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i)
            m_mine.append(createInstance(i % 2 ? m_spain : m_france, m_invokerPlayer,
                                         start.addSecs(60 * i), i - 10, 5));
        m_theirs = createInstance(m_france, m_otherPlayer, start.addDays(1), 0, 0);
    }

    void init()
    {
        if (!m_database)
            QSKIP("no database");
        m_tree = std::make_unique<CommandTree>();
        m_transport = std::make_unique<RecordingTransport>();
        m_clock = std::make_unique<FakeClock>();
        m_scheduler = std::make_unique<FakeScheduler>(*m_clock);
        m_router
            = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
        m_views = std::make_unique<ViewRegistry>(*m_router, *m_transport, *m_scheduler, *m_clock);
        const BallsCommands commands(wording(), *m_database, *m_catalogue, m_renderer, *m_views);
        const auto added = commands.registerInto(*m_tree);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    }

    void cleanup()
    {
        m_views.reset();
        m_router.reset();
    }

    void groupUsesTheConfiguredName()
    {
        const CommandSpec *group = m_tree->command(QStringLiteral("testballs"));
        QVERIFY(group);
        const QJsonArray subs = group->toJson().value(QLatin1String("options")).toArray();
        QStringList names;
        for (const QJsonValue &sub : subs)
            names.append(sub.toObject().value(QLatin1String("name")).toString());
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("count"), QStringLiteral("info"),
                               QStringLiteral("last"), QStringLiteral("list")}));
    }

    void listShowsNewestFirstOnPages()
    {
        const RecordedCall call = run(QStringLiteral("list"));
        QCOMPARE(call.flags(), 0);
        const QJsonObject embed = firstEmbed(call);
        const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
        QCOMPARE(fields.size(), 25);
        const domain::BallInstance &newest = m_mine.last();
        QCOMPARE(fields.first().toObject().value(QLatin1String("name")).toString(),
                 domain::displayId(newest.id) + QStringLiteral(" Spain"));
        QCOMPARE(fields.first().toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("ATK: 59(+19%) • HP: 105(+5%) • 2025/01/01 | 10:29"));
        QCOMPARE(fields.at(1).toObject().value(QLatin1String("name")).toString(),
                 domain::displayId(m_mine.at(28).id) + QStringLiteral(" France"));
        QCOMPARE(
            embed.value(QLatin1String("footer")).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("Page 1/2"));
        QVERIFY(!call.data.value(QLatin1String("components")).toArray().isEmpty());
        for (const QJsonValue &field : fields)
            QVERIFY(!field.toObject()
                         .value(QLatin1String("name"))
                         .toString()
                         .contains(domain::displayId(m_theirs.id) + QLatin1Char(' ')));
    }

    void listSecondPageHoldsTheOldest()
    {
        const RecordedCall first = run(QStringLiteral("list"));
        const QString next = customIdEndingWith(first.data, QStringLiteral("next"));
        QVERIFY2(!next.isEmpty(), "no Next button");
        const qsizetype before = m_transport->calls.size();
        m_router->handle(componentPayload(m_clock->now(), next, InvokerId, {}, ++m_sequence));
        QTRY_VERIFY_WITH_TIMEOUT(m_transport->calls.size() > before, 10000);
        const QJsonObject embed = firstEmbed(m_transport->calls.last());
        const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.first().toObject().value(QLatin1String("name")).toString(),
                 domain::displayId(m_mine.at(4).id) + QStringLiteral(" France"));
        QCOMPARE(fields.last().toObject().value(QLatin1String("name")).toString(),
                 domain::displayId(m_mine.first().id) + QStringLiteral(" France"));
        QCOMPARE(
            embed.value(QLatin1String("footer")).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("Page 2/2"));
    }

    void listOfAnEmptyCollection()
    {
        const RecordedCall call = run(QStringLiteral("list"), {}, InvokerId + 5);
        QCOMPARE(call.content(), QStringLiteral("You don't have any testballs yet."));
    }

    void infoPostsTheCard()
    {
        const domain::BallInstance &instance = m_mine.first();
        const QString hex = domain::displayId(instance.id).mid(1).toLower();
        const RecordedCall call = run(QStringLiteral("info"), idOption(hex));
        QCOMPARE(call.fileCount, 1);
        QCOMPARE(call.flags(), 0);
        const QString expected
            = QStringLiteral(
                  "ID: `%1`\nCaught on <t:%2:f> (<t:%2:R>).\n\nATK: 45 (-10%)\nHP: 105 (+5%)")
                  .arg(domain::displayId(instance.id),
                       QString::number(instance.catchDate.toSecsSinceEpoch()));
        QCOMPARE(call.content(), expected);
    }

    void cardIsADecodableImage()
    {
        auto task = bot::features::instanceCardMessage(*m_catalogue, m_renderer, m_mine.first());
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
        const RecordedCall call = run(QStringLiteral("last"));
        QCOMPARE(call.fileCount, 1);
        QVERIFY2(call.content().startsWith(
                     QStringLiteral("ID: `%1`").arg(domain::displayId(m_mine.last().id))),
                 qPrintable(call.content()));
    }

    void lastOfAnEmptyCollection()
    {
        const RecordedCall call = run(QStringLiteral("last"), {}, InvokerId + 6);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.fileCount, 0);
        QVERIFY(call.content().contains(QLatin1String("don't have any testballs")));
    }

    void infoRefusesOthersAndUnknownIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString missing = QStringLiteral("The testball ID you gave does not exist.");
        const QString invalid = QStringLiteral("The testball ID you gave is not valid.");
        QTest::newRow("someone else's") << domain::displayId(m_theirs.id).mid(1) << missing;
        QTest::newRow("unknown") << QStringLiteral("FFFFFF") << missing;
        QTest::newRow("not hex") << QStringLiteral("xyz") << invalid;
        QTest::newRow("hash prefix") << domain::displayId(m_mine.first().id) << invalid;
    }

    void infoRefusesOthersAndUnknownIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const RecordedCall call = run(QStringLiteral("info"), idOption(text));
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.fileCount, 0);
        QCOMPARE(call.content(), expected);
    }

    void count_data()
    {
        QTest::addColumn<QJsonArray>("options");
        QTest::addColumn<Snowflake>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << QJsonArray() << InvokerId
                             << QStringLiteral("You have 30 testballs.");
        QTest::newRow("one ball") << idOption(QStringLiteral("spain")) << InvokerId
                                  << QStringLiteral("You have 15 Spain testballs.");
        QTest::newRow("single") << QJsonArray() << OtherUserId
                                << QStringLiteral("You have 1 testball.");
        QTest::newRow("none") << QJsonArray() << InvokerId + 7
                              << QStringLiteral("You have 0 testballs.");
    }

    void count()
    {
        QFETCH(QJsonArray, options);
        QFETCH(Snowflake, user);
        QFETCH(QString, expected);
        const RecordedCall call = run(QStringLiteral("count"), options, user);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(call.content(), expected);
    }
};

QTEST_MAIN(TestBallsCommands)
#include "tst_ballscommands.moc"

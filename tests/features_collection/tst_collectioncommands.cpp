// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/collection/CollectionCommands.h"
#include "interactions/InteractionRouter.h"
#include "schema/Migrator.h"
#include "services/CatalogueCache.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "storage/Transaction.h"
#include "support/Awaiting.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QTest>

using namespace ballsdex;
using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using bot::features::CollectionCommands;
using bot::features::CollectionWording;
using bot::services::CatalogueCache;

namespace {

using ballsdex::testing::await;

constexpr int cap = 2;

CollectionWording wording()
{
    return CollectionWording {QStringLiteral("testball"), QStringLiteral("testballs"), cap,
                              QStringLiteral("⭐")};
}

QJsonObject firstEmbed(const RecordedCall &call)
{
    return call.data.value(QLatin1String("embeds")).toArray().first().toObject();
}

QString content(const RecordedCall &call)
{
    return call.data.value(QLatin1String("content")).toString();
}

} // namespace

class TestCollectionCommands final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ballsdex::testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<CatalogueCache> m_catalogue;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<InteractionRouter> m_router;
    domain::Ball m_france;
    domain::Ball m_spain;
    domain::Ball m_italy;
    domain::Ball m_hidden; ///< disabled
    domain::RowId m_invokerPlayer = 0;
    domain::RowId m_otherPlayer = 0;
    QList<domain::BallInstance> m_mine;
    domain::BallInstance m_deleted;
    domain::BallInstance m_theirs;
    int m_sequence = 0;

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

    RecordedCall favorite(domain::RowId id)
    {
        return run(QStringLiteral("favorite"),
                   QJsonArray {option(QStringLiteral("countryball"), OptionType::String,
                                      domain::displayId(id).mid(1))});
    }

    bool isFavorite(domain::RowId id)
    {
        const auto found = m_database->transactSync([id](storage::Transaction &tx) {
            return tx.exec1("SELECT favorite FROM ballinstance WHERE id = $1", id)[0].as<bool>();
        });
        if (!found)
            qFatal("favorite read failed");
        return *found;
    }

    void clearFavorites()
    {
        QVERIFY(m_database->transactSync(
            [](storage::Transaction &tx) { tx.exec("UPDATE ballinstance SET favorite = false"); }));
    }

    domain::BallInstance createInstance(const domain::Ball &ball, domain::RowId player)
    {
        domain::BallInstance instance;
        instance.ballId = ball.id;
        instance.playerId = player;
        instance.catchDate = QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
        const auto created = await(storage::InstanceRepository(*m_database).create(instance));
        if (!created)
            qFatal("instance create failed: %s", qPrintable(created.error().toString()));
        return *created;
    }

    domain::Ball createBall(const QString &country, domain::RowId regime, bool enabled)
    {
        domain::Ball ball;
        ball.country = country;
        ball.health = 100;
        ball.attack = 50;
        ball.rarity = 1.0;
        ball.enabled = enabled;
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

        domain::Regime regime;
        regime.name = QStringLiteral("Democracy");
        regime.background = QStringLiteral("democracy.png");
        const auto createdRegime
            = await(storage::CatalogueRepository(*m_database).createRegime(regime));
        QVERIFY(createdRegime);
        m_france = createBall(QStringLiteral("France"), createdRegime->id, true);
        m_spain = createBall(QStringLiteral("Spain"), createdRegime->id, true);
        m_italy = createBall(QStringLiteral("Italy"), createdRegime->id, true);
        m_hidden = createBall(QStringLiteral("Atlantis"), createdRegime->id, false);

        m_catalogue = std::make_unique<CatalogueCache>(*m_database);
        QVERIFY(QCoro::waitFor(m_catalogue->reload()));

        storage::PlayerRepository players(*m_database);
        const auto invoker = await(players.getOrCreate(InvokerId));
        const auto other = await(players.getOrCreate(OtherUserId));
        QVERIFY(invoker && other);
        m_invokerPlayer = invoker->id;
        m_otherPlayer = other->id;
        // Mine: France twice, Spain, and the disabled Atlantis; a deleted Italy; theirs: Italy.
        m_mine
            = {createInstance(m_france, m_invokerPlayer), createInstance(m_france, m_invokerPlayer),
               createInstance(m_spain, m_invokerPlayer), createInstance(m_hidden, m_invokerPlayer)};
        m_deleted = createInstance(m_italy, m_invokerPlayer);
        const domain::RowId deletedId = m_deleted.id;
        QVERIFY(m_database->transactSync([deletedId](storage::Transaction &tx) {
            tx.exec("UPDATE ballinstance SET deleted = true WHERE id = $1", deletedId);
        }));
        m_theirs = createInstance(m_italy, m_otherPlayer);
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
        const CollectionWording words = wording();
        CommandSpec group
            = CommandSpec::command(QStringLiteral("testballs"), QStringLiteral("Test"));
        group.add(CollectionCommands::completionCommand(*m_database, *m_catalogue, words))
            .add(CollectionCommands::favoriteCommand(*m_database, *m_catalogue, words));
        const auto added = m_tree->add(std::move(group));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        clearFavorites();
    }

    void cleanup() { m_router.reset(); }

    void completion_data()
    {
        QTest::addColumn<Snowflake>("user");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("owned");
        QTest::addColumn<QString>("missing");
        QTest::newRow("invoker: disabled and deleted ignored")
            << Snowflake(InvokerId) << QStringLiteral("testballs completion: 66.7% (2/3)")
            << QStringLiteral("France, Spain") << QStringLiteral("Italy");
        QTest::newRow("other player")
            << Snowflake(OtherUserId) << QStringLiteral("testballs completion: 33.3% (1/3)")
            << QStringLiteral("Italy") << QStringLiteral("France, Spain");
        QTest::newRow("unknown player")
            << Snowflake(123456789012345678ULL)
            << QStringLiteral("testballs completion: 0.0% (0/3)") << QStringLiteral("None")
            << QStringLiteral("France, Spain, Italy");
    }

    void completion()
    {
        QFETCH(Snowflake, user);
        QFETCH(QString, title);
        QFETCH(QString, owned);
        QFETCH(QString, missing);
        const RecordedCall call = run(QStringLiteral("completion"), {}, user);
        QCOMPARE(call.flags(), 0);
        const QJsonObject embed = firstEmbed(call);
        QCOMPARE(embed.value(QLatin1String("title")).toString(), title);
        const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Owned testballs"));
        QCOMPARE(fields.at(0).toObject().value(QLatin1String("value")).toString(), owned);
        QCOMPARE(fields.at(1).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Missing testballs"));
        QCOMPARE(fields.at(1).toObject().value(QLatin1String("value")).toString(), missing);
    }

    void favoriteTogglesOnAndOff()
    {
        const domain::BallInstance &spain = m_mine.at(2);
        const QString label = domain::displayId(spain.id) + QStringLiteral(" Spain");
        RecordedCall call = favorite(spain.id);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(content(call),
                 QStringLiteral("⭐ ") + label + QStringLiteral(" is now a favorite"));
        QVERIFY(isFavorite(spain.id));
        call = favorite(spain.id);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(content(call),
                 QStringLiteral("⭐ ") + label + QStringLiteral(" is no longer a favorite"));
        QVERIFY(!isFavorite(spain.id));
    }

    void favoriteRespectsTheCap()
    {
        QVERIFY(content(favorite(m_mine.at(0).id)).endsWith(QStringLiteral("is now a favorite")));
        QVERIFY(content(favorite(m_mine.at(1).id)).endsWith(QStringLiteral("is now a favorite")));
        const RecordedCall refused = favorite(m_mine.at(2).id);
        QCOMPARE(refused.flags(), 64);
        QCOMPARE(content(refused),
                 QStringLiteral("You cannot set more than 2 favorite testballs."));
        QVERIFY(!isFavorite(m_mine.at(2).id));
        // Removing one is always allowed and frees a slot.
        QVERIFY(
            content(favorite(m_mine.at(0).id)).endsWith(QStringLiteral("no longer a favorite")));
        QVERIFY(content(favorite(m_mine.at(2).id)).endsWith(QStringLiteral("is now a favorite")));
        QVERIFY(isFavorite(m_mine.at(2).id));
    }

    void favoriteRefusesForeignDeletedAndUnknownIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("foreign") << domain::displayId(m_theirs.id).mid(1);
        QTest::newRow("deleted") << domain::displayId(m_deleted.id).mid(1);
        QTest::newRow("unknown") << QStringLiteral("FFFFFF");
        QTest::newRow("not hex") << QStringLiteral("zz");
    }

    void favoriteRefusesForeignDeletedAndUnknownIds()
    {
        QFETCH(QString, text);
        const RecordedCall call
            = run(QStringLiteral("favorite"),
                  QJsonArray {option(QStringLiteral("countryball"), OptionType::String, text)});
        QCOMPARE(call.flags(), 64);
        QCOMPARE(content(call), QStringLiteral("The testball ID you gave does not exist."));
        QVERIFY(!isFavorite(m_theirs.id));
        QVERIFY(!isFavorite(m_deleted.id));
    }

    void favoriteDisabledWhenCapIsZero()
    {
        CollectionWording words = wording();
        words.maxFavorites = 0;
        m_tree = std::make_unique<CommandTree>();
        m_router
            = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
        CommandSpec group
            = CommandSpec::command(QStringLiteral("testballs"), QStringLiteral("Test"));
        group.add(CollectionCommands::favoriteCommand(*m_database, *m_catalogue, words));
        QVERIFY(m_tree->add(std::move(group)));
        const RecordedCall call = favorite(m_mine.at(0).id);
        QCOMPARE(call.flags(), 64);
        QCOMPARE(content(call), QStringLiteral("Favorites are disabled."));
        QVERIFY(!isFavorite(m_mine.at(0).id));
    }
};

QTEST_GUILESS_MAIN(TestCollectionCommands)
#include "tst_collectioncommands.moc"

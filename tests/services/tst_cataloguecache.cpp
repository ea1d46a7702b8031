// SPDX-License-Identifier: MIT
#include "ServicesTestSupport.h"
#include "services/CatalogueCache.h"
#include "storage/CatalogueRepository.h"

#include <QTest>

using namespace ballsdex;
using namespace ballsdex::testing;
using bot::services::CatalogueCache;

namespace {

domain::Ball sampleBall(const QString &country, domain::RowId regimeId, bool enabled = true)
{
    domain::Ball ball;
    ball.country = country;
    ball.health = 100;
    ball.attack = 50;
    ball.rarity = 1.0;
    ball.enabled = enabled;
    ball.wildCard = QStringLiteral("wild.png");
    ball.collectionCard = QStringLiteral("card.png");
    ball.credits = QStringLiteral("artist");
    ball.capacityName = QStringLiteral("Ability");
    ball.capacityDescription = QStringLiteral("Does things");
    ball.regimeId = regimeId;
    return ball;
}

} // namespace

class TestCatalogueCache final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    domain::RowId m_regimeId = 0;
    domain::RowId m_economyId = 0;
    domain::RowId m_franceId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_test = std::make_unique<TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
        m_database = migratedDatabase(*m_test);
        QVERIFY(m_database);
        storage::CatalogueRepository catalogue(*m_database);
        const auto regime = await(
            catalogue.createRegime({0, QStringLiteral("Democracy"), QStringLiteral("bg.png")}));
        QVERIFY(regime);
        m_regimeId = regime->id;
        const auto economy = await(
            catalogue.createEconomy({0, QStringLiteral("Capitalist"), QStringLiteral("icon.png")}));
        QVERIFY(economy);
        m_economyId = economy->id;
        domain::Ball france = sampleBall(QStringLiteral("France"), m_regimeId);
        france.shortName = QStringLiteral("FR");
        france.economyId = m_economyId;
        const auto created = await(catalogue.createBall(france));
        QVERIFY(created);
        m_franceId = created->id;
        QVERIFY(
            await(catalogue.createBall(sampleBall(QStringLiteral("Atlantis"), m_regimeId, false))));
        domain::Special shiny;
        shiny.name = QStringLiteral("Shiny");
        shiny.rarity = 0.001;
        QVERIFY(await(catalogue.createSpecial(shiny)));
    }

    void startsEmpty()
    {
        CatalogueCache cache(*m_database);
        QVERIFY(cache.enabledBalls().isEmpty());
        QVERIFY(!cache.ball(m_franceId));
        QVERIFY(!cache.ballByName(QStringLiteral("France")));
    }

    void reloadLoadsEverythingAndIndexesIt()
    {
        CatalogueCache cache(*m_database);
        int notified = 0;
        cache.onReloaded([&notified](const CatalogueCache::Index &index) {
            ++notified;
            QCOMPARE(index.data.balls.size(), 2);
        });
        const auto reloaded = await(cache.reload());
        QVERIFY2(reloaded, qPrintable(reloaded ? QString() : reloaded.error().toString()));
        QCOMPARE(notified, 1);

        const auto france = cache.ball(m_franceId);
        QVERIFY(france);
        QCOMPARE(france->country, QStringLiteral("France"));
        QCOMPARE(cache.enabledBalls().size(), 1);
        QCOMPARE(cache.enabledBalls().first().id, m_franceId);
        QCOMPARE(cache.regime(m_regimeId)->name, QStringLiteral("Democracy"));
        QCOMPARE(cache.economy(m_economyId)->name, QStringLiteral("Capitalist"));
        QCOMPARE(cache.specialByName(QStringLiteral("sHiNy"))->name, QStringLiteral("Shiny"));
        QVERIFY(cache.special(cache.specialByName(QStringLiteral("shiny"))->id));
        QVERIFY(!cache.ball(999999));
        QVERIFY(!cache.regime(999999));
    }

    void nameLookupIsCaseInsensitive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("country");
        QTest::newRow("exact") << QStringLiteral("France") << QStringLiteral("France");
        QTest::newRow("lower") << QStringLiteral("france") << QStringLiteral("France");
        QTest::newRow("spaces") << QStringLiteral("  FRANCE ") << QStringLiteral("France");
        QTest::newRow("short name") << QStringLiteral("fr") << QStringLiteral("France");
        QTest::newRow("disabled ball") << QStringLiteral("atlantis") << QStringLiteral("Atlantis");
        QTest::newRow("unknown") << QStringLiteral("Narnia") << QString();
    }

    void nameLookupIsCaseInsensitive()
    {
        QFETCH(QString, name);
        QFETCH(QString, country);
        CatalogueCache cache(*m_database);
        QVERIFY(await(cache.reload()));
        const auto found = cache.ballByName(name);
        QCOMPARE(found ? found->country : QString(), country);
    }

    void heldSnapshotSurvivesAReload()
    {
        CatalogueCache cache(*m_database);
        QVERIFY(await(cache.reload()));
        const auto before = cache.snapshot();
        storage::CatalogueRepository catalogue(*m_database);
        QVERIFY(await(catalogue.createBall(sampleBall(QStringLiteral("Utopia"), m_regimeId))));
        QVERIFY(await(cache.reload()));
        QCOMPARE(before->data.balls.size(), 2);
        QCOMPARE(cache.snapshot()->data.balls.size(), 3);
        QCOMPARE(cache.ballByName(QStringLiteral("utopia"))->country, QStringLiteral("Utopia"));
    }

    void failedReloadKeepsThePreviousCatalogue()
    {
        CatalogueCache cache(*m_database);
        QVERIFY(await(cache.reload()));
        storage::DatabaseOptions options
            = fastOptions(QStringLiteral("host=/nonexistent-dir port=1 dbname=x"));
        options.connectAttempts = 1;
        storage::Database broken(options);
        CatalogueCache brokenCache(broken);
        brokenCache.replace(cache.snapshot()->data);
        const auto reloaded = await(brokenCache.reload());
        QVERIFY(!reloaded);
        QVERIFY(reloaded.error().isConnectionProblem());
        QVERIFY(brokenCache.ball(m_franceId));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueCache)
#include "tst_cataloguecache.moc"

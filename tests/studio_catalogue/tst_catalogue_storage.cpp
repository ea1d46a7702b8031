// SPDX-License-Identifier: MIT
// CatalogueRepository writes of regimes, economies and specials: audit rows in the same
// transaction, the name rule, the schema's CHECKs, refused deletes and usage counts.
#include "CatalogueFixture.h"
#include "storage/CatalogueRepository.h"
#include "support/Awaiting.h"

#include <QTest>

using namespace ballsdex;
using storage::AuditActor;
using storage::CatalogueRepository;
using Kind = storage::StorageError::Kind;

namespace {

const AuditActor editor {222222222222222222, QStringLiteral("studio")};

domain::Special special(const QString &name, double rarity)
{
    domain::Special value;
    value.name = name;
    value.rarity = rarity;
    return value;
}

} // namespace

class TestCatalogueStorage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::CatalogueFixture> m_fixture;
    std::unique_ptr<CatalogueRepository> m_repository;

    std::int64_t audits(const std::string &action)
    {
        return m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = '" + action + "'");
    }

    domain::RowId ballWithInstances(domain::RowId regimeId, int instances)
    {
        m_fixture->exec("INSERT INTO player (discord_id) VALUES (333333333333333333) "
                        "ON CONFLICT DO NOTHING");
        const std::int64_t ballId = m_fixture->scalar(
            "INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
            "collection_card, credits, capacity_name, capacity_description, regime_id) VALUES "
            "('Ball "
            + std::to_string(regimeId)
            + "', 1, 1, 1, 1, 'w.png', 'c.png', 'me', 'a', "
              "'b', "
            + std::to_string(regimeId) + ") RETURNING id");
        for (int i = 0; i < instances; ++i) {
            m_fixture->exec("INSERT INTO ballinstance (ball_id, player_id) SELECT "
                            + std::to_string(ballId) + ", id FROM player LIMIT 1");
        }
        return ballId;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<testing::CatalogueFixture>();
        if (!m_fixture->open())
            QSKIP("no PostgreSQL test cluster");
        m_repository = std::make_unique<CatalogueRepository>(*m_fixture->database);
    }

    void regimeWritesCarryTheirAuditRows()
    {
        const auto created = testing::await(m_repository->createRegime(
            {0, QStringLiteral("  Empire "), QStringLiteral("empire.png")}, editor));
        QVERIFY2(created, qPrintable(created.error().toString()));
        QCOMPARE(created->name, QStringLiteral("Empire"));
        const std::string id = std::to_string(created->id);
        QCOMPARE(m_fixture->scalar("SELECT actor_discord_id FROM audit_log WHERE action = "
                                   "'regime.create' AND target_id = '"
                                   + id + "'"),
                 editor.discordId);
        QCOMPARE(
            m_fixture->text("SELECT actor_source FROM audit_log WHERE target_id = '" + id + "'"),
            QStringLiteral("studio"));

        domain::Regime changed = *created;
        changed.background = QStringLiteral("empire2.png");
        QVERIFY(testing::await(m_repository->updateRegime(changed, editor)));
        QCOMPARE(m_fixture->text("SELECT before->>'background' || '>' || (after->>'background') "
                                 "FROM audit_log WHERE action = 'regime.update'"),
                 QStringLiteral("empire.png>empire2.png"));

        QVERIFY(testing::await(m_repository->deleteRegime(created->id, editor)));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM regime WHERE id = " + id), 0);
        QCOMPARE(m_fixture->text("SELECT before->>'name' FROM audit_log WHERE action = "
                                 "'regime.delete'"),
                 QStringLiteral("Empire"));
    }

    void aFailingAuditRowRollsTheWriteBack()
    {
        const AuditActor broken {5, QStringLiteral("not-a-source")}; // audit_log CHECK fails
        const std::int64_t before = m_fixture->scalar("SELECT count(*) FROM economy");
        const auto created = testing::await(m_repository->createEconomy(
            {0, QStringLiteral("Feudal"), QStringLiteral("f.png")}, broken));
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Kind::CheckViolation);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM economy"), before);
    }

    void editorNamesAreUniquePerKind()
    {
        // Seeded by migration 0004: "Democracy".
        const auto duplicate = testing::await(m_repository->createRegime(
            {0, QStringLiteral("democracy"), QStringLiteral("d.png")}, editor));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, Kind::UniqueViolation);
        QCOMPARE(duplicate.error().constraint, QStringLiteral("regime_name_unique"));
        QCOMPARE(audits("regime.create"), 0);

        // Keeping one's own name is no duplicate; taking another's is.
        const std::int64_t unionId
            = m_fixture->scalar("SELECT id FROM regime WHERE name = 'Union'");
        QVERIFY(testing::await(m_repository->updateRegime(
            {unionId, QStringLiteral("Union"), QStringLiteral("u.png")}, editor)));
        const auto taken = testing::await(m_repository->updateRegime(
            {unionId, QStringLiteral("Dictatorship"), QStringLiteral("u.png")}, editor));
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, Kind::UniqueViolation);

        // Writes without an actor (seeding, fixtures) keep the schema's rule.
        QVERIFY(testing::await(
            m_repository->createRegime({0, QStringLiteral("Democracy"), QStringLiteral("d.png")})));
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("rarity");
        QTest::addColumn<int>("endOffsetDays");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("constraint");
        QTest::newRow("empty name")
            << QStringLiteral("  ") << 0.5 << 1 << int(Kind::InvalidArgument) << QString();
        QTest::newRow("rarity above 1")
            << QStringLiteral("Gold") << 1.5 << 1 << int(Kind::CheckViolation)
            << QStringLiteral("special_rarity_check");
        QTest::newRow("negative rarity")
            << QStringLiteral("Gold") << -0.1 << 1 << int(Kind::CheckViolation)
            << QStringLiteral("special_rarity_check");
        QTest::newRow("end before start")
            << QStringLiteral("Gold") << 0.5 << -1 << int(Kind::CheckViolation)
            << QStringLiteral("special_window_check");
    }

    void invalidValuesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(double, rarity);
        QFETCH(int, endOffsetDays);
        QFETCH(int, kind);
        QFETCH(QString, constraint);
        domain::Special value = special(name, rarity);
        value.startDate = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        value.endDate = value.startDate->addDays(endOffsetDays);
        const auto created = testing::await(m_repository->createSpecial(value, editor));
        QVERIFY(!created);
        QCOMPARE(int(created.error().kind), kind);
        QCOMPARE(created.error().constraint, constraint);
        QCOMPARE(audits("special.create"), 0);
    }

    void aRegimeInUseIsNotDeleted()
    {
        const auto regime = testing::await(
            m_repository->createRegime({0, QStringLiteral("Kingdom"), QStringLiteral("k.png")}));
        QVERIFY(regime);
        ballWithInstances(regime->id, 3);
        const auto usage = testing::await(m_repository->regimeUsage(regime->id));
        QVERIFY(usage);
        QCOMPARE(usage->balls, 1);
        QCOMPARE(usage->instances, 3);

        const auto refused = testing::await(m_repository->deleteRegime(regime->id, editor));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::ForeignKeyViolation);
        QCOMPARE(refused.error().constraint, QStringLiteral("ball_regime_id_fkey"));
        QVERIFY2(refused.error().message.contains(QLatin1String("in use by 1 ball")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM ballinstance"), 3);
        QCOMPARE(audits("regime.delete"), 0);
    }

    void specialUsageAndForcedPacks()
    {
        const auto gold = testing::await(
            m_repository->createSpecial(special(QStringLiteral("Gold"), 0.01), editor));
        QVERIFY(gold);
        const auto regime = testing::await(
            m_repository->createRegime({0, QStringLiteral("Kingdom"), QStringLiteral("k.png")}));
        ballWithInstances(regime->id, 2);
        const std::string goldId = std::to_string(gold->id);
        m_fixture->exec("UPDATE ballinstance SET special_id = " + goldId);
        m_fixture->exec("INSERT INTO pack (name, cards_count, special_mode, special_id) VALUES "
                        "('Gold pack', 3, 3, "
                        + goldId + ")");
        const auto usage = testing::await(m_repository->specialUsage(gold->id));
        QVERIFY(usage);
        QCOMPARE(usage->instances, 2);
        QCOMPARE(usage->packs, 1);
        QCOMPARE(usage->forcedPacks, 1);

        const auto refused = testing::await(m_repository->deleteSpecial(gold->id, editor));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::ForeignKeyViolation);
        QVERIFY(refused.error().message.contains(QLatin1String("1 pack")));

        m_fixture->exec("UPDATE pack SET special_mode = 1");
        QVERIFY(testing::await(m_repository->deleteSpecial(gold->id, editor)));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM ballinstance WHERE special_id IS NULL"),
                 2);
        QCOMPARE(audits("special.delete"), 1);
    }

    void specialUpdateKeepsEveryColumn()
    {
        domain::Special value = special(QStringLiteral("Eclipse"), 0.25);
        value.emoji = QStringLiteral("🌒");
        value.catchPhrase = QStringLiteral("Dark!");
        const auto created = testing::await(m_repository->createSpecial(value, editor));
        QVERIFY(created);
        domain::Special changed = *created;
        changed.hidden = true;
        changed.tradeable = false;
        changed.endDate = QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC);
        const auto updated = testing::await(m_repository->updateSpecial(changed, editor));
        QVERIFY(updated);
        QCOMPARE(updated->emoji, value.emoji);
        QCOMPARE(updated->catchPhrase, value.catchPhrase);
        QVERIFY(updated->hidden && !updated->tradeable);
        QCOMPARE(updated->endDate, changed.endDate);
        QCOMPARE(audits("special.update"), 1);
    }

    void economyDeleteDetachesBalls()
    {
        const auto economy = testing::await(m_repository->createEconomy(
            {0, QStringLiteral("Barter"), QStringLiteral("b.png")}, editor));
        QVERIFY(economy);
        const std::int64_t regimeId = m_fixture->scalar("SELECT min(id) FROM regime");
        const domain::RowId ballId = ballWithInstances(regimeId, 0);
        m_fixture->exec("UPDATE ball SET economy_id = " + std::to_string(economy->id));
        const auto usage = testing::await(m_repository->economyUsage(economy->id));
        QVERIFY(usage);
        QCOMPARE(usage->balls, 1);
        QVERIFY(testing::await(m_repository->deleteEconomy(economy->id, editor)));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM ball WHERE economy_id IS NULL AND id = "
                                   + std::to_string(ballId)),
                 1);
    }

    void missingRowsAreNotFound()
    {
        const auto updated = testing::await(
            m_repository->updateEconomy({999999, QStringLiteral("X"), QStringLiteral("x.png")}));
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind, Kind::NotFound);
        const auto removed = testing::await(m_repository->deleteSpecial(999999, editor));
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueStorage)
#include "tst_catalogue_storage.moc"

// SPDX-License-Identifier: MIT
// PackRepository: the schema's pack rules come back as typed errors; audit rows in the same
// transaction; deleting a pack removes unopened copies and keeps the history's name.
#include "CatalogueFixture.h"
#include "storage/PackRepository.h"
#include "support/Awaiting.h"

#include <QTest>

using namespace ballsdex;
using domain::Pack;
using domain::PackSpecialMode;
using storage::AuditActor;
using storage::PackRepository;
using Kind = storage::StorageError::Kind;

namespace {

const AuditActor editor {222222222222222222, QStringLiteral("studio")};

Pack starter()
{
    Pack pack;
    pack.name = QStringLiteral("Starter");
    pack.description = QStringLiteral("Three cards");
    pack.emoji = QStringLiteral("📦");
    pack.price = 100;
    pack.cardsCount = 3;
    return pack;
}

} // namespace

class TestPackRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::CatalogueFixture> m_fixture;
    std::unique_ptr<PackRepository> m_packs;
    domain::RowId m_shinyId = 0;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<testing::CatalogueFixture>();
        if (!m_fixture->open())
            QSKIP("no PostgreSQL test cluster");
        m_packs = std::make_unique<PackRepository>(*m_fixture->database);
        m_shinyId = m_fixture->scalar("SELECT id FROM special WHERE name = 'Shiny'");
    }

    void createUpdateListDeleteWithAudit()
    {
        const auto created = testing::await(m_packs->create(starter(), editor));
        QVERIFY2(created, qPrintable(created.error().toString()));
        QVERIFY(created->createdAt.has_value());
        QCOMPARE(created->specialMode, PackSpecialMode::Natural);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = 'pack.create' "
                                   "AND target_type = 'pack' AND target_id = '"
                                   + std::to_string(created->id) + "'"),
                 1);

        Pack changed = *created;
        changed.minRarity = 0.5;
        changed.maxRarity = 2.0;
        changed.specialMode = PackSpecialMode::Forced;
        changed.specialId = m_shinyId;
        changed.dailyLimit = 2;
        changed.enabled = false;
        const auto updated = testing::await(m_packs->update(changed, editor));
        QVERIFY2(updated, qPrintable(updated.error().toString()));
        QCOMPARE(updated->minRarity, std::optional(0.5));
        QCOMPARE(updated->specialId, std::optional(m_shinyId));
        QCOMPARE(updated->dailyLimit, std::optional(2));
        QCOMPARE(m_fixture->text("SELECT after->>'special_mode' FROM audit_log "
                                 "WHERE action = 'pack.update'"),
                 QStringLiteral("3"));

        const auto listed = testing::await(m_packs->list());
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("Starter"));

        m_fixture->exec("INSERT INTO player (discord_id) VALUES (333333333333333333)");
        m_fixture->exec("INSERT INTO player_pack (player_id, pack_id, quantity) SELECT id, "
                        + std::to_string(created->id) + ", 4 FROM player");
        const auto usage = testing::await(m_packs->usage(created->id));
        QVERIFY(usage);
        QCOMPARE(usage->owners, 1);
        QCOMPARE(usage->unopened, 4);
        QVERIFY(testing::await(m_packs->remove(created->id, editor)));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM player_pack"), 0);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = 'pack.delete'"),
                 1);
    }

    void rulesAreEnforced_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("constraint");
        const int check = int(Kind::CheckViolation);
        QTest::newRow("empty name") << 0 << int(Kind::InvalidArgument) << QString();
        QTest::newRow("negative price") << 1 << check << QStringLiteral("pack_price_check");
        QTest::newRow("no cards") << 2 << check << QStringLiteral("pack_cards_count_check");
        QTest::newRow("26 cards") << 3 << check << QStringLiteral("pack_cards_count_check");
        QTest::newRow("min above max") << 4 << check << QStringLiteral("pack_rarity_range_check");
        QTest::newRow("forced without special")
            << 5 << check << QStringLiteral("pack_forced_special_check");
        QTest::newRow("zero daily limit") << 6 << check << QStringLiteral("pack_daily_limit_check");
        QTest::newRow("unknown special")
            << 7 << int(Kind::ForeignKeyViolation) << QStringLiteral("pack_special_id_fkey");
    }

    void rulesAreEnforced()
    {
        QFETCH(int, rule);
        QFETCH(int, kind);
        QFETCH(QString, constraint);
        Pack pack = starter();
        switch (rule) {
        case 0:
            pack.name = QStringLiteral(" ");
            break;
        case 1:
            pack.price = -1;
            break;
        case 2:
            pack.cardsCount = 0;
            break;
        case 3:
            pack.cardsCount = 26;
            break;
        case 4:
            pack.minRarity = 3.0;
            pack.maxRarity = 1.0;
            break;
        case 5:
            pack.specialMode = PackSpecialMode::Forced;
            break;
        case 6:
            pack.dailyLimit = 0;
            break;
        case 7:
            pack.specialId = 999999;
            break;
        default:
            QFAIL("unknown rule");
        }
        const auto created = testing::await(m_packs->create(pack, editor));
        QVERIFY(!created);
        QCOMPARE(int(created.error().kind), kind);
        QCOMPARE(created.error().constraint, constraint);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM pack"), 0);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log"), 0);
    }

    void namesAreUnique()
    {
        QVERIFY(testing::await(m_packs->create(starter(), editor)));
        const auto duplicate = testing::await(m_packs->create(starter(), editor));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, Kind::UniqueViolation);
        QCOMPARE(duplicate.error().constraint, QStringLiteral("pack_name_key"));
    }

    void missingPackIsNotFound()
    {
        Pack pack = starter();
        pack.id = 424242;
        const auto updated = testing::await(m_packs->update(pack, editor));
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind, Kind::NotFound);
        const auto removed = testing::await(m_packs->remove(424242, editor));
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPackRepository)
#include "tst_pack_repository.moc"

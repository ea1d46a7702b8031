// SPDX-License-Identifier: MIT
// Regime and economy pages and the CatalogueEditors container on a real database: duplicate
// names, deletes refused or confirmed, search with SQL metacharacters, images.
#include "CatalogueFixture.h"
#include "EditorDriver.h"
#include "catalogue/CatalogueEditors.h"
#include "catalogue/EconomyEditor.h"
#include "catalogue/ImageField.h"
#include "catalogue/PackEditor.h"
#include "catalogue/RegimeEditor.h"
#include "catalogue/SpecialEditor.h"

#include <QTest>

using namespace ballsdex;
using studio::EditorPage;
using studio::ImageField;

class TestRegimeEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::CatalogueFixture> m_fixture;

    bool openFixture()
    {
        m_fixture = std::make_unique<testing::CatalogueFixture>();
        return m_fixture->open();
    }

    bool importImage(testing::EditorDriver &driver, const QString &field, QSize size)
    {
        auto *image = driver.child<ImageField>(field);
        QSignalSpy imported(image, &ImageField::imported);
        image->importFrom(m_fixture->image(QStringLiteral("picked.png"), size));
        return QTest::qWaitFor([&imported]() { return !imported.isEmpty(); }, 10000);
    }

private Q_SLOTS:
    void cleanup() { m_fixture.reset(); }

    void createsARegimeWithItsBackground()
    {
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        studio::RegimeEditor page(*m_fixture->context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        QCOMPARE(driver.visibleLabels().size(), 3); // seeded regimes

        driver.click(QStringLiteral("newButton"));
        driver.type(QStringLiteral("nameEdit"), QStringLiteral("Empire"));
        driver.click(QStringLiteral("saveButton"));
        QVERIFY2(driver.message().contains(QLatin1String("background")),
                 qPrintable(driver.message()));

        QVERIFY(importImage(driver, QStringLiteral("backgroundField"), QSize(1428, 2000)));
        QSignalSpy saved(&page, &EditorPage::saved);
        driver.click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!saved.isEmpty());
        const QString stored
            = m_fixture->text("SELECT background FROM regime WHERE name = 'Empire'");
        QVERIFY(stored.startsWith(QLatin1String("regime-empire-")));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = 'regime.create'"),
                 1);
    }

    void duplicateNameIsExplained()
    {
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        studio::RegimeEditor page(*m_fixture->context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        QVERIFY(driver.pick(QStringLiteral("Union")));
        driver.type(QStringLiteral("nameEdit"), QStringLiteral("democracy"));
        QSignalSpy failed(&page, &EditorPage::failed);
        driver.click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(driver.message(),
                 QStringLiteral("The name \u201cdemocracy\u201d is already taken; choose another "
                                "one."));
        QVERIFY(page.hasUnsavedChanges());
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM regime WHERE name = 'Union'"), 1);
    }

    void aRegimeInUseIsRefusedWithItsCounts()
    {
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        m_fixture->exec("INSERT INTO player (discord_id) VALUES (333333333333333333)");
        m_fixture->exec("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                        "collection_card, credits, capacity_name, capacity_description, "
                        "regime_id) SELECT 'France', 1, 1, 1, 1, 'w', 'c', 'me', 'a', 'b', id "
                        "FROM regime WHERE name = 'Democracy'");
        for (int i = 0; i < 3; ++i) {
            m_fixture->exec("INSERT INTO ballinstance (ball_id, player_id) SELECT "
                            "(SELECT id FROM ball), (SELECT id FROM player)");
        }
        studio::RegimeEditor page(*m_fixture->context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        QVERIFY(driver.pick(QStringLiteral("Democracy")));
        QSignalSpy failed(&page, &EditorPage::failed);
        driver.click(QStringLiteral("deleteButton"));
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY2(driver.message().contains(QLatin1String("used by 1 ball(s) with 3 instance(s)")),
                 qPrintable(driver.message()));
        QVERIFY(!driver.prompt(QStringLiteral("deleteConfirmation")));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM regime WHERE name = 'Democracy'"), 1);
    }

    void deletingAnUnusedRegimeAsksFirst()
    {
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        studio::RegimeEditor page(*m_fixture->context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        QVERIFY(driver.pick(QStringLiteral("Union")));
        driver.click(QStringLiteral("deleteButton"));
        QTRY_VERIFY(driver.prompt(QStringLiteral("deleteConfirmation")));
        QVERIFY(driver.prompt(QStringLiteral("deleteConfirmation"))
                    ->text()
                    .contains(QLatin1String("Union")));
        driver.prompt(QStringLiteral("deleteConfirmation"))->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE(driver.message(), QStringLiteral("Nothing was deleted."));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM regime WHERE name = 'Union'"), 1);

        QSignalSpy removed(&page, &EditorPage::removed);
        driver.click(QStringLiteral("deleteButton"));
        QTRY_VERIFY(driver.prompt(QStringLiteral("deleteConfirmation")));
        driver.prompt(QStringLiteral("deleteConfirmation"))->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!removed.isEmpty());
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM regime WHERE name = 'Union'"), 0);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = 'regime.delete'"),
                 1);
        QTRY_COMPARE(driver.visibleLabels().size(), 2);
    }

    void searchIsPlainText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("substring")
            << QStringLiteral("TAT") << QStringList {QStringLiteral("Dictatorship")};
        QTest::newRow("percent") << QStringLiteral("%") << QStringList();
        QTest::newRow("underscore") << QStringLiteral("_") << QStringList();
        QTest::newRow("quote") << QStringLiteral("' OR 1=1 --") << QStringList();
        QTest::newRow("empty") << QString()
                               << QStringList {QStringLiteral("Democracy"),
                                               QStringLiteral("Dictatorship"),
                                               QStringLiteral("Union")};
    }

    void searchIsPlainText()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        studio::RegimeEditor page(*m_fixture->context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        QTest::keyClicks(driver.child<QLineEdit>(QStringLiteral("searchEdit")), query);
        QCOMPARE(driver.visibleLabels(), expected);
    }

    void economyWithIcon()
    {
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        studio::EconomyEditor page(*m_fixture->context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        driver.click(QStringLiteral("newButton"));
        driver.type(QStringLiteral("nameEdit"), QStringLiteral("Barter"));
        QVERIFY(importImage(driver, QStringLiteral("iconField"), QSize(512, 512)));
        QSignalSpy saved(&page, &EditorPage::saved);
        driver.click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!saved.isEmpty());
        QVERIFY(m_fixture->text("SELECT icon FROM economy WHERE name = 'Barter'")
                    .startsWith(QLatin1String("economy-barter-")));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = "
                                   "'economy.create'"),
                 1);
    }

    void containerHoldsTheFourPages()
    {
        if (!openFixture())
            QSKIP("no PostgreSQL test cluster");
        studio::CatalogueEditors editors(*m_fixture->context);
        QCOMPARE(editors.objectName(), QStringLiteral("catalogueEditors"));
        QCOMPARE(editors.count(), 4);
        QCOMPARE(editors.widget(0)->objectName(), QStringLiteral("specialEditor"));
        QCOMPARE(editors.widget(1)->objectName(), QStringLiteral("regimeEditor"));
        QCOMPARE(editors.widget(2)->objectName(), QStringLiteral("economyEditor"));
        QCOMPARE(editors.widget(3)->objectName(), QStringLiteral("packEditor"));
        editors.show();
        testing::EditorDriver driver(*editors.regimeEditor());
        QTRY_COMPARE(driver.visibleLabels().size(), 3);
        QVERIFY(!editors.hasUnsavedChanges());
        QVERIFY(driver.pick(QStringLiteral("Union")));
        driver.type(QStringLiteral("nameEdit"), QStringLiteral("Union of states"));
        QVERIFY(editors.hasUnsavedChanges());
        QSignalSpy changed(&editors, &studio::CatalogueEditors::catalogueChanged);
        driver.click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(!editors.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestRegimeEditor)
#include "tst_regime_editor.moc"

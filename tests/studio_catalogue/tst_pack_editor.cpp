// SPDX-License-Identifier: MIT
// The pack page on a real database: the pack rules as messages, FORCED needs a special, the
// duplicate name from the database, and the delete confirmation with the owners' copies.
#include "CatalogueFixture.h"
#include "EditorDriver.h"
#include "catalogue/PackEditor.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTest>

using namespace ballsdex;
using studio::EditorPage;
using studio::PackEditor;

class TestPackEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::CatalogueFixture> m_fixture;
    std::unique_ptr<PackEditor> m_page;
    std::unique_ptr<testing::EditorDriver> m_driver;

    bool open()
    {
        m_fixture = std::make_unique<testing::CatalogueFixture>();
        if (!m_fixture->open())
            return false;
        m_page = std::make_unique<PackEditor>(*m_fixture->context);
        m_driver = std::make_unique<testing::EditorDriver>(*m_page);
        m_page->show();
        if (!m_driver->load())
            qFatal("the list did not load");
        // The special picker is filled by its own read.
        auto *specials = m_driver->child<QComboBox>(QStringLiteral("specialCombo"));
        return QTest::qWaitFor([specials]() { return specials->count() == 2; }, 10000);
    }

    void fillValidForm(const QString &name)
    {
        m_driver->click(QStringLiteral("newButton"));
        m_driver->type(QStringLiteral("nameEdit"), name);
        m_driver->type(QStringLiteral("priceEdit"), QStringLiteral("250"));
        m_driver->child<QSpinBox>(QStringLiteral("cardsSpin"))->setValue(5);
        m_driver->type(QStringLiteral("minRarityEdit"), QStringLiteral("0.5"));
        m_driver->type(QStringLiteral("maxRarityEdit"), QStringLiteral("2"));
        m_driver->type(QStringLiteral("dailyLimitEdit"), QStringLiteral("3"));
    }

    void setMode(int index)
    {
        m_driver->child<QComboBox>(QStringLiteral("specialModeCombo"))->setCurrentIndex(index);
    }

    std::int64_t packs() { return m_fixture->scalar("SELECT count(*) FROM pack"); }

private Q_SLOTS:
    void cleanup()
    {
        m_driver.reset();
        m_page.reset();
        m_fixture.reset();
    }

    void forcedModeNeedsASpecial()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        fillValidForm(QStringLiteral("Shiny box"));
        setMode(2); // Forced
        m_driver->click(QStringLiteral("saveButton"));
        QVERIFY2(m_driver->message().contains(QLatin1String("forced special mode needs a special")),
                 qPrintable(m_driver->message()));
        QCOMPARE(packs(), 0);

        m_driver->child<QComboBox>(QStringLiteral("specialCombo"))->setCurrentIndex(1); // Shiny
        QSignalSpy saved(m_page.get(), &EditorPage::saved);
        m_driver->click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(m_fixture->text("SELECT name || '|' || price || '|' || cards_count || '|' || "
                                 "min_rarity || '|' || max_rarity || '|' || special_mode || '|' || "
                                 "daily_limit || '|' || (SELECT name FROM special s WHERE s.id = "
                                 "special_id) FROM pack"),
                 QStringLiteral("Shiny box|250|5|0.5|2|3|3|Shiny"));
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = 'pack.create' "
                                   "AND actor_source = 'studio'"),
                 1);
    }

    void rulesBlockTheSave_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative price") << QStringLiteral("priceEdit") << QStringLiteral("-5")
                                        << QStringLiteral("price must be a whole number");
        QTest::newRow("fractional price") << QStringLiteral("priceEdit") << QStringLiteral("2.5")
                                          << QStringLiteral("price must be a whole number");
        QTest::newRow("min above max") << QStringLiteral("minRarityEdit") << QStringLiteral("3")
                                       << QStringLiteral("minimum rarity must not be above");
        QTest::newRow("negative bound") << QStringLiteral("maxRarityEdit") << QStringLiteral("-1")
                                        << QStringLiteral("Rarity bounds");
        QTest::newRow("zero daily limit") << QStringLiteral("dailyLimitEdit") << QStringLiteral("0")
                                          << QStringLiteral("daily limit");
        QTest::newRow("empty name")
            << QStringLiteral("nameEdit") << QString() << QStringLiteral("name must not be empty");
        QTest::newRow("bad emoji")
            << QStringLiteral("emojiEdit") << QStringLiteral("box") << QStringLiteral("emoji");
    }

    void rulesBlockTheSave()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        fillValidForm(QStringLiteral("Starter"));
        m_driver->type(field, value);
        QSignalSpy failed(m_page.get(), &EditorPage::failed);
        m_driver->click(QStringLiteral("saveButton"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(m_driver->message().contains(expected), qPrintable(m_driver->message()));
        QCOMPARE(packs(), 0);
    }

    void duplicateNameComesFromTheDatabase()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        m_fixture->exec("INSERT INTO pack (name, cards_count) VALUES ('Starter', 3)");
        fillValidForm(QStringLiteral("Starter"));
        QSignalSpy failed(m_page.get(), &EditorPage::failed);
        m_driver->click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(m_driver->message(),
                 QStringLiteral("The name \u201cStarter\u201d is already taken; choose another "
                                "one."));
        QCOMPARE(packs(), 1);
    }

    void deleteConfirmationCountsUnopenedCopies()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        m_fixture->exec("INSERT INTO pack (name, cards_count) VALUES ('Starter', 3)");
        m_fixture->exec("INSERT INTO player (discord_id) VALUES (333333333333333333), "
                        "(444444444444444444)");
        m_fixture->exec("INSERT INTO player_pack (player_id, pack_id, quantity) SELECT p.id, "
                        "(SELECT id FROM pack), 2 FROM player p");
        QVERIFY(m_driver->load());
        QVERIFY(m_driver->pick(QStringLiteral("Starter")));
        QCOMPARE(m_driver->child<QLineEdit>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Starter"));
        m_driver->click(QStringLiteral("deleteButton"));
        QTRY_VERIFY(m_driver->prompt(QStringLiteral("deleteConfirmation")));
        QMessageBox *box = m_driver->prompt(QStringLiteral("deleteConfirmation"));
        QVERIFY2(box->informativeText().contains(QLatin1String("2 player(s) hold 4 unopened")),
                 qPrintable(box->informativeText()));
        QSignalSpy removed(m_page.get(), &EditorPage::removed);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!removed.isEmpty());
        QCOMPARE(packs(), 0);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = 'pack.delete'"),
                 1);
    }
};

QTEST_MAIN(TestPackEditor)
#include "tst_pack_editor.moc"

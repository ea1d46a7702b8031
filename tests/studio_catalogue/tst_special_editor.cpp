// SPDX-License-Identifier: MIT
// The special editor on a real database: create with a time window, validation messages, the
// role refusal, editing, the unsaved-changes guard, delete with confirmation, the background.
#include "CatalogueFixture.h"
#include "EditorDriver.h"
#include "catalogue/ImageField.h"
#include "catalogue/SpecialEditor.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QPlainTextEdit>
#include <QTest>

using namespace ballsdex;
using studio::SpecialEditor;
using studio::StudioRole;

namespace {

const QDateTime windowStart(QDate(2026, 12, 20), QTime(18, 0), Qt::UTC);
const QDateTime windowEnd(QDate(2027, 1, 3), QTime(23, 30), Qt::UTC);

} // namespace

class TestSpecialEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::CatalogueFixture> m_fixture;
    std::unique_ptr<SpecialEditor> m_page;
    std::unique_ptr<testing::EditorDriver> m_driver;

    bool open(StudioRole role = StudioRole::Artist)
    {
        m_fixture = std::make_unique<testing::CatalogueFixture>();
        if (!m_fixture->open(role))
            return false;
        m_page = std::make_unique<SpecialEditor>(*m_fixture->context);
        m_driver = std::make_unique<testing::EditorDriver>(*m_page);
        m_page->show();
        if (!m_driver->load())
            qFatal("the list did not load");
        return true;
    }

    void fillValidForm()
    {
        m_driver->click(QStringLiteral("newButton"));
        m_driver->type(QStringLiteral("nameEdit"), QStringLiteral("Winter"));
        m_driver->type(QStringLiteral("rarityEdit"), QStringLiteral("1/2048"));
        m_driver->child<QLineEdit>(QStringLiteral("emojiEdit"))->setText(QStringLiteral("❄️"));
        m_driver->child<QCheckBox>(QStringLiteral("startCheck"))->setChecked(true);
        m_driver->child<QDateTimeEdit>(QStringLiteral("startEdit"))->setDateTime(windowStart);
        m_driver->child<QCheckBox>(QStringLiteral("endCheck"))->setChecked(true);
        m_driver->child<QDateTimeEdit>(QStringLiteral("endEdit"))->setDateTime(windowEnd);
        QTest::keyClicks(m_driver->child<QPlainTextEdit>(QStringLiteral("catchPhraseEdit")),
                         QStringLiteral("Brr!"));
    }

    std::int64_t specials() { return m_fixture->scalar("SELECT count(*) FROM special"); }

private Q_SLOTS:
    void cleanup()
    {
        m_driver.reset();
        m_page.reset();
        m_fixture.reset();
    }

    void createsASpecialWithADateWindow()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        QSignalSpy saved(m_page.get(), &SpecialEditor::saved);
        fillValidForm();
        QVERIFY(m_page->hasUnsavedChanges());
        m_driver->click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(m_driver->message(), QStringLiteral("Saved."));
        QVERIFY(!m_page->hasUnsavedChanges());

        const std::string id = std::to_string(saved.first().first().toLongLong());
        QCOMPARE(m_fixture->text("SELECT name || '|' || rarity || '|' || emoji || '|' || "
                                 "catch_phrase FROM special WHERE id = "
                                 + id),
                 QStringLiteral("Winter|0.00048828125|❄️|Brr!"));
        QCOMPARE(m_fixture->scalar("SELECT extract(epoch FROM start_date)::bigint FROM special "
                                   "WHERE id = "
                                   + id),
                 windowStart.toSecsSinceEpoch());
        QCOMPARE(m_fixture->scalar("SELECT extract(epoch FROM end_date)::bigint FROM special "
                                   "WHERE id = "
                                   + id),
                 windowEnd.toSecsSinceEpoch());
        QCOMPARE(m_fixture->scalar("SELECT actor_discord_id FROM audit_log WHERE action = "
                                   "'special.create' AND actor_source = 'studio' AND target_id = '"
                                   + id + "'"),
                 m_fixture->context->identity.discordId);
        QTRY_VERIFY(m_driver->visibleLabels().contains(QStringLiteral("❄️ Winter")));
    }

    void invalidFormsAreNotSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rarity above 1") << QStringLiteral("rarityEdit") << QStringLiteral("1.5")
                                        << QStringLiteral("between 0 and 1");
        QTest::newRow("negative rarity") << QStringLiteral("rarityEdit") << QStringLiteral("-0.2")
                                         << QStringLiteral("between 0 and 1");
        QTest::newRow("rarity not a number")
            << QStringLiteral("rarityEdit") << QStringLiteral("often")
            << QStringLiteral("must be a number");
        QTest::newRow("empty name") << QStringLiteral("nameEdit") << QStringLiteral("   ")
                                    << QStringLiteral("name must not be empty");
        QTest::newRow("emoji with letters") << QStringLiteral("emojiEdit") << QStringLiteral("snow")
                                            << QStringLiteral("custom emoji id");
        QTest::newRow("end before start") << QStringLiteral("endEdit") << QString()
                                          << QStringLiteral("end date must not be before");
    }

    void invalidFormsAreNotSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        fillValidForm();
        if (field == QLatin1String("endEdit"))
            m_driver->child<QDateTimeEdit>(field)->setDateTime(windowStart.addSecs(-60));
        else
            m_driver->type(field, value);
        const std::int64_t before = specials();
        const int transactions = m_fixture->transactions->load();
        QSignalSpy failed(m_page.get(), &SpecialEditor::failed);
        m_driver->click(QStringLiteral("saveButton"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(m_driver->message().contains(expected), qPrintable(m_driver->message()));
        QVERIFY(m_driver->child<QLabel>(QStringLiteral("messageLabel"))->isVisible());
        QCOMPARE(m_fixture->transactions->load(), transactions); // refused before the database
        QCOMPARE(specials(), before);
        QVERIFY(m_page->hasUnsavedChanges());
    }

    void aStaffOnlyIdentityIsRefused()
    {
        if (!open(StudioRole::Staff))
            QSKIP("no PostgreSQL test cluster");
        fillValidForm();
        int transactions = m_fixture->transactions->load();
        m_driver->click(QStringLiteral("saveButton"));
        QVERIFY2(m_driver->message().contains(QLatin1String("Your role (Staff) does not allow")),
                 qPrintable(m_driver->message()));
        QCOMPARE(m_fixture->transactions->load(), transactions);
        QCOMPARE(specials(), 1); // the seeded Shiny only
        transactions = m_fixture->transactions->load();
        QVERIFY(m_driver->pick(QStringLiteral("Shiny")));
        m_driver->click(QStringLiteral("deleteButton"));
        QVERIFY(m_driver->message().contains(QLatin1String("nothing was changed")));
        QCOMPARE(m_fixture->transactions->load(), transactions);
        QVERIFY(!m_driver->prompt(QStringLiteral("deleteConfirmation")));
    }

    void editsAnExistingSpecial()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(m_driver->pick(QStringLiteral("Shiny")));
        QCOMPARE(m_driver->child<QLineEdit>(QStringLiteral("rarityEdit"))->text(),
                 QStringLiteral("0.00048828125"));
        QVERIFY(!m_page->hasUnsavedChanges());
        m_driver->type(QStringLiteral("rarityEdit"), QStringLiteral("0.01"));
        m_driver->child<QCheckBox>(QStringLiteral("hiddenCheck"))->setChecked(true);
        QSignalSpy saved(m_page.get(), &SpecialEditor::saved);
        m_driver->click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(m_fixture->text("SELECT rarity || '|' || hidden FROM special WHERE name = "
                                 "'Shiny'"),
                 QStringLiteral("0.01|true"));
        QCOMPARE(m_fixture->text("SELECT before->>'rarity' FROM audit_log WHERE action = "
                                 "'special.update'"),
                 QStringLiteral("0.00048828125"));
    }

    void unsavedChangesAreGuarded()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(m_driver->pick(QStringLiteral("Shiny")));
        m_driver->type(QStringLiteral("nameEdit"), QStringLiteral("Shinier"));
        QVERIFY(m_page->hasUnsavedChanges());
        m_driver->click(QStringLiteral("newButton"));
        QTRY_VERIFY(m_driver->prompt(QStringLiteral("unsavedChangesPrompt")));
        m_driver->prompt(QStringLiteral("unsavedChangesPrompt"))
            ->button(QMessageBox::Cancel)
            ->click();
        QTRY_VERIFY(!m_driver->prompt(QStringLiteral("unsavedChangesPrompt")));
        QCOMPARE(m_driver->child<QLineEdit>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Shinier"));
        QVERIFY(m_page->hasUnsavedChanges());

        m_driver->click(QStringLiteral("newButton"));
        QTRY_VERIFY(m_driver->prompt(QStringLiteral("unsavedChangesPrompt")));
        m_driver->prompt(QStringLiteral("unsavedChangesPrompt"))
            ->button(QMessageBox::Discard)
            ->click();
        QTRY_VERIFY(m_driver->child<QLineEdit>(QStringLiteral("nameEdit"))->text().isEmpty());
        QVERIFY(!m_page->hasUnsavedChanges());
        QCOMPARE(m_fixture->text("SELECT name FROM special"), QStringLiteral("Shiny"));
    }

    void deleteAsksWithTheInstanceCount()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        m_fixture->exec("INSERT INTO player (discord_id) VALUES (333333333333333333)");
        m_fixture->exec("INSERT INTO ball (country, health, attack, rarity, emoji_id, wild_card, "
                        "collection_card, credits, capacity_name, capacity_description, "
                        "regime_id) SELECT 'France', 1, 1, 1, 1, 'w', 'c', 'me', 'a', 'b', "
                        "min(id) FROM regime");
        for (int i = 0; i < 2; ++i) {
            m_fixture->exec("INSERT INTO ballinstance (ball_id, player_id, special_id) SELECT "
                            "(SELECT id FROM ball), (SELECT id FROM player), id FROM special");
        }
        QVERIFY(m_driver->pick(QStringLiteral("Shiny")));
        m_driver->click(QStringLiteral("deleteButton"));
        QTRY_VERIFY(m_driver->prompt(QStringLiteral("deleteConfirmation")));
        QMessageBox *box = m_driver->prompt(QStringLiteral("deleteConfirmation"));
        QVERIFY2(box->informativeText().contains(QLatin1String("2 instance(s)")),
                 qPrintable(box->informativeText()));
        QSignalSpy removed(m_page.get(), &SpecialEditor::removed);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!removed.isEmpty());
        QCOMPARE(specials(), 0);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM ballinstance WHERE special_id IS NULL"),
                 2);
        QCOMPARE(m_fixture->scalar("SELECT count(*) FROM audit_log WHERE action = "
                                   "'special.delete'"),
                 1);
        QVERIFY(m_driver->visibleLabels().isEmpty());
    }

    void backgroundGoesThroughTheImageCheck()
    {
        if (!open())
            QSKIP("no PostgreSQL test cluster");
        auto *field = m_driver->child<studio::ImageField>(QStringLiteral("backgroundField"));
        QSignalSpy failed(field, &studio::ImageField::failed);
        QSignalSpy imported(field, &studio::ImageField::imported);
        field->importFrom(m_fixture->image(QStringLiteral("small.png"), QSize(300, 400)));
        QTRY_VERIFY(!failed.isEmpty());
        QTRY_VERIFY(!m_driver->message().isEmpty());
        QVERIFY(field->path().isEmpty());

        fillValidForm();
        field->importFrom(m_fixture->image(QStringLiteral("frame.png"), QSize(1428, 2000)));
        QTRY_VERIFY(!imported.isEmpty());
        const QString stored = imported.first().first().toString();
        QVERIFY(QFile::exists(m_fixture->media.filePath(stored)));
        QSignalSpy saved(m_page.get(), &SpecialEditor::saved);
        m_driver->click(QStringLiteral("saveButton"));
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(m_fixture->text("SELECT background FROM special WHERE name = 'Winter'"), stored);
    }

    void parsesRarities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("valid");
        QTest::newRow("decimal") << QStringLiteral(" 0.25 ") << 0.25 << true;
        QTest::newRow("fraction") << QStringLiteral("1/2048") << 0.00048828125 << true;
        QTest::newRow("zero denominator") << QStringLiteral("1/0") << 0.0 << false;
        QTest::newRow("text") << QStringLiteral("rare") << 0.0 << false;
        QTest::newRow("infinite") << QStringLiteral("inf") << 0.0 << false;
    }

    void parsesRarities()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        QFETCH(bool, valid);
        const std::optional<double> parsed = SpecialEditor::parseRarity(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }
};

QTEST_MAIN(TestSpecialEditor)
#include "tst_special_editor.moc"

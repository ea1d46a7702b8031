// SPDX-License-Identifier: MIT
#include "DesignerFixture.h"
#include "designer/BallEditor.h"
#include "designer/BallImageField.h"
#include "render/ImageSource.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdlib>

using namespace ballsdex;
using ballsdex::studio::BallEditor;
using ballsdex::testing::DesignerFixture;

namespace {

template<typename T = QWidget> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString message(const BallEditor &editor)
{
    return child<QLabel>(editor, "messageLabel")->text();
}

// The shared renderer's glyph antialiasing may differ slightly between threads (≈0.2 % of the
// pixels of the title, measured); a real change of the card moves far more.
bool sameCard(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    qint64 differing = 0;
    qint64 strongly = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (p[x] == q[x])
                continue;
            ++differing;
            const int delta = std::max(
                {std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                 std::abs(qBlue(p[x]) - qBlue(q[x])), std::abs(qAlpha(p[x]) - qAlpha(q[x]))});
            if (delta > 48)
                ++strongly;
        }
    }
    return differing * 200 < qint64(a.width()) * a.height() && strongly <= 20;
}

bool previewSettled(const BallEditor &editor)
{
    return !editor.previewRenderer().isBusy() && !editor.previewImage().isNull();
}

} // namespace

class TestBallEditor final : public QObject
{
    Q_OBJECT

private:
    // The card the preview must show for the form's current content, drawn independently.
    QImage expectedCard(const DesignerFixture &fixture, const BallEditor &editor)
    {
        const auto check = studio::checkBall(editor.currentInput(), fixture.catalogue);
        render::CardData card;
        card.ball = check.ball;
        for (const auto &regime : fixture.catalogue.regimes) {
            if (regime.id == card.ball.regimeId)
                card.regime = regime;
        }
        for (const auto &economy : fixture.catalogue.economies) {
            if (card.ball.economyId == economy.id)
                card.economy = economy;
        }
        const render::CardRenderer renderer(
            std::make_shared<render::MediaDirectory>(fixture.media.path()));
        return renderer.render(card);
    }

private Q_SLOTS:
    void typingUpdatesThePreviewAndUndoRestoresIt()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        const auto ball = fixture.seed(QStringLiteral("Aldoria"));
        QVERIFY(ball);
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(*ball);
        QTRY_VERIFY(previewSettled(editor));
        const QImage before = editor.previewImage();
        QCOMPARE(before.size(), QSize(1428, 2000));
        QVERIFY(sameCard(before, expectedCard(fixture, editor)));
        QVERIFY(!editor.hasUnsavedChanges());

        QSignalSpy unsaved(&editor, &BallEditor::unsavedChangesChanged);
        auto *name = child<QLineEdit>(editor, "countryEdit");
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("xyz"));
        QCOMPARE(name->text(), QStringLiteral("Aldoriaxyz"));
        QTRY_VERIFY(previewSettled(editor) && !sameCard(editor.previewImage(), before));
        QTRY_VERIFY(sameCard(editor.previewImage(), expectedCard(fixture, editor)));
        QVERIFY(editor.hasUnsavedChanges());
        QCOMPARE(unsaved.size(), 1);
        QCOMPARE(unsaved.first().first().toBool(), true);
        // Typing in one field is one undo step; another field starts a new one.
        QCOMPARE(editor.undoStack()->count(), 1);
        replaceText(child<QLineEdit>(editor, "healthEdit"), QStringLiteral("77"));
        QCOMPARE(editor.undoStack()->count(), 2);

        editor.undoStack()->undo();
        QCOMPARE(child<QLineEdit>(editor, "healthEdit")->text(), QStringLiteral("1200"));
        editor.undoStack()->undo();
        QCOMPARE(name->text(), QStringLiteral("Aldoria"));
        QVERIFY(!editor.hasUnsavedChanges());
        QCOMPARE(unsaved.last().first().toBool(), false);
        QTRY_VERIFY(previewSettled(editor) && sameCard(editor.previewImage(), before));
        editor.undoStack()->redo();
        QCOMPARE(name->text(), QStringLiteral("Aldoriaxyz"));
    }

    void previewShowsTheChosenSpecialAndBonuses()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        const auto ball = fixture.seed(QStringLiteral("Aldoria"));
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(*ball);
        QTRY_VERIFY(previewSettled(editor));
        const QImage plain = editor.previewImage();
        auto *special = child<QComboBox>(editor, "previewSpecialCombo");
        QCOMPARE(special->count(), 1 + fixture.catalogue.specials.size());
        special->setCurrentIndex(1);
        child<QSpinBox>(editor, "previewHealthBonusSpin")->setValue(50);
        render::CardData card;
        card.ball = studio::checkBall(editor.currentInput(), fixture.catalogue).ball;
        card.regime = fixture.catalogue.regimes.first();
        card.economy = fixture.catalogue.economies.first();
        card.special = fixture.catalogue.specials.first();
        card.healthBonus = 50;
        const render::CardRenderer renderer(
            std::make_shared<render::MediaDirectory>(fixture.media.path()));
        const QImage expected = renderer.render(card);
        QVERIFY(!sameCard(expected, plain));
        QTRY_VERIFY(sameCard(editor.previewImage(), expected));
        QVERIFY(!editor.hasUnsavedChanges()); // the sample instance is not part of the ball
    }

    void invalidValuesAreExplainedAndBlockSaving_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << "countryEdit"
                                    << ""
                                    << "The name cannot be empty.";
        QTest::newRow("blank name") << "countryEdit"
                                    << "   "
                                    << "The name cannot be empty.";
        QTest::newRow("negative rarity") << "rarityEdit"
                                         << "-1"
                                         << "Rarity must be a number of 0 or more";
        QTest::newRow("nan rarity") << "rarityEdit"
                                    << "nan"
                                    << "Rarity must be a number of 0 or more";
        QTest::newRow("text rarity") << "rarityEdit"
                                     << "often"
                                     << "Rarity must be a number of 0 or more";
        QTest::newRow("huge health") << "healthEdit"
                                     << "3000000000"
                                     << "Health must be a whole number from";
        QTest::newRow("fraction attack") << "attackEdit"
                                         << "1.5"
                                         << "Attack must be a whole number from";
        QTest::newRow("negative emoji") << "emojiIdEdit"
                                        << "-5"
                                        << "The emoji ID must be a whole number";
        QTest::newRow("negative quicksell") << "quicksellEdit"
                                            << "-1"
                                            << "The quicksell value must be";
    }

    void invalidValuesAreExplainedAndBlockSaving()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(fixture.sampleBall(QStringLiteral("Validland")));
        auto *save = child<QPushButton>(editor, "saveButton");
        QVERIFY(save->isEnabled());
        replaceText(child<QLineEdit>(editor, field.toLatin1().constData()), value);
        auto *problems = child<QLabel>(editor, "problemsLabel");
        QVERIFY2(problems->text().contains(expected), qPrintable(problems->text()));
        QVERIFY(!child<QWidget>(editor, field.toLatin1().constData())->toolTip().isEmpty());
        QVERIFY(!save->isEnabled());
        editor.save();
        QVERIFY(message(editor).startsWith(QStringLiteral("Not saved")));
        QVERIFY(!editor.isSaving());
        QCOMPARE(fixture.count("SELECT count(*) FROM ball"), 0);
    }

    void unknownRegimeIsReported()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        auto ball = fixture.sampleBall(QStringLiteral("Lostland"));
        ball.regimeId = 9999;
        editor.editBall(ball);
        QVERIFY(child<QLabel>(editor, "problemsLabel")
                    ->text()
                    .contains(QStringLiteral("regime #9999")));
        QVERIFY(!child<QPushButton>(editor, "saveButton")->isEnabled());
    }

    void savingWritesTheBallAndItsAuditRow()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(fixture.sampleBall(QString()));
        replaceText(child<QLineEdit>(editor, "countryEdit"),
                    QStringLiteral("Robert'); DROP TABLE ball;--"));
        QVERIFY(editor.hasUnsavedChanges());
        QSignalSpy saved(&editor, &BallEditor::saved);
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!saved.isEmpty());
        QVERIFY(message(editor).startsWith(QStringLiteral("Saved")));
        QVERIFY(!editor.hasUnsavedChanges());
        QVERIFY(editor.ballId() > 0);
        QCOMPARE(fixture.count(
                     "SELECT count(*) FROM ball WHERE country = 'Robert''); DROP TABLE ball;--'"),
                 1);
        const std::string audit
            = "SELECT count(*) FROM audit_log WHERE action = 'ball.create' AND "
              "actor_source = 'studio' AND actor_discord_id = 123456789012345678 "
              "AND target_id = '"
            + std::to_string(editor.ballId()) + "'";
        QCOMPARE(fixture.count(audit), 1);

        // A second save of an edit updates the same row.
        replaceText(child<QLineEdit>(editor, "attackEdit"), QStringLiteral("901"));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(fixture.count("SELECT attack FROM ball"), 901);
        QCOMPARE(fixture.count("SELECT count(*) FROM audit_log WHERE action = 'ball.update'"), 1);
    }

    void duplicateNameIsExplained()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(fixture.seed(QStringLiteral("Aldoria")));
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(fixture.sampleBall(QStringLiteral("Aldori")));
        QTest::keyClicks(child<QLineEdit>(editor, "countryEdit"), QStringLiteral("a"));
        editor.save();
        QTRY_COMPARE(message(editor), QStringLiteral("A ball named Aldoria already exists."));
        QVERIFY(editor.hasUnsavedChanges());
        QCOMPARE(fixture.count("SELECT count(*) FROM ball"), 1);
        QCOMPARE(fixture.count("SELECT count(*) FROM audit_log"), 0);
    }

    void outageKeepsTheEditAndSavingAfterRestartWorks()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(fixture.sampleBall(QStringLiteral("Outland")));
        QVERIFY(ballsdex::testing::TestDatabase::stopServer());
        replaceText(child<QLineEdit>(editor, "healthEdit"), QStringLiteral("4242"));
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isSaving(), 20000);
        const bool restarted = ballsdex::testing::TestDatabase::startServer();
        QVERIFY2(message(editor).contains(QStringLiteral("cannot be reached")),
                 qPrintable(message(editor)));
        QVERIFY(restarted);
        QVERIFY(editor.hasUnsavedChanges());
        QCOMPARE(child<QLineEdit>(editor, "healthEdit")->text(), QStringLiteral("4242"));
        QVERIFY(child<QPushButton>(editor, "saveButton")->isEnabled());

        QSignalSpy saved(&editor, &BallEditor::saved);
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 20000);
        QVERIFY(!editor.hasUnsavedChanges());
        QCOMPARE(fixture.count("SELECT health FROM ball WHERE country = 'Outland'"), 4242);
    }

    void rolesDecideWhoMaySave_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("artist") << int(studio::StudioRole::Artist) << true;
        QTest::newRow("admin") << int(studio::StudioRole::Admin) << true;
        QTest::newRow("staff") << int(studio::StudioRole::Staff) << false;
        QTest::newRow("none") << int(studio::StudioRole::None) << false;
    }

    void rolesDecideWhoMaySave()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        DesignerFixture fixture;
        if (!fixture.setUp(studio::StudioRole(role)))
            QSKIP("no PostgreSQL test cluster");
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(fixture.sampleBall(QStringLiteral("Roleland")));
        QCOMPARE(child<QPushButton>(editor, "saveButton")->isEnabled(), allowed);
        QSignalSpy saved(&editor, &BallEditor::saved);
        editor.save();
        if (allowed) {
            QTRY_VERIFY(!saved.isEmpty());
            QCOMPARE(fixture.count("SELECT count(*) FROM ball"), 1);
        } else {
            QVERIFY2(message(editor).contains(QStringLiteral("may not edit the catalogue")),
                     qPrintable(message(editor)));
            QVERIFY(!editor.isSaving());
            QCOMPARE(fixture.count("SELECT count(*) FROM ball"), 0);
            QCOMPARE(fixture.count("SELECT count(*) FROM audit_log"), 0);
        }
    }

    void droppedImagesAreCheckedAndImported()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        BallEditor editor(*fixture.context);
        editor.setCatalogue(fixture.catalogue);
        editor.editBall(fixture.sampleBall(QStringLiteral("Dropland")));
        auto *field = child<studio::BallImageField>(editor, "collectionCardField");
        QTemporaryDir outside;
        const QString broken = outside.filePath(QStringLiteral("broken image.png"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\x89PNG\r\n\x1a\n this is not really a png");
        }
        const auto drop = [field](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(field, &enter);
            QDropEvent dropped(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton,
                               Qt::NoModifier);
            QApplication::sendEvent(field, &dropped);
        };
        drop(broken);
        QTRY_VERIFY(field->problem().contains(broken));
        QVERIFY(message(editor).contains(QStringLiteral("broken image.png")));
        QCOMPARE(field->mediaPath(), QStringLiteral("aldoria.png"));
        QVERIFY(!editor.hasUnsavedChanges());

        QTRY_VERIFY(previewSettled(editor));
        const QImage before = editor.previewImage();
        const QString good = outside.filePath(QStringLiteral("new art.png"));
        QVERIFY(QImage(QStringLiteral(":/ballsdex/art/borvenia.png")).save(good));
        drop(good);
        QTRY_VERIFY(field->mediaPath().startsWith(QStringLiteral("dropland-")));
        QVERIFY(QFile::exists(fixture.media.filePath(field->mediaPath())));
        QVERIFY(field->problem().isEmpty());
        QVERIFY(editor.hasUnsavedChanges());
        QCOMPARE(editor.currentInput().collectionCard, field->mediaPath());
        QTRY_VERIFY(previewSettled(editor) && !sameCard(editor.previewImage(), before));
    }
};

QTEST_MAIN(TestBallEditor)
#include "tst_balleditor.moc"

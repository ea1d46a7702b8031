// SPDX-License-Identifier: MIT
#include "designer/BallEditCommand.h"
#include "designer/BallList.h"
#include "designer/BallValidation.h"
#include "designer/PreviewRenderer.h"
#include "render/ImageSource.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace ballsdex;
using namespace ballsdex::studio;

namespace {

storage::CatalogueSnapshot catalogue()
{
    storage::CatalogueSnapshot snapshot;
    snapshot.regimes.append({1, QStringLiteral("Democracy"), QStringLiteral("democracy.png")});
    snapshot.economies.append({2, QStringLiteral("Capitalist"), QStringLiteral("capitalist.png")});
    return snapshot;
}

BallInput validInput()
{
    BallInput input;
    input.country = QStringLiteral("Aldoria");
    input.rarity = QStringLiteral("0.5");
    input.health = QStringLiteral("1200");
    input.attack = QStringLiteral("-3");
    input.emojiId = QStringLiteral("123456789012345678");
    input.quicksellValue = QString();
    input.regimeId = 1;
    input.economyId = 2;
    input.wildCard = QStringLiteral("a_wild.png");
    input.collectionCard = QStringLiteral("a.png");
    input.catchNames = QStringLiteral(" Ald ;; ALDO ");
    return input;
}

QString artDir()
{
    return qEnvironmentVariable("BALLSDEX_SOURCE_DIR") + QStringLiteral("/resources/art");
}

} // namespace

class TestDesignerUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validInputBecomesTheBall()
    {
        const BallCheck check = checkBall(validInput(), catalogue());
        QVERIFY(check.isValid());
        QCOMPARE(check.ball.rarity, 0.5);
        QCOMPARE(check.ball.attack, -3);
        QCOMPARE(check.ball.emojiId, 123456789012345678LL);
        QCOMPARE(check.ball.quicksellValue, 0);
        QCOMPARE(check.ball.catchNames, QStringLiteral("ald;aldo"));
        QCOMPARE(check.ball.economyId, std::optional<domain::RowId>(2));
    }

    void problemsNameTheirField_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << 0 << "countryEdit";
        QTest::newRow("long name") << 1 << "countryEdit";
        QTest::newRow("infinite rarity") << 2 << "rarityEdit";
        QTest::newRow("int overflow") << 3 << "healthEdit";
        QTest::newRow("no regime") << 4 << "regimeCombo";
        QTest::newRow("unknown regime") << 5 << "regimeCombo";
        QTest::newRow("unknown economy") << 6 << "economyCombo";
        QTest::newRow("no artwork") << 7 << "collectionCardField";
        QTest::newRow("long description") << 8 << "abilityDescriptionEdit";
    }

    void problemsNameTheirField()
    {
        QFETCH(int, mutation);
        QFETCH(QString, field);
        BallInput input = validInput();
        switch (mutation) {
        case 0:
            input.country = QStringLiteral("  ");
            break;
        case 1:
            input.country = QString(49, QLatin1Char('x'));
            break;
        case 2:
            input.rarity = QStringLiteral("inf");
            break;
        case 3:
            input.health = QStringLiteral("2147483648");
            break;
        case 4:
            input.regimeId = 0;
            break;
        case 5:
            input.regimeId = 77;
            break;
        case 6:
            input.economyId = 78;
            break;
        case 7:
            input.collectionCard.clear();
            break;
        case 8:
            input.capacityDescription = QString(257, QLatin1Char('y'));
            break;
        }
        const BallCheck check = checkBall(input, catalogue());
        QCOMPARE(check.problems.size(), 1);
        QCOMPARE(check.problems.first().field, field);
        QVERIFY(!check.problems.first().message.isEmpty());
    }

    void decimalsAcceptTheCLocale()
    {
        QCOMPARE(parseDecimal(QStringLiteral(" 1.25 ")), std::optional<double>(1.25));
        QVERIFY(!parseDecimal(QStringLiteral("abc")));
        QVERIFY(std::isnan(parseDecimal(QStringLiteral("nan")).value_or(0)));
    }

    void duplicateNameMessage()
    {
        storage::StorageError error;
        error.kind = storage::StorageError::Kind::UniqueViolation;
        domain::Ball ball;
        ball.country = QStringLiteral("Aldoria");
        QCOMPARE(saveFailureMessage(error, ball),
                 QStringLiteral("A ball named Aldoria already exists."));
        error.kind = storage::StorageError::Kind::ConnectionLost;
        QVERIFY(saveFailureMessage(error, ball).contains(QStringLiteral("changes are kept")));
    }

    void typingInOneFieldMergesIntoOneStep()
    {
        BallInput shown;
        QUndoStack stack;
        const auto apply = [&shown](const BallInput &input) {
            shown = input;
        };
        BallInput previous;
        for (const char *text : {"A", "Al", "Ald"}) {
            BallInput next = previous;
            next.country = QString::fromLatin1(text);
            stack.push(
                new BallEditCommand(previous, next, QStringLiteral("countryEdit"), true, apply));
            previous = next;
        }
        BallInput toggled = previous;
        toggled.enabled = false;
        stack.push(
            new BallEditCommand(previous, toggled, QStringLiteral("enabledCheck"), false, apply));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(shown.country, QStringLiteral("Ald"));
        QVERIFY(shown.enabled);
        stack.undo();
        QCOMPARE(shown.country, QString());
        stack.redo();
        QCOMPARE(shown.country, QStringLiteral("Ald"));
    }

    void previewRequestsCoalesce()
    {
        auto renderer = std::make_shared<render::CardRenderer>(
            std::make_shared<render::MediaDirectory>(artDir()));
        PreviewRenderer preview(renderer);
        QSignalSpy rendered(&preview, &PreviewRenderer::rendered);
        render::CardData card;
        card.regime = {1, QStringLiteral("Democracy"), QStringLiteral("democracy.png")};
        card.ball.collectionCard = QStringLiteral("aldoria.png");
        for (int i = 0; i < 10; ++i) {
            card.ball.country = QStringLiteral("Name %1").arg(i);
            preview.request(card, QSize(357, 500));
        }
        QVERIFY(preview.isBusy());
        QTRY_VERIFY(!preview.isBusy() && rendered.size() == 2);
        QCOMPARE(preview.renderCount(), 2); // the first, then only the latest of the other nine
        const auto last = rendered.last().first().value<PreviewImage>();
        QCOMPARE(last.card, renderer->render(card));
        QCOMPARE(last.scaled.size(), QSize(357, 500));
    }

    void ballListSearchIsPlainText()
    {
        BallList list;
        QList<domain::Ball> balls;
        for (const char *name : {"Aldoria", "Borvenia", "O'Hara 100%", "Calistan"}) {
            domain::Ball ball;
            ball.id = balls.size() + 1;
            ball.country = QString::fromLatin1(name);
            balls.append(ball);
        }
        balls[1].catchNames = QStringLiteral("borv");
        list.setBalls(balls);
        auto *search = list.findChild<QLineEdit *>(QStringLiteral("ballSearch"));
        QCOMPARE(list.visibleIds().size(), 4);
        QTest::keyClicks(search, QStringLiteral("ALD"));
        QCOMPARE(list.visibleIds(), QList<domain::RowId> {1});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("'; DROP TABLE ball;--"));
        QVERIFY(list.visibleIds().isEmpty());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("%"));
        QCOMPARE(list.visibleIds(), QList<domain::RowId> {3});
        search->clear();
        QTest::keyClicks(search, QStringLiteral(".*"));
        QVERIFY(list.visibleIds().isEmpty());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("borv"));
        QCOMPARE(list.visibleIds(), QList<domain::RowId> {2});
        QSignalSpy open(&list, &BallList::openBallRequested);
        list.selectBall(2);
        QTest::mouseClick(list.findChild<QWidget *>(QStringLiteral("openBallButton")),
                          Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().value<domain::RowId>(), 2);
    }
};

QTEST_MAIN(TestDesignerUnits)
#include "tst_designerunits.moc"

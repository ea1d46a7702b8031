// SPDX-License-Identifier: MIT
#include "DesignerFixture.h"
#include "designer/BallEditor.h"
#include "designer/BallList.h"
#include "designer/CardDesigner.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using ballsdex::studio::CardDesigner;
using ballsdex::testing::DesignerFixture;

class TestCardDesigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOpensAndGuardsUnsavedChanges()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        const auto aldoria = fixture.seed(QStringLiteral("Aldoria"));
        const auto borvenia = fixture.seed(QStringLiteral("Borvenia"));
        QVERIFY(aldoria && borvenia);

        CardDesigner designer(*fixture.context);
        QSignalSpy loaded(&designer, &CardDesigner::catalogueLoaded);
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(designer.list()->visibleIds().size(), 2);
        auto *search = designer.findChild<QLineEdit *>(QStringLiteral("ballSearch"));
        QTest::keyClicks(search, QStringLiteral("borv"));
        QCOMPARE(designer.list()->visibleIds(), QList<domain::RowId> {borvenia->id});
        search->clear();

        QSignalSpy unsaved(&designer, &CardDesigner::unsavedChangesChanged);
        Q_EMIT designer.list()->openBallRequested(aldoria->id);
        QCOMPARE(designer.editor()->ballId(), aldoria->id);
        auto *name = designer.findChild<QLineEdit *>(QStringLiteral("countryEdit"));
        QCOMPARE(name->text(), QStringLiteral("Aldoria"));
        QTest::keyClicks(name, QStringLiteral("!"));
        QVERIFY(designer.hasUnsavedChanges());
        QCOMPARE(unsaved.size(), 1);

        int asked = 0;
        designer.setDiscardConfirmation([&asked] {
            ++asked;
            return false;
        });
        Q_EMIT designer.list()->openBallRequested(borvenia->id);
        QCOMPARE(asked, 1);
        QCOMPARE(designer.editor()->ballId(), aldoria->id);
        QCOMPARE(name->text(), QStringLiteral("Aldoria!"));

        designer.setDiscardConfirmation([&asked] {
            ++asked;
            return true;
        });
        Q_EMIT designer.list()->openBallRequested(borvenia->id);
        QCOMPARE(asked, 2);
        QCOMPARE(designer.editor()->ballId(), borvenia->id);
        QCOMPARE(name->text(), QStringLiteral("Borvenia"));
        QVERIFY(!designer.hasUnsavedChanges());
        QCOMPARE(unsaved.last().first().toBool(), false);
    }

    void newBallSavedAppearsInTheList()
    {
        DesignerFixture fixture;
        if (!fixture.setUp())
            QSKIP("no PostgreSQL test cluster");
        CardDesigner designer(*fixture.context);
        QSignalSpy loaded(&designer, &CardDesigner::catalogueLoaded);
        QTRY_VERIFY(!loaded.isEmpty());
        QVERIFY(designer.list()->visibleIds().isEmpty());
        designer.editor()->editBall(fixture.sampleBall(QStringLiteral("Calistan")));
        QTest::mouseClick(designer.findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(designer.list()->visibleIds(), QList<domain::RowId> {designer.editor()->ballId()});
        QVERIFY(!designer.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestCardDesigner)
#include "tst_carddesigner.moc"

// SPDX-License-Identifier: MIT
// The database goes away while a special is being edited: the save fails with a clear message,
// the form keeps the edit, and saving again once the server is back works. Stops the shared
// test cluster, so it runs alone (RUN_SERIAL).
#include "CatalogueFixture.h"
#include "EditorDriver.h"
#include "catalogue/SpecialEditor.h"

#include <QScopeGuard>
#include <QTest>

using namespace ballsdex;
using studio::EditorPage;

class TestEditorOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAfterReconnectWorks()
    {
        testing::CatalogueFixture fixture;
        if (!fixture.open())
            QSKIP("no PostgreSQL test cluster");
        studio::SpecialEditor page(*fixture.context);
        testing::EditorDriver driver(page);
        page.show();
        QVERIFY(driver.load());
        driver.click(QStringLiteral("newButton"));
        driver.type(QStringLiteral("nameEdit"), QStringLiteral("Storm"));
        driver.type(QStringLiteral("rarityEdit"), QStringLiteral("0.02"));

        const auto restart = qScopeGuard([]() { testing::TestDatabase::startServer(); });
        QVERIFY(testing::TestDatabase::stopServer());
        QSignalSpy failed(&page, &EditorPage::failed);
        driver.click(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY2(driver.message().contains(QLatin1String("cannot be reached")),
                 qPrintable(driver.message()));
        QVERIFY(driver.message().contains(QLatin1String("changes are kept")));
        QCOMPARE(driver.child<QLineEdit>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Storm"));
        QCOMPARE(driver.child<QLineEdit>(QStringLiteral("rarityEdit"))->text(),
                 QStringLiteral("0.02"));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(driver.child<QWidget>(QStringLiteral("saveButton"))->isEnabled());

        QVERIFY(testing::TestDatabase::startServer());
        QSignalSpy saved(&page, &EditorPage::saved);
        driver.click(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || failed.size() > 1, 20000);
        QVERIFY2(!saved.isEmpty(), qPrintable(driver.message()));
        QCOMPARE(fixture.scalar("SELECT count(*) FROM special WHERE name = 'Storm'"), 1);
        QCOMPARE(fixture.scalar("SELECT count(*) FROM audit_log WHERE action = 'special.create'"),
                 1);
        QVERIFY(!page.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestEditorOutage)
#include "tst_editor_outage.moc"

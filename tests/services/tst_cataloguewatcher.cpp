// SPDX-License-Identifier: MIT
// The bot hears catalogue changes made elsewhere (Studio, SQL) through migration 0010's triggers.
#include "BlacklistTestSupport.h"
#include "ServicesTestSupport.h"
#include "services/CatalogueWatcher.h"

#include <QSignalSpy>
#include <QTest>

using ballsdex::bot::services::CatalogueWatcher;
using ballsdex::testing::execElsewhere;
using ballsdex::testing::TestDatabase;

class TestCatalogueWatcher final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;

private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::testing::migratedDatabase(*m_test) != nullptr);
    }

    void editsMadeElsewhereAreAnnouncedOnceAfterABurst()
    {
        CatalogueWatcher watcher(m_test->conninfo(), std::chrono::milliseconds(1000));
        QSignalSpy listening(&watcher.listener(),
                             &ballsdex::storage::NotificationListener::listening);
        QSignalSpy changed(&watcher, &CatalogueWatcher::changed);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);
        changed.clear(); // the first connection counts as a resynchronisation

        // A burst of edits, as when an artist saves a ball and then a special.
        execElsewhere(m_test->conninfo(),
                      QStringLiteral("UPDATE regime SET name = name || ' edited'"));
        execElsewhere(m_test->conninfo(), QStringLiteral("UPDATE special SET rarity = 0.5"));
        execElsewhere(
            m_test->conninfo(),
            QStringLiteral("INSERT INTO economy (name, icon) VALUES ('Barter', 'b.png')"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);

        // The next change is announced on its own; had the burst been announced more than once,
        // those extra announcements would have come first and the count would now pass 2.
        execElsewhere(m_test->conninfo(),
                      QStringLiteral("DELETE FROM economy WHERE name = 'Barter'"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 10000);
        QCOMPARE(changed.count(), 2);
    }

    void otherTablesStayQuiet()
    {
        CatalogueWatcher watcher(m_test->conninfo(), std::chrono::milliseconds(50));
        QSignalSpy listening(&watcher.listener(),
                             &ballsdex::storage::NotificationListener::listening);
        QSignalSpy notified(&watcher.listener(),
                            &ballsdex::storage::NotificationListener::notified);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);
        execElsewhere(
            m_test->conninfo(),
            QStringLiteral("INSERT INTO player (discord_id) VALUES (123456789012345678)"));
        execElsewhere(m_test->conninfo(), QStringLiteral("UPDATE ball SET rarity = rarity"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
        QCOMPARE(notified.first().first().toString(), QStringLiteral("ball"));
    }
};

QTEST_MAIN(TestCatalogueWatcher)
#include "tst_cataloguewatcher.moc"

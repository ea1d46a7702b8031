// SPDX-License-Identifier: MIT
// Blacklist changes made elsewhere (Studio, another process) reach the log channel with the
// moderator and the reason, through LISTEN/NOTIFY and the blacklist history.
#include "ServicesTestSupport.h"
#include "services/BlacklistCache.h"
#include "services/ModerationLog.h"
#include "storage/BlacklistRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace ballsdex;
using bot::services::BlacklistCache;
using bot::services::ModerationLog;
using testing::await;

class TestModerationLog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_database;
    QStringList m_sent;
    bool m_accept = true;

    ModerationLog::Poster recorder()
    {
        return [this](QString line) -> QCoro::Task<bool> {
            m_sent.append(line);
            co_return m_accept;
        };
    }

private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<testing::TestDatabase>();
        if (!m_test->isAvailable())
            QSKIP("no PostgreSQL test cluster");
        m_database = testing::migratedDatabase(*m_test);
        QVERIFY(m_database);
        m_sent.clear();
        m_accept = true;
    }

    void cleanup()
    {
        m_database.reset();
        m_test.reset();
    }

    void blacklistChangesElsewhereArePostedWithModeratorAndReason()
    {
        BlacklistCache cache(*m_database);
        ModerationLog log(*m_database, recorder());
        connect(&cache, &BlacklistCache::entryChanged, &log,
                [&log](domain::BlacklistTarget target, qint64 id, bool blacklisted) {
                    log.blacklistChanged(target, id, blacklisted);
                });
        storage::NotificationListener::Options options;
        options.conninfo = m_test->conninfo();
        cache.startListening(options);
        QSignalSpy listening(cache.listener(), &storage::NotificationListener::listening);
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);

        // Studio's write path: ban + history + audit row in one transaction, on its own pool.
        storage::Database studio(testing::fastOptions(m_test->url()));
        storage::BlacklistRepository bans(studio);
        QVERIFY(bans.add(domain::BlacklistTarget::User, 3333, QStringLiteral("alt accounts"),
                         storage::AuditActor {4242, QStringLiteral("studio")})
                    .result());
        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 1, 10000);
        QCOMPARE(m_sent.first(),
                 QStringLiteral("User <@3333> (`3333`) was blacklisted by <@4242>. "
                                "Reason: alt accounts."));

        QVERIFY(bans.add(domain::BlacklistTarget::Guild, 777, std::nullopt,
                         storage::AuditActor {0, QStringLiteral("studio")})
                    .result());
        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 2, 10000);
        QCOMPARE(m_sent.at(1), QStringLiteral("Guild `777` was blacklisted from BallsDex Studio."));

        QVERIFY(bans.remove(domain::BlacklistTarget::User, 3333, QStringLiteral("appeal accepted"),
                            storage::AuditActor {4242, QStringLiteral("studio")})
                    .result());
        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 3, 10000);
        QCOMPARE(m_sent.at(2),
                 QStringLiteral("User <@3333> (`3333`) was unblacklisted by <@4242>. "
                                "Reason: appeal accepted."));
    }

    void aRefusedLineDoesNotBlockTheNext()
    {
        ModerationLog log(*m_database, recorder(), 2);
        QSignalSpy posted(&log, &ModerationLog::posted);
        m_accept = false;
        QTest::ignoreMessage(QtWarningMsg, "Moderation log: the log channel refused a line");
        log.post(QStringLiteral("first"));
        m_accept = true;
        log.post(QStringLiteral("second"));
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(posted.first().first().toString(), QStringLiteral("second"));
        QCOMPARE(m_sent, QStringList({QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(log.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModerationLog)
#include "tst_moderationlog.moc"

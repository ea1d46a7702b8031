// SPDX-License-Identifier: MIT
#include "storage/ConnectionPool.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QMutex>
#include <QScopeGuard>
#include <QTest>

#include <memory>
#include <vector>

using namespace ballsdex;
using namespace ballsdex::storage;
using Kind = StorageError::Kind;

namespace {

template<typename T> QCoro::Task<T> awaited(QFuture<T> future)
{
    co_return co_await future;
}

/// Awaits through a coroutine, spinning the event loop meanwhile, as the bot does.
template<typename T> T await(QFuture<T> future)
{
    return QCoro::waitFor(awaited(std::move(future)));
}

/// Collects the ballsdex.storage log lines (they come from worker threads).
class StorageLogCapture final
{
public:
    StorageLogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&StorageLogCapture::handle);
    }
    ~StorageLogCapture() { qInstallMessageHandler(m_previous); }
    StorageLogCapture(const StorageLogCapture &) = delete;
    StorageLogCapture &operator=(const StorageLogCapture &) = delete;

    [[nodiscard]] QStringList lines() const
    {
        QMutexLocker locker(&s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (QLatin1String(context.category) != QLatin1String("ballsdex.storage"))
            return;
        QMutexLocker locker(&s_mutex);
        s_lines.append(message);
    }

    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

DatabaseOptions fastOptions(const QString &conninfo, int poolSize = 2)
{
    DatabaseOptions options;
    options.conninfo = conninfo;
    options.poolSize = poolSize;
    options.connectAttempts = 2;
    options.connectBaseDelay = std::chrono::milliseconds(1);
    options.retryBaseDelay = std::chrono::milliseconds(1);
    return options;
}

} // namespace

class TestPoolRecovery final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_testDatabase;

private Q_SLOTS:
    void initTestCase()
    {
        m_testDatabase = std::make_unique<testing::TestDatabase>();
        if (!m_testDatabase->isAvailable())
            QSKIP("no test PostgreSQL cluster (run through ctest)");
    }

    void cleanupTestCase() { m_testDatabase.reset(); }

    void connectionsAreReusedAndBounded()
    {
        Database database(fastOptions(m_testDatabase->conninfo(), 3));
        for (int i = 0; i < 5; ++i)
            QVERIFY(await(database.ping()).has_value());
        QCOMPARE(database.pool().connectionsOpened(), 1);

        std::vector<QFuture<Result<void, StorageError>>> pings;
        for (int i = 0; i < 12; ++i)
            pings.push_back(database.ping());
        for (auto &ping : pings)
            QVERIFY(await(ping).has_value());
        QVERIFY(database.pool().connectionsOpened() <= 3);
        QVERIFY(database.pool().openCount() <= 3);
    }

    void checkoutTimesOutWhenThePoolIsExhausted()
    {
        DatabaseOptions options = fastOptions(m_testDatabase->conninfo(), 1);
        options.checkoutTimeout = std::chrono::milliseconds(20);
        ConnectionPool pool(options);
        auto held = pool.checkout();
        QVERIFY(held.has_value());
        auto second = pool.checkout();
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().kind, Kind::Timeout);
    }

    void connectionLostMidTransaction()
    {
        Database database(fastOptions(m_testDatabase->conninfo()));
        QVERIFY(await(database.ping()).has_value());
        const int openedBefore = database.pool().connectionsOpened();

        auto killed = await(database.transact([](Transaction &tx) {
            tx.exec("SELECT pg_terminate_backend(pg_backend_pid())");
            tx.exec("SELECT 1");
        }));
        QVERIFY(!killed.has_value());
        QCOMPARE(killed.error().kind, Kind::ConnectionLost);

        QVERIFY(await(database.ping()).has_value());
        QCOMPARE(database.pool().connectionsOpened(), openedBefore + 1);
    }

    void recoversAfterServerRestart()
    {
        Database database(fastOptions(m_testDatabase->conninfo()));
        // Two connections in the pool, both of which the restart will break.
        auto a = database.ping();
        auto b = database.ping();
        QVERIFY(await(a).has_value());
        QVERIFY(await(b).has_value());
        const int openedBefore = database.pool().connectionsOpened();

        auto restart = qScopeGuard([] { testing::TestDatabase::startServer(); });
        QVERIFY(testing::TestDatabase::stopServer());
        auto duringOutage = await(database.ping());
        QVERIFY(!duringOutage.has_value());
        QVERIFY2(duringOutage.error().isConnectionProblem(),
                 qPrintable(duringOutage.error().toString()));

        QVERIFY(testing::TestDatabase::startServer());
        restart.dismiss();
        auto afterRestart = await(database.ping());
        QVERIFY2(afterRestart.has_value(),
                 qPrintable(afterRestart ? QString() : afterRestart.error().toString()));
        QVERIFY(database.pool().connectionsOpened() > openedBefore);
        // Later calls keep working.
        auto value = await(database.transact(
            [](Transaction &tx) { return tx.exec1("SELECT 41 + 1")[0].as<int>(); }));
        QVERIFY(value.has_value());
        QCOMPARE(*value, 42);
    }

    void restartBetweenCallsIsInvisible()
    {
        Database database(fastOptions(m_testDatabase->conninfo()));
        auto a = database.ping();
        auto b = database.ping();
        QVERIFY(await(a).has_value());
        QVERIFY(await(b).has_value());
        const int openedBefore = database.pool().connectionsOpened();

        // Both pooled connections die with the server; nothing runs during the outage.
        auto restart = qScopeGuard([] { testing::TestDatabase::startServer(); });
        QVERIFY(testing::TestDatabase::stopServer());
        QVERIFY(testing::TestDatabase::startServer());
        restart.dismiss();

        auto first = await(database.ping());
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(database.pool().connectionsOpened(), openedBefore + 1);
    }

    void unreachableDatabaseFailsAfterRetries()
    {
        const QString secret = QStringLiteral("Sup3rSecretPassw0rd");
        DatabaseOptions options;
        options.conninfo = QStringLiteral("host=/nonexistent-ballsdex-socket port=5432 user=bot "
                                          "password=%1 dbname=ballsdex_missing connect_timeout=2")
                               .arg(secret);
        options.connectAttempts = 3;
        options.connectBaseDelay = std::chrono::milliseconds(100);
        QList<qint64> delays;
        QMutex delaysMutex;
        options.sleep = [&](std::chrono::milliseconds delay) {
            QMutexLocker locker(&delaysMutex);
            delays.append(delay.count());
        };

        StorageLogCapture capture;
        Database database(options);
        auto result = await(database.ping());
        QVERIFY(!result.has_value());
        const StorageError &error = result.error();
        QCOMPARE(error.kind, Kind::Unavailable);
        QVERIFY2(error.message.contains(QStringLiteral("ballsdex_missing")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("/nonexistent-ballsdex-socket")));
        QVERIFY(error.message.contains(QStringLiteral("3 attempts")));
        QVERIFY(!error.message.contains(secret));

        QCOMPARE(delays, (QList<qint64> {100, 200}));
        QStringList attemptLines;
        for (const QString &line : capture.lines()) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            if (line.contains(QStringLiteral("attempt")))
                attemptLines.append(line);
        }
        QCOMPARE(attemptLines.size(), 3);
        QVERIFY(attemptLines.at(0).contains(QStringLiteral("attempt 1 of 3")));
        QVERIFY(attemptLines.at(2).contains(QStringLiteral("giving up")));
    }

    void passwordInUrlIsMasked()
    {
        DatabaseOptions options;
        options.conninfo
            = QStringLiteral("postgresql://bot:hunter2hunter2@/db?host=/nowhere-socket");
        ConnectionPool pool(options);
        QVERIFY(!pool.targetDescription().contains(QStringLiteral("hunter2")));
        QVERIFY(pool.targetDescription().contains(QStringLiteral("\"db\"")));
        QCOMPARE(pool.scrub(QStringLiteral("x hunter2hunter2 y")), QStringLiteral("x *** y"));
    }
};

QTEST_GUILESS_MAIN(TestPoolRecovery)
#include "tst_pool_recovery.moc"

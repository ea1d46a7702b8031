// SPDX-License-Identifier: MIT
#include "SchemaPrinters.h"
#include "schema/Migrator.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace ballsdex::schema;
using ballsdex::testing::TestDatabase;

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

long long scalar(const TestDatabase &db, const std::string &sql)
{
    pqxx::connection connection(toStd(db.conninfo()));
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

void execute(const TestDatabase &db, const std::string &sql)
{
    pqxx::connection connection(toStd(db.conninfo()));
    pqxx::nontransaction tx(connection);
    tx.exec(sql);
}

bool tableExists(const TestDatabase &db, const char *table)
{
    return scalar(db,
                  std::string("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                              "tablename = '")
                      + table + "'")
        == 1;
}

QList<int> range(int from, int to)
{
    QList<int> versions;
    for (int v = from; v <= to; ++v)
        versions.append(v);
    return versions;
}

class BlacklistListener final : public pqxx::notification_receiver
{
public:
    explicit BlacklistListener(pqxx::connection_base &connection)
        : pqxx::notification_receiver(connection, "ballsdex_blacklist")
    {
    }
    void operator()(const std::string &payload, int) override
    {
        payloads.append(QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object());
    }
    QList<QJsonObject> payloads;
};

} // namespace

#define REQUIRE_DATABASE(db)                                                                       \
    if (!(db).isAvailable())                                                                       \
    QSKIP("no test PostgreSQL cluster (run through ctest)")

class TestMigrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyDatabase()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        Migrator migrator(db.conninfo());

        const auto before = migrator.status();
        QVERIFY2(before, before ? "" : qPrintable(before.error().message));
        QCOMPARE(before->state, SchemaStatus::State::Empty);
        QCOMPARE(before->pending, range(1, Migrator::latestVersion()));

        const auto report = migrator.migrate();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->fromVersion, 0);
        QCOMPARE(report->toVersion, Migrator::latestVersion());
        QCOMPARE(report->applied, range(1, Migrator::latestVersion()));

        for (const char *table : {"guildconfig",
                                  "player",
                                  "economy",
                                  "regime",
                                  "special",
                                  "ball",
                                  "ballinstance",
                                  "blacklistedid",
                                  "blacklistedguild",
                                  "blacklisthistory",
                                  "trade",
                                  "tradeobject",
                                  "friendship",
                                  "block",
                                  "coin_transaction",
                                  "pack",
                                  "player_pack",
                                  "pack_open_history",
                                  "pack_open_item",
                                  "bet",
                                  "bet_stake",
                                  "bet_history",
                                  "audit_log",
                                  "schema_migrations"})
            QVERIFY2(tableExists(db, table), table);

        QCOMPARE(scalar(db, "SELECT count(*) FROM schema_migrations"), Migrator::latestVersion());
        pqxx::connection connection(toStd(db.conninfo()));
        pqxx::nontransaction tx(connection);
        for (const Migration &migration : Migrator::embeddedMigrations()) {
            const auto row = tx.exec_params1(
                "SELECT name, checksum, applied_by, applied_at <= now() FROM schema_migrations "
                "WHERE version = $1",
                migration.version);
            QCOMPARE(QString::fromStdString(row[0].as<std::string>()), migration.name);
            QCOMPARE(QByteArray::fromStdString(row[1].as<std::string>()), migration.checksum);
            QVERIFY(QString::fromStdString(row[2].as<std::string>())
                        .startsWith(QLatin1String("ballsdex")));
            QVERIFY(row[3].as<bool>());
        }

        const auto after = migrator.status();
        QVERIFY(after);
        QCOMPARE(after->state, SchemaStatus::State::UpToDate);
        QCOMPARE(after->databaseVersion, Migrator::latestVersion());
    }

    void acceptsAUrlToo()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        const auto report = Migrator(db.url()).migrate();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->toVersion, Migrator::latestVersion());
    }

    void rerunIsANoOp()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        Migrator migrator(db.conninfo());
        QVERIFY(migrator.migrate());
        const long long seeded = scalar(db, "SELECT count(*) FROM regime");

        const auto again = migrator.migrate();
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY(again->applied.isEmpty());
        QCOMPARE(again->fromVersion, Migrator::latestVersion());
        QCOMPARE(again->toVersion, Migrator::latestVersion());
        QCOMPARE(scalar(db, "SELECT count(*) FROM schema_migrations"), Migrator::latestVersion());
        QCOMPARE(scalar(db, "SELECT count(*) FROM regime"), seeded);
    }

    void appliesOnlyWhatIsPending()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        const QList<Migration> all = Migrator::embeddedMigrations();
        QVERIFY(Migrator(db.conninfo(), all.mid(0, 2)).migrate());

        Migrator migrator(db.conninfo());
        const auto status = migrator.status();
        QVERIFY(status);
        QCOMPARE(status->state, SchemaStatus::State::Behind);
        QCOMPARE(status->databaseVersion, 2);
        QCOMPARE(status->pending, range(3, Migrator::latestVersion()));

        const auto report = migrator.migrate();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->fromVersion, 2);
        QCOMPARE(report->applied, range(3, Migrator::latestVersion()));
    }

    void detectsATamperedFile()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        QList<Migration> migrations = Migrator::embeddedMigrations();
        QVERIFY(Migrator(db.conninfo(), migrations.mid(0, 3)).migrate());

        migrations[1] = *Migration::fromFile(migrations[1].name,
                                             migrations[1].sql + "\n-- an innocent edit\n");
        Migrator migrator(db.conninfo(), migrations);
        const auto report = migrator.migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::Tampered);
        QCOMPARE(report.error().version, 2);
        QVERIFY2(report.error().message.contains(migrations[1].name),
                 qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(QLatin1String("restore the original file")));
        // Checked before anything is applied: version 4 and later stay pending.
        QCOMPARE(scalar(db, "SELECT max(version) FROM schema_migrations"), 3);

        const auto status = migrator.status();
        QVERIFY(status);
        QCOMPARE(status->state, SchemaStatus::State::Tampered);
        QCOMPARE(status->problemVersion, 2);
    }

    void twoMigratorsAtOnce()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        // Hold the lock until both migrators queue behind it, so that they really contend.
        pqxx::connection gate(toStd(db.conninfo()));
        pqxx::nontransaction gateTx(gate);
        gateTx.exec_params("SELECT pg_advisory_lock($1)", Migrator::lockKey);

        ballsdex::Result<MigrationReport, MigrationError> first = MigrationReport {};
        ballsdex::Result<MigrationReport, MigrationError> second = MigrationReport {};
        {
            std::jthread a([&] { first = Migrator(db.conninfo()).migrate(); });
            std::jthread b([&] { second = Migrator(db.conninfo()).migrate(); });
            // Declared after the threads, so it unlocks before they are joined even if a check
            // fails.
            struct Release
            {
                pqxx::nontransaction &tx;
                ~Release()
                {
                    try {
                        tx.exec_params("SELECT pg_advisory_unlock($1)", Migrator::lockKey);
                    } catch (const std::exception &) {
                    }
                }
            } release {gateTx};
            QTRY_COMPARE_WITH_TIMEOUT(
                gateTx
                    .exec1("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT "
                           "granted AND database = (SELECT oid FROM pg_database WHERE datname = "
                           "current_database())")[0]
                    .as<int>(),
                2, 10000);
        }
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(first->applied.size() + second->applied.size(), Migrator::latestVersion());
        QVERIFY(first->applied.isEmpty() || second->applied.isEmpty());
        QCOMPARE(first->toVersion, Migrator::latestVersion());
        QCOMPARE(second->toVersion, Migrator::latestVersion());
        QCOMPARE(scalar(db, "SELECT count(*) FROM schema_migrations"), Migrator::latestVersion());
        QCOMPARE(scalar(db, "SELECT count(*) FROM special WHERE name = 'Shiny'"), 1);
    }

    void waitsForTheLockThenGivesUp()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        pqxx::connection holder(toStd(db.conninfo()));
        pqxx::nontransaction tx(holder);
        tx.exec_params("SELECT pg_advisory_lock($1)", Migrator::lockKey);
        const int holderPid = holder.backendpid();

        Migrator migrator(db.conninfo());
        migrator.setLockTimeout(std::chrono::milliseconds(200));
        const auto report = migrator.migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::LockTimeout);
        QVERIFY2(report.error().message.contains(QString::number(holderPid)),
                 qPrintable(report.error().message));
        QVERIFY(!tableExists(db, "schema_migrations"));

        tx.exec_params("SELECT pg_advisory_unlock($1)", Migrator::lockKey);
        QVERIFY(migrator.migrate());
    }

    void refusesANewerDatabase()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        Migrator migrator(db.conninfo());
        QVERIFY(migrator.migrate());
        const int newer = Migrator::latestVersion() + 1;
        execute(db,
                "INSERT INTO schema_migrations (version, name, checksum) VALUES ("
                    + std::to_string(newer) + ", 'future.sql', 'x')");

        const auto report = migrator.migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::DatabaseNewer);
        QCOMPARE(report.error().version, newer);
        const QString expected
            = QStringLiteral("database schema is at version %1 but this binary "
                             "knows up to %2; upgrade ballsdex or point it at the "
                             "right database")
                  .arg(newer)
                  .arg(Migrator::latestVersion());
        QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));

        const auto status = migrator.status();
        QVERIFY(status);
        QCOMPARE(status->state, SchemaStatus::State::Ahead);
    }

    void refusesAForeignSchema_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("python original (aerich)")
            << QStringLiteral("CREATE TABLE aerich (id serial PRIMARY KEY, version varchar(255));"
                              "CREATE TABLE ball (id serial PRIMARY KEY, country varchar(48));")
            << QStringLiteral("2.24 or older");
        QTest::newRow("python original (django)")
            << QStringLiteral("CREATE TABLE django_migrations (id bigserial PRIMARY KEY, app text);"
                              "CREATE TABLE ball (id bigserial PRIMARY KEY, country varchar(48));"
                              "CREATE TABLE ballinstance (id bigserial PRIMARY KEY);")
            << QStringLiteral("Django");
        QTest::newRow("a lone ball table")
            << QStringLiteral("CREATE TABLE ball (id serial PRIMARY KEY);")
            << QStringLiteral("BallsDex-like");
        QTest::newRow("unrelated application")
            << QStringLiteral("CREATE TABLE invoices (id serial PRIMARY KEY);"
                              "CREATE VIEW unpaid AS SELECT * FROM invoices;")
            << QStringLiteral("invoices, unpaid");
        QTest::newRow("another tool's schema_migrations")
            << QStringLiteral("CREATE TABLE schema_migrations (version bigint PRIMARY KEY, "
                              "dirty boolean NOT NULL);"
                              "INSERT INTO schema_migrations VALUES (20240101, false);")
            << QStringLiteral("another migration tool");
    }
    void refusesAForeignSchema()
    {
        QFETCH(QString, setup);
        QFETCH(QString, mentions);
        TestDatabase db;
        REQUIRE_DATABASE(db);
        execute(db, toStd(setup));
        const long long tablesBefore = scalar(
            db, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");

        Migrator migrator(db.conninfo());
        const auto report = migrator.migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::ForeignSchema);
        QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(
            QLatin1String("Importing an existing BallsDex database")));
        QVERIFY(report.error().message.contains(QLatin1String("production database")));
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"),
            tablesBefore);

        const auto status = migrator.status();
        QVERIFY(status);
        QCOMPARE(status->state, SchemaStatus::State::Foreign);
    }

    void otherSchemasAreNoConcernOfOurs()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        execute(db, "CREATE SCHEMA other; CREATE TABLE other.ball (id serial PRIMARY KEY);");
        const auto report = Migrator(db.conninfo()).migrate();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    }

    void reportsAnUnreachableServerWithoutThePassword_data()
    {
        QTest::addColumn<QString>("connection");
        const QString missing = QStringLiteral("/nonexistent/ballsdex-socket-dir");
        QTest::newRow("keyword/value")
            << QStringLiteral("host=%1 port=5432 user=postgres password=Hunter2Secret dbname=x")
                   .arg(missing);
        QTest::newRow("quoted keyword/value")
            << QStringLiteral("host=%1 user=postgres password='Hunter2Secret' dbname=x")
                   .arg(missing);
        QTest::newRow("url")
            << QStringLiteral("postgresql://postgres:Hunter2Secret@/x?host=%1").arg(missing);
    }
    void reportsAnUnreachableServerWithoutThePassword()
    {
        QFETCH(QString, connection);
        Migrator migrator(connection);
        const auto report = migrator.migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::ConnectionFailed);
        QVERIFY(!report.error().message.contains(QLatin1String("Hunter2Secret")));
        QVERIFY(report.error().message.contains(QLatin1String("PostgreSQL is running")));

        const auto status = migrator.status();
        QVERIFY(!status);
        QCOMPARE(status.error().kind, MigrationErrorKind::ConnectionFailed);
        QVERIFY(!status.error().message.contains(QLatin1String("Hunter2Secret")));
    }

    void aFailingMigrationIsRolledBack()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        QList<Migration> migrations = Migrator::embeddedMigrations();
        const int broken = Migrator::latestVersion() + 1;
        const QString name = QStringLiteral("%1_broken.sql").arg(broken, 4, 10, QLatin1Char('0'));
        migrations.append(
            *Migration::fromFile(name, "CREATE TABLE half_done (id int);\nSELECT 1 / 0;\n"));

        const auto report = Migrator(db.conninfo(), migrations).migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::SqlFailed);
        QCOMPARE(report.error().version, broken);
        QVERIFY2(report.error().message.contains(name), qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(QLatin1String("22012")));
        QVERIFY(report.error().message.contains(QLatin1String("division by zero")));
        QVERIFY(report.error().message.contains(
            QStringLiteral("stays at version %1").arg(Migrator::latestVersion())));
        QVERIFY(!tableExists(db, "half_done"));
        QCOMPARE(scalar(db, "SELECT max(version) FROM schema_migrations"),
                 Migrator::latestVersion());
    }

    void refusesABrokenMigrationList()
    {
        QList<Migration> migrations = Migrator::embeddedMigrations();
        migrations.removeAt(1);
        const auto report = Migrator(QStringLiteral("host=/nonexistent"), migrations).migrate();
        QVERIFY(!report);
        QCOMPARE(report.error().kind, MigrationErrorKind::InvalidMigrationSet);
    }

    void blacklistChangesAreAnnounced()
    {
        TestDatabase db;
        REQUIRE_DATABASE(db);
        QVERIFY(Migrator(db.conninfo()).migrate());

        pqxx::connection listening(toStd(db.conninfo()));
        BlacklistListener listener(listening);
        listening.get_notifs(); // issues LISTEN

        execute(db,
                "INSERT INTO blacklistedid (discord_id, reason) VALUES (123456789012345678, 'x');"
                "INSERT INTO blacklistedguild (discord_id) VALUES (876543210987654321);"
                "DELETE FROM blacklistedid WHERE discord_id = 123456789012345678;");
        while (listener.payloads.size() < 3) {
            if (listening.await_notification(10, 0) == 0)
                break;
        }
        QCOMPARE(listener.payloads.size(), 3);
        const QJsonObject inserted = listener.payloads.at(0);
        QCOMPARE(inserted.value(QLatin1String("table")).toString(),
                 QStringLiteral("blacklistedid"));
        QCOMPARE(inserted.value(QLatin1String("op")).toString(), QStringLiteral("INSERT"));
        QCOMPARE(inserted.value(QLatin1String("discord_id")).toString(),
                 QStringLiteral("123456789012345678"));
        QCOMPARE(listener.payloads.at(1).value(QLatin1String("table")).toString(),
                 QStringLiteral("blacklistedguild"));
        QCOMPARE(listener.payloads.at(2).value(QLatin1String("op")).toString(),
                 QStringLiteral("DELETE"));
        QCOMPARE(listener.payloads.at(2).value(QLatin1String("discord_id")).toString(),
                 QStringLiteral("123456789012345678"));

        execute(db, "TRUNCATE blacklistedguild");
        if (listener.payloads.size() < 4)
            listening.await_notification(10, 0);
        QCOMPARE(listener.payloads.size(), 4);
        QCOMPARE(listener.payloads.at(3).value(QLatin1String("op")).toString(),
                 QStringLiteral("TRUNCATE"));
        QVERIFY(listener.payloads.at(3).value(QLatin1String("discord_id")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

// SPDX-License-Identifier: MIT
#include "SchemaPrinters.h"
#include "schema/Migration.h"
#include "schema/SchemaStatus.h"

#include <QCryptographicHash>
#include <QTest>

using namespace ballsdex::schema;

namespace {

QList<Migration> threeMigrations()
{
    return {*Migration::fromFile(QStringLiteral("0001_one.sql"), "CREATE TABLE one ();"),
            *Migration::fromFile(QStringLiteral("0002_two.sql"), "CREATE TABLE two ();"),
            *Migration::fromFile(QStringLiteral("0003_three.sql"), "CREATE TABLE three ();")};
}

DatabaseSnapshot appliedUpTo(int version, const QList<Migration> &migrations)
{
    DatabaseSnapshot snapshot;
    snapshot.hasMigrationsTable = true;
    for (int v = 1; v <= version; ++v) {
        const Migration &m = migrations.at(v - 1);
        snapshot.applied.append({v, m.name, m.checksum, QDateTime::currentDateTimeUtc()});
        snapshot.otherTables.append(m.name.mid(5).chopped(4));
    }
    snapshot.otherTables.sort();
    return snapshot;
}

} // namespace

class TestSchemaStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedMigrationsAreFoundAndNumberedWithoutGaps()
    {
        const QList<Migration> migrations = embeddedMigrations();
        QVERIFY(migrations.size() >= 5);
        QCOMPARE(validateMigrationSet(migrations), std::nullopt);
        QCOMPARE(migrations.first().name, QStringLiteral("0001_initial.sql"));
        QCOMPARE(migrations.at(3).name, QStringLiteral("0004_seed.sql"));
        QCOMPARE(latestVersion(), migrations.last().version);
        QVERIFY(migrations.first().sql.contains("CREATE TABLE ballinstance"));
    }

    void checksumIsSha256Hex()
    {
        QCOMPARE(migrationChecksum("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const auto migration = Migration::fromFile(QStringLiteral("0007_x.sql"), "abc");
        QVERIFY(migration);
        QCOMPARE(migration->checksum, migrationChecksum("abc"));
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("version"); // 0 = refused
        QTest::newRow("plain") << QStringLiteral("0001_initial.sql") << 1;
        QTest::newRow("underscores") << QStringLiteral("0012_add_pack_limits.sql") << 12;
        QTest::newRow("three digits") << QStringLiteral("001_initial.sql") << 0;
        QTest::newRow("no name") << QStringLiteral("0001.sql") << 0;
        QTest::newRow("upper case") << QStringLiteral("0001_Initial.sql") << 0;
        QTest::newRow("wrong extension") << QStringLiteral("0001_initial.sql~") << 0;
        QTest::newRow("flyway style") << QStringLiteral("V0001__init.sql") << 0;
    }
    void fileNames()
    {
        QFETCH(QString, fileName);
        QFETCH(int, version);
        const auto migration = Migration::fromFile(fileName, "SELECT 1;");
        QCOMPARE(migration ? migration->version : 0, version);
    }

    void invalidSetsAreRefused_data()
    {
        QTest::addColumn<QList<int>>("versions");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QList<int> {1, 2, 3} << true;
        QTest::newRow("gap") << QList<int> {1, 3} << false;
        QTest::newRow("duplicate") << QList<int> {1, 2, 2} << false;
        QTest::newRow("not from one") << QList<int> {2, 3} << false;
        QTest::newRow("empty") << QList<int> {} << false;
    }
    void invalidSetsAreRefused()
    {
        QFETCH(QList<int>, versions);
        QFETCH(bool, valid);
        QList<Migration> migrations;
        for (int v : versions)
            migrations.append(*Migration::fromFile(
                QStringLiteral("%1_m.sql").arg(v, 4, 10, QLatin1Char('0')), "SELECT 1;"));
        QCOMPARE(!validateMigrationSet(migrations).has_value(), valid);
    }

    void emptyFileIsRefused()
    {
        QList<Migration> migrations {*Migration::fromFile(QStringLiteral("0001_m.sql"), " \n")};
        QVERIFY(
            validateMigrationSet(migrations).value_or(QString()).contains(QLatin1String("empty")));
    }

    void emptyDatabase()
    {
        const SchemaStatus status = assessSchema({}, threeMigrations());
        QCOMPARE(status.state, SchemaStatus::State::Empty);
        QCOMPARE(status.databaseVersion, 0);
        QCOMPARE(status.binaryVersion, 3);
        QCOMPARE(status.pending, (QList<int> {1, 2, 3}));
        QVERIFY(status.isMigratable());
        QVERIFY(status.explanation.contains(QLatin1String("ballsdex-bot migrate")));
    }

    void emptyMigrationsTableCountsAsEmpty()
    {
        DatabaseSnapshot snapshot;
        snapshot.hasMigrationsTable = true;
        QCOMPARE(assessSchema(snapshot, threeMigrations()).state, SchemaStatus::State::Empty);
    }

    void upToDateAndBehind()
    {
        const auto migrations = threeMigrations();
        const SchemaStatus current = assessSchema(appliedUpTo(3, migrations), migrations);
        QCOMPARE(current.state, SchemaStatus::State::UpToDate);
        QVERIFY(current.isUpToDate());
        QVERIFY(current.pending.isEmpty());

        const SchemaStatus behind = assessSchema(appliedUpTo(1, migrations), migrations);
        QCOMPARE(behind.state, SchemaStatus::State::Behind);
        QCOMPARE(behind.databaseVersion, 1);
        QCOMPARE(behind.pending, (QList<int> {2, 3}));
        QVERIFY(behind.explanation.contains(QLatin1String("version 1")));
        QVERIFY(behind.explanation.contains(QLatin1String("ballsdex-bot migrate")));
    }

    void databaseAhead()
    {
        const auto migrations = threeMigrations();
        const SchemaStatus status = assessSchema(appliedUpTo(3, migrations), migrations.mid(0, 2));
        QCOMPARE(status.state, SchemaStatus::State::Ahead);
        QVERIFY(!status.isMigratable());
        QVERIFY(status.explanation.contains(QLatin1String(
            "at version 3 but this binary knows up to 2; upgrade ballsdex or point it "
            "at the right database")));
        const MigrationError error = refusalFor(status);
        QCOMPARE(error.kind, MigrationErrorKind::DatabaseNewer);
        QCOMPARE(error.version, 3);
    }

    void tamperedChecksum()
    {
        const auto migrations = threeMigrations();
        auto edited = migrations;
        edited[1] = *Migration::fromFile(edited[1].name, "CREATE TABLE two (x int);");
        const SchemaStatus status = assessSchema(appliedUpTo(3, migrations), edited);
        QCOMPARE(status.state, SchemaStatus::State::Tampered);
        QCOMPARE(status.problemVersion, 2);
        QVERIFY(status.explanation.contains(QLatin1String("0002_two.sql")));
        QVERIFY(status.explanation.contains(QLatin1String("restore the original file")));
        QVERIFY(status.pending.isEmpty());
        QCOMPARE(refusalFor(status).kind, MigrationErrorKind::Tampered);
    }

    void gapInRecordIsTampering()
    {
        const auto migrations = threeMigrations();
        DatabaseSnapshot snapshot = appliedUpTo(3, migrations);
        snapshot.applied.removeAt(1);
        const SchemaStatus status = assessSchema(snapshot, migrations);
        QCOMPARE(status.state, SchemaStatus::State::Tampered);
        QCOMPARE(status.problemVersion, 2);
    }

    void foreignSchemas_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<bool>("hasMigrationsTable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("aerich era")
            << QStringList {QStringLiteral("aerich"), QStringLiteral("ball")} << false
            << QStringLiteral("2.24 or older");
        QTest::newRow("django era")
            << QStringList {QStringLiteral("ball"), QStringLiteral("django_migrations")} << false
            << QStringLiteral("Django");
        QTest::newRow("bare ball table")
            << QStringList {QStringLiteral("ball")} << false << QStringLiteral("BallsDex-like");
        QTest::newRow("unrelated app")
            << QStringList {QStringLiteral("customers"), QStringLiteral("orders")} << false
            << QStringLiteral("customers, orders");
        QTest::newRow("another tool's schema_migrations")
            << QStringList {} << true << QStringLiteral("another migration tool");
    }
    void foreignSchemas()
    {
        QFETCH(QStringList, tables);
        QFETCH(bool, hasMigrationsTable);
        QFETCH(QString, mentions);
        DatabaseSnapshot snapshot;
        snapshot.otherTables = tables;
        snapshot.hasMigrationsTable = hasMigrationsTable;
        snapshot.migrationsTableRecognised = !hasMigrationsTable;
        const SchemaStatus status = assessSchema(snapshot, threeMigrations());
        QCOMPARE(status.state, SchemaStatus::State::Foreign);
        QVERIFY2(status.explanation.contains(mentions), qPrintable(status.explanation));
        QVERIFY(status.explanation.contains(QLatin1String("separate, explicit step")));
        QVERIFY(status.pending.isEmpty());
        QCOMPARE(refusalFor(status).kind, MigrationErrorKind::ForeignSchema);
    }
};

QTEST_GUILESS_MAIN(TestSchemaStatus)
#include "tst_schemastatus.moc"

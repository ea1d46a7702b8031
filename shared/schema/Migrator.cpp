// SPDX-License-Identifier: MIT
#include "Migrator.h"

#include "util/Logging.h"

#include <pqxx/pqxx>

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace ballsdex::schema {
namespace {

constexpr const char *kCreateMigrationsTable = R"sql(
CREATE TABLE schema_migrations (
    version integer PRIMARY KEY CHECK (version > 0),
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text
))sql";

constexpr const char *kListRelations = R"sql(
SELECT c.relname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema()
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.relname)sql";

constexpr const char *kMigrationsTableColumns = R"sql(
SELECT a.attname
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relname = 'schema_migrations'
  AND a.attnum > 0 AND NOT a.attisdropped)sql";

constexpr const char *kLockHolder = R"sql(
SELECT a.pid, COALESCE(a.application_name, '')
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
        SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1
LIMIT 1)sql";

/// Thrown inside this file to leave a try block with a finished error.
struct Refusal
{
    MigrationError error;
};

QString passwordOf(const QString &connectionString)
{
    if (connectionString.startsWith(QLatin1String("postgres://"))
        || connectionString.startsWith(QLatin1String("postgresql://")))
        return QUrl(connectionString).password();
    static const QRegularExpression keyword(
        QStringLiteral("(?:^|\\s)password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    QString value = keyword.match(connectionString).captured(1);
    if (value.startsWith(QLatin1Char('\'')))
        value = value.mid(1, value.size() - 2).replace(QStringLiteral("\\'"), QStringLiteral("'"));
    return value;
}

/// Server and libpq messages should not repeat a password, but make sure of it.
QString scrubbed(QString message, const QString &password)
{
    if (!password.isEmpty())
        message.replace(password, QStringLiteral("***"));
    return message.simplified();
}

QString describe(const Migration *migration)
{
    return QStringLiteral("Migration %1 (%2)").arg(migration->version).arg(migration->name);
}

/// Turns the exception being handled into an error value.
MigrationError currentError(const QString &password, const Migration *migration, int reachedVersion)
{
    const int version = migration ? migration->version : 0;
    try {
        throw;
    } catch (const Refusal &refusal) {
        return refusal.error;
    } catch (const pqxx::in_doubt_error &error) {
        return {MigrationErrorKind::ConnectionFailed,
                QStringLiteral("The connection broke while committing %1, so it may or may not be "
                               "applied (%2). Run migrate again: it will see what was committed.")
                    .arg(migration ? describe(migration).toLower() : QStringLiteral("a migration"),
                         scrubbed(QString::fromStdString(error.what()), password)),
                version};
    } catch (const pqxx::broken_connection &error) {
        return {
            MigrationErrorKind::ConnectionFailed,
            QStringLiteral("Cannot reach the database (%1). Check the database host, port, name "
                           "and credentials in the configuration and that PostgreSQL is running.")
                .arg(scrubbed(QString::fromStdString(error.what()), password)),
            version};
    } catch (const pqxx::sql_error &error) {
        const QString server = scrubbed(QString::fromStdString(error.what()), password);
        const QString state = QString::fromStdString(error.sqlstate());
        if (!migration)
            return {MigrationErrorKind::SqlFailed,
                    QStringLiteral("Reading the schema state failed: %2 [SQLSTATE %1]")
                        .arg(state, server),
                    0};
        return {MigrationErrorKind::SqlFailed,
                QStringLiteral("%1 failed: %3 [SQLSTATE %2]. That migration was rolled back; the "
                               "database stays at version %4. Fix the cause and run migrate again.")
                    .arg(describe(migration), state, server)
                    .arg(reachedVersion),
                version};
    } catch (const std::exception &error) {
        return {
            MigrationErrorKind::SqlFailed,
            QStringLiteral("Unexpected database error%1: %2")
                .arg(migration ? QStringLiteral(" in ") + describe(migration).toLower() : QString(),
                     scrubbed(QString::fromStdString(error.what()), password)),
            version};
    } catch (...) {
        return {MigrationErrorKind::SqlFailed, QStringLiteral("Unexpected failure."), version};
    }
}

void prepareSession(pqxx::connection &connection)
{
    connection.set_client_encoding("UTF8");
    pqxx::nontransaction tx(connection);
    tx.exec0("SET application_name = 'ballsdex-migrate'");
}

void acquireLock(pqxx::connection &connection, std::chrono::milliseconds timeout)
{
    pqxx::nontransaction tx(connection);
    tx.exec0("SET lock_timeout = " + std::to_string(std::max<long long>(1, timeout.count())));
    try {
        tx.exec_params("SELECT pg_advisory_lock($1)", Migrator::lockKey);
    } catch (const pqxx::sql_error &error) {
        if (error.sqlstate() != "55P03")
            throw;
        QString holder = QStringLiteral("Another migrator");
        const auto row
            = tx.exec_params(kLockHolder, Migrator::lockKey >> 32, Migrator::lockKey & 0xFFFFFFFF);
        if (!row.empty()) {
            const QString application = QString::fromStdString(row[0][1].as<std::string>());
            holder = QStringLiteral("Another migrator (server process %1%2)")
                         .arg(row[0][0].as<int>())
                         .arg(application.isEmpty()
                                  ? QString()
                                  : QStringLiteral(", application \"%1\"").arg(application));
        }
        throw Refusal {
            {MigrationErrorKind::LockTimeout,
             QStringLiteral("%1 has held the schema migration lock for longer than %2 ms. "
                            "Wait for it to finish (or stop it if it is stuck), then run "
                            "migrate again. Nothing was changed.")
                 .arg(holder)
                 .arg(timeout.count()),
             0}};
    }
    tx.exec0("RESET lock_timeout");
}

DatabaseSnapshot readSnapshot(pqxx::connection &connection)
{
    pqxx::read_transaction tx(connection);
    const auto schemaRow = tx.exec1("SELECT current_schema()");
    if (schemaRow[0].is_null())
        throw Refusal {{MigrationErrorKind::SqlFailed,
                        QStringLiteral("No schema is selected: the search_path of this database "
                                       "user names no existing schema. Create the schema or fix "
                                       "search_path."),
                        0}};
    const std::string schemaName = schemaRow[0].as<std::string>();

    DatabaseSnapshot snapshot;
    for (const auto &row : tx.exec(kListRelations)) {
        const QString name = QString::fromStdString(row[0].as<std::string>());
        if (name == QLatin1String("schema_migrations"))
            snapshot.hasMigrationsTable = true;
        else
            snapshot.otherTables.append(name);
    }
    if (!snapshot.hasMigrationsTable)
        return snapshot;

    QStringList columns;
    for (const auto &row : tx.exec(kMigrationsTableColumns))
        columns.append(QString::fromStdString(row[0].as<std::string>()));
    for (const char *required : {"version", "name", "checksum", "applied_at"})
        snapshot.migrationsTableRecognised &= columns.contains(QLatin1String(required));
    if (!snapshot.migrationsTableRecognised)
        return snapshot;

    const auto rows
        = tx.exec("SELECT version::integer, name, checksum, "
                  "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM "
                  + tx.quote_name(schemaName) + ".schema_migrations ORDER BY version");
    for (const auto &row : rows) {
        snapshot.applied.append(
            {row[0].as<int>(), QString::fromStdString(row[1].as<std::string>()),
             QByteArray::fromStdString(row[2].as<std::string>()),
             row[3].is_null() ? QDateTime()
                              : QDateTime::fromString(
                                  QString::fromStdString(row[3].as<std::string>()), Qt::ISODate)});
    }
    return snapshot;
}

} // namespace

Migrator::Migrator(QString connectionString, QList<Migration> migrations)
    : m_connectionString(std::move(connectionString))
    , m_migrations(std::move(migrations))
    , m_appliedBy(QStringLiteral("ballsdex " BALLSDEX_VERSION))
{
}

Result<MigrationReport, MigrationError> Migrator::migrate() const
{
    if (const auto invalid = validateMigrationSet(m_migrations))
        return fail(MigrationError {MigrationErrorKind::InvalidMigrationSet, *invalid, 0});

    MigrationReport report;
    const Migration *current = nullptr;
    try {
        pqxx::connection connection(m_connectionString.toStdString());
        prepareSession(connection);
        acquireLock(connection, m_lockTimeout);

        const DatabaseSnapshot snapshot = readSnapshot(connection);
        const SchemaStatus status = assessSchema(snapshot, m_migrations);
        if (!status.isMigratable())
            return fail(refusalFor(status));
        report.fromVersion = report.toVersion = status.databaseVersion;

        bool haveTable = snapshot.hasMigrationsTable;
        for (const int version : status.pending) {
            current = &*std::ranges::find(m_migrations, version, &Migration::version);
            pqxx::work tx(connection, "migration");
            if (!haveTable)
                tx.exec0(kCreateMigrationsTable);
            tx.exec(current->sql.toStdString());
            tx.exec_params("INSERT INTO schema_migrations (version, name, checksum, applied_by) "
                           "VALUES ($1, $2, $3, $4)",
                           current->version, current->name.toStdString(),
                           current->checksum.toStdString(), m_appliedBy.toStdString());
            tx.commit();
            haveTable = true;
            report.applied.append(version);
            report.toVersion = version;
            qCInfo(lcMigrations, "applied migration %d (%s)", version, qPrintable(current->name));
        }
        current = nullptr;
        // Closing the connection releases the session-level advisory lock.
        return report;
    } catch (...) {
        return fail(currentError(passwordOf(m_connectionString), current, report.toVersion));
    }
}

Result<SchemaStatus, MigrationError> Migrator::status() const
{
    if (const auto invalid = validateMigrationSet(m_migrations))
        return fail(MigrationError {MigrationErrorKind::InvalidMigrationSet, *invalid, 0});
    try {
        pqxx::connection connection(m_connectionString.toStdString());
        prepareSession(connection);
        return assessSchema(readSnapshot(connection), m_migrations);
    } catch (...) {
        return fail(currentError(passwordOf(m_connectionString), nullptr, 0));
    }
}

} // namespace ballsdex::schema

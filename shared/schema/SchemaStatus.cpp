// SPDX-License-Identifier: MIT
#include "SchemaStatus.h"

#include <algorithm>

namespace ballsdex::schema {
namespace {

const QString kMigrateHint
    = QStringLiteral("run `ballsdex-bot migrate` (or start the bot without --no-migrate)");

QString describeForeignTables(const QStringList &tables)
{
    const auto has = [&tables](const char *name) {
        return tables.contains(QLatin1String(name));
    };
    if (has("aerich"))
        return QStringLiteral("it looks like a database of the Python BallsDex 2.24 or older "
                              "(Tortoise/aerich)");
    if (has("django_migrations") && (has("ball") || has("ballinstance")))
        return QStringLiteral("it looks like a database of the Python BallsDex 2.25 or newer "
                              "(managed by Django)");
    if (has("ball") || has("ballinstance") || has("player"))
        return QStringLiteral("it holds BallsDex-like tables that this program did not create");
    QStringList shown = tables.mid(0, 5);
    QString list = shown.join(QStringLiteral(", "));
    if (tables.size() > shown.size())
        list += QStringLiteral(" and %1 more").arg(tables.size() - shown.size());
    return QStringLiteral("it holds tables of another application (%1)").arg(list);
}

SchemaStatus foreign(SchemaStatus status, const QString &what)
{
    status.state = SchemaStatus::State::Foreign;
    status.explanation
        = QStringLiteral(
              "The database is not a ballsdex database: %1. "
              "Importing an existing BallsDex database is a separate, explicit step, not "
              "part of migrate. Check that the database URL points where you meant (never "
              "at a production database by accident) and use an empty database for a new "
              "installation.")
              .arg(what);
    return status;
}

SchemaStatus tampered(SchemaStatus status, int version, const QString &what)
{
    status.state = SchemaStatus::State::Tampered;
    status.problemVersion = version;
    status.explanation = what
        + QStringLiteral(" Applied migrations must never be edited: restore the original file and "
                         "put the change in a new migration.");
    return status;
}

} // namespace

QString stateName(SchemaStatus::State state)
{
    switch (state) {
    case SchemaStatus::State::Empty:
        return QStringLiteral("empty");
    case SchemaStatus::State::UpToDate:
        return QStringLiteral("up to date");
    case SchemaStatus::State::Behind:
        return QStringLiteral("behind");
    case SchemaStatus::State::Ahead:
        return QStringLiteral("ahead");
    case SchemaStatus::State::Foreign:
        return QStringLiteral("foreign");
    case SchemaStatus::State::Tampered:
        return QStringLiteral("tampered");
    }
    return QStringLiteral("unknown");
}

SchemaStatus assessSchema(const DatabaseSnapshot &snapshot, const QList<Migration> &migrations)
{
    SchemaStatus status;
    status.binaryVersion = migrations.isEmpty() ? 0 : migrations.last().version;
    for (const AppliedMigration &applied : snapshot.applied)
        status.databaseVersion = std::max(status.databaseVersion, applied.version);

    if (snapshot.hasMigrationsTable && !snapshot.migrationsTableRecognised)
        return foreign(status,
                       QStringLiteral("its schema_migrations table belongs to another migration "
                                      "tool (it lacks the name and checksum columns)"));
    if (snapshot.applied.isEmpty() && !snapshot.otherTables.isEmpty())
        return foreign(status, describeForeignTables(snapshot.otherTables));

    if (status.databaseVersion > status.binaryVersion) {
        status.state = SchemaStatus::State::Ahead;
        status.explanation = QStringLiteral("The database schema is at version %1 but this binary "
                                            "knows up to %2; upgrade ballsdex or point it at the "
                                            "right database.")
                                 .arg(status.databaseVersion)
                                 .arg(status.binaryVersion);
        return status;
    }

    for (qsizetype i = 0; i < snapshot.applied.size(); ++i) {
        const AppliedMigration &applied = snapshot.applied.at(i);
        const int expected = static_cast<int>(i) + 1;
        if (applied.version != expected)
            return tampered(status, expected,
                            QStringLiteral("schema_migrations records version %1 but not version "
                                           "%2: the record was edited by hand.")
                                .arg(applied.version)
                                .arg(expected));
        const auto known = std::ranges::find(migrations, applied.version, &Migration::version);
        if (known == migrations.end())
            return tampered(status, applied.version,
                            QStringLiteral("Migration %1 is recorded as applied but this binary "
                                           "has no such file.")
                                .arg(applied.version));
        if (known->checksum != applied.checksum) {
            const QString when = applied.appliedAt.isValid()
                ? QStringLiteral(" on ") + applied.appliedAt.toString(Qt::ISODate)
                : QString();
            const QString recordedAs = applied.name == known->name
                ? QString()
                : QStringLiteral(" (recorded as %1)").arg(applied.name);
            return tampered(
                status, applied.version,
                QStringLiteral("Migration %1 (%2) was applied%3%4, but the file in this "
                               "binary has changed since (checksum %5… recorded, %6… "
                               "now).")
                    .arg(applied.version)
                    .arg(known->name, when, recordedAs,
                         QString::fromLatin1(applied.checksum.left(12)),
                         QString::fromLatin1(known->checksum.left(12))));
        }
    }

    for (const Migration &migration : migrations) {
        if (migration.version > status.databaseVersion)
            status.pending.append(migration.version);
    }
    if (status.databaseVersion == 0) {
        status.state = SchemaStatus::State::Empty;
        status.explanation = QStringLiteral("The database is empty; %1 to create the schema "
                                            "(version %2).")
                                 .arg(kMigrateHint)
                                 .arg(status.binaryVersion);
    } else if (!status.pending.isEmpty()) {
        status.state = SchemaStatus::State::Behind;
        status.explanation = QStringLiteral("The database schema is at version %1 but this binary "
                                            "needs version %2; %3.")
                                 .arg(status.databaseVersion)
                                 .arg(status.binaryVersion)
                                 .arg(kMigrateHint);
    } else {
        status.state = SchemaStatus::State::UpToDate;
        status.explanation = QStringLiteral("The database schema is at version %1, as expected.")
                                 .arg(status.databaseVersion);
    }
    return status;
}

MigrationError refusalFor(const SchemaStatus &status)
{
    const QString message = status.explanation + QStringLiteral(" Nothing was changed.");
    switch (status.state) {
    case SchemaStatus::State::Ahead:
        return {MigrationErrorKind::DatabaseNewer, message, status.databaseVersion};
    case SchemaStatus::State::Foreign:
        return {MigrationErrorKind::ForeignSchema, message, 0};
    case SchemaStatus::State::Tampered:
        return {MigrationErrorKind::Tampered, message, status.problemVersion};
    default:
        return {MigrationErrorKind::SqlFailed, message, 0};
    }
}

} // namespace ballsdex::schema

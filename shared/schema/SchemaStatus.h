// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migration.h"
#include "schema/MigrationError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ballsdex::schema {

/// A row of schema_migrations.
struct AppliedMigration
{
    int version = 0;
    QString name;
    QByteArray checksum;
    QDateTime appliedAt;
};

/// What a read of the database's current schema found, before it is judged.
struct DatabaseSnapshot
{
    bool hasMigrationsTable = false;
    /// false when schema_migrations exists but lacks our columns (another tool's table of that
    /// name)
    bool migrationsTableRecognised = true;
    /// Tables and views of the schema other than schema_migrations, sorted; extension-owned ones
    /// excluded.
    QStringList otherTables;
    QList<AppliedMigration> applied; ///< ordered by version
};

struct SchemaStatus
{
    enum class State {
        Empty, ///< nothing there yet: migrating creates everything
        UpToDate, ///< exactly the binary's version
        Behind, ///< pending migrations
        Ahead, ///< the database knows versions this binary does not
        Foreign, ///< tables that our migrations did not create
        Tampered, ///< an applied migration differs from the binary's file, or the record has gaps
    };

    State state = State::Empty;
    int databaseVersion = 0; ///< highest applied version, 0 when none
    int binaryVersion = 0; ///< highest version this binary embeds
    QList<int> pending; ///< versions migrate() would apply (Empty and Behind only)
    int problemVersion = 0; ///< the offending version for Tampered, else 0
    QString explanation; ///< one or two sentences for a log or a dialog: what and what to do

    [[nodiscard]] bool isUpToDate() const { return state == State::UpToDate; }
    /// Whether migrate() would succeed (apart from I/O): Empty, Behind or UpToDate.
    [[nodiscard]] bool isMigratable() const
    {
        return state == State::Empty || state == State::Behind || state == State::UpToDate;
    }
};

QString stateName(SchemaStatus::State state);

/// Judges a snapshot against the binary's migrations; pure, so Studio or tests can feed it
/// directly.
SchemaStatus assessSchema(const DatabaseSnapshot &snapshot, const QList<Migration> &migrations);

/// The error migrate() reports for a state it refuses (Ahead, Foreign, Tampered).
MigrationError refusalFor(const SchemaStatus &status);

} // namespace ballsdex::schema

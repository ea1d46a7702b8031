// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ballsdex::schema {

enum class MigrationErrorKind {
    ConnectionFailed, ///< cannot reach the server, or the connection broke mid-way
    Tampered, ///< an applied migration differs from the embedded file (or the record has gaps)
    DatabaseNewer, ///< the database has versions this binary does not know
    ForeignSchema, ///< the database holds tables that our migrations did not create
    SqlFailed, ///< a statement failed (message carries SQLSTATE, version, file, server text)
    LockTimeout, ///< another migrator held the lock for too long
    InvalidMigrationSet, ///< the migration list itself is broken (gaps, duplicates, empty files)
};

/// What went wrong and what to do about it; never contains a password.
struct MigrationError
{
    MigrationErrorKind kind = MigrationErrorKind::SqlFailed;
    QString message;
    int version = 0; ///< the migration concerned, 0 when none
};

QString errorKindName(MigrationErrorKind kind);

} // namespace ballsdex::schema

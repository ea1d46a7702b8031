// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ballsdex::schema {

/// One numbered, forward-only SQL file ("0003_audit_log.sql").
struct Migration
{
    int version = 0;
    QString name; ///< the file name, e.g. "0003_audit_log.sql"
    QByteArray sql;
    QByteArray checksum; ///< lower-case hex SHA-256 of sql

    /// Builds a migration from a file name of the form NNNN_words.sql; nullopt for any other name.
    static std::optional<Migration> fromFile(const QString &fileName, const QByteArray &sql);
};

/// Lower-case hex SHA-256, the checksum recorded in schema_migrations.
QByteArray migrationChecksum(const QByteArray &sql);

/// The SQL files compiled into this binary (resource prefix /migrations), ordered by version.
QList<Migration> embeddedMigrations();

/// The highest version embedded in this binary.
int latestVersion();

/// Why a list of migrations cannot be applied (not numbered 1..N without gaps, duplicates, empty
/// files), or nullopt when it is fine.
std::optional<QString> validateMigrationSet(const QList<Migration> &migrations);

} // namespace ballsdex::schema

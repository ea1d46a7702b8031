// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migration.h"
#include "schema/MigrationError.h"
#include "schema/SchemaStatus.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <chrono>
#include <cstdint>

namespace ballsdex::schema {

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QList<int> applied; ///< versions applied by this run, ascending; empty when already up to date
};

/// Brings a PostgreSQL database to the schema this binary embeds. Synchronous and blocking: callers
/// run it off the event loop. Each call opens (and closes) its own connection.
class Migrator final
{
public:
    /// Session-level advisory lock key that serialises migrators on one database ("ballsdex").
    static constexpr std::int64_t lockKey = 0x62616C6C73646578;

    /// connectionString: a libpq keyword/value string or a postgresql:// URL. migrations: what to
    /// apply, by default the files embedded in this binary (tests inject their own).
    explicit Migrator(QString connectionString, QList<Migration> migrations = embeddedMigrations());

    /// How long migrate() waits for another migrator's lock before giving up (default 60 s).
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    /// Recorded in schema_migrations.applied_by (default "ballsdex <version>").
    void setAppliedBy(QString appliedBy) { m_appliedBy = std::move(appliedBy); }

    /// Applies every pending migration, each in its own transaction, under the advisory lock.
    /// Checks all applied checksums first and refuses foreign, newer or tampered databases
    /// untouched.
    [[nodiscard]] Result<MigrationReport, MigrationError> migrate() const;

    /// Read-only check (no lock, no writes), for Studio and for the bot's --no-migrate start.
    [[nodiscard]] Result<SchemaStatus, MigrationError> status() const;

    [[nodiscard]] static QList<Migration> embeddedMigrations()
    {
        return schema::embeddedMigrations();
    }
    [[nodiscard]] static int latestVersion() { return schema::latestVersion(); }

private:
    QString m_connectionString;
    QList<Migration> m_migrations;
    std::chrono::milliseconds m_lockTimeout {std::chrono::seconds(60)};
    QString m_appliedBy;
};

} // namespace ballsdex::schema

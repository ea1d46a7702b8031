// SPDX-License-Identifier: MIT
#include "MigrationError.h"

namespace ballsdex::schema {

QString errorKindName(MigrationErrorKind kind)
{
    switch (kind) {
    case MigrationErrorKind::ConnectionFailed:
        return QStringLiteral("connection failed");
    case MigrationErrorKind::Tampered:
        return QStringLiteral("applied migration changed");
    case MigrationErrorKind::DatabaseNewer:
        return QStringLiteral("database newer than this binary");
    case MigrationErrorKind::ForeignSchema:
        return QStringLiteral("foreign schema");
    case MigrationErrorKind::SqlFailed:
        return QStringLiteral("SQL failed");
    case MigrationErrorKind::LockTimeout:
        return QStringLiteral("lock timeout");
    case MigrationErrorKind::InvalidMigrationSet:
        return QStringLiteral("invalid migration set");
    }
    return QStringLiteral("unknown");
}

} // namespace ballsdex::schema

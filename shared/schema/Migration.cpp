// SPDX-License-Identifier: MIT
#include "Migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace ballsdex::schema {

std::optional<Migration> Migration::fromFile(const QString &fileName, const QByteArray &sql)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    return Migration {match.captured(1).toInt(), fileName, sql, migrationChecksum(sql)};
}

QByteArray migrationChecksum(const QByteArray &sql)
{
    return QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex();
}

QList<Migration> embeddedMigrations()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto migration = Migration::fromFile(fileName, file.readAll()))
            migrations.append(std::move(*migration));
    }
    std::ranges::sort(migrations, {}, &Migration::version);
    return migrations;
}

int latestVersion()
{
    static const int latest = [] {
        const auto migrations = embeddedMigrations();
        return migrations.isEmpty() ? 0 : migrations.last().version;
    }();
    return latest;
}

std::optional<QString> validateMigrationSet(const QList<Migration> &migrations)
{
    if (migrations.isEmpty())
        return QStringLiteral("No migrations are embedded in this binary (broken build).");
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const Migration &migration = migrations.at(i);
        const int expected = static_cast<int>(i) + 1;
        if (migration.version != expected) {
            return QStringLiteral(
                       "Migrations must be numbered 1, 2, 3… without gaps or duplicates; "
                       "expected version %1 but found %2 (%3).")
                .arg(expected)
                .arg(migration.version)
                .arg(migration.name);
        }
        if (migration.sql.trimmed().isEmpty())
            return QStringLiteral("Migration %1 (%2) is empty.")
                .arg(migration.version)
                .arg(migration.name);
        if (migration.checksum != migrationChecksum(migration.sql))
            return QStringLiteral("Migration %1 (%2) carries a wrong checksum.")
                .arg(migration.version)
                .arg(migration.name);
    }
    return std::nullopt;
}

} // namespace ballsdex::schema

// SPDX-License-Identifier: MIT
#include "connection/SchemaCheck.h"

#include "config/DatabaseUrl.h"
#include "schema/Migrator.h"

#include <QCoreApplication>
#include <QtConcurrentRun>

namespace ballsdex::studio {

SchemaCheckResult checkSchema(const QString &url)
{
    const auto parsed = config::DatabaseUrl::parse(url);
    if (!parsed) {
        return {false, false, QCoreApplication::translate("SchemaCheck", "Invalid database URL"),
                parsed.error()};
    }
    const auto status = schema::Migrator(parsed->toConninfo()).status();
    if (!status) {
        return {false, false,
                QCoreApplication::translate("SchemaCheck", "Cannot reach the database"),
                status.error().message};
    }
    if (!status->isUpToDate()) {
        return {
            false, true,
            QCoreApplication::translate("SchemaCheck", "Database schema mismatch (%1)")
                .arg(schema::stateName(status->state)),
            status->explanation
                + QCoreApplication::translate(
                    "SchemaCheck",
                    "\nStudio never changes the schema: run `ballsdex-bot migrate` with a bot of "
                    "the same version, or use the Studio release that matches the database.")};
    }
    return {true, true,
            QCoreApplication::translate("SchemaCheck", "Connected to %1 (schema version %2)")
                .arg(parsed->redacted())
                .arg(status->databaseVersion),
            QString()};
}

SchemaCheck::SchemaCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<SchemaCheckResult>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

void SchemaCheck::start(const QString &url)
{
    m_watcher.setFuture(QtConcurrent::run([url] { return checkSchema(url); }));
}

} // namespace ballsdex::studio

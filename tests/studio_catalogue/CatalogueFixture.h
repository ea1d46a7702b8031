// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migrator.h"
#include "session/StudioContext.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/StorageTestOptions.h"
#include "support/TestDatabase.h"

#include <QImage>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace ballsdex::testing {

/// A migrated database, a Database front counting its transactions, a media folder and a Studio
/// context (role Artist unless changed).
struct CatalogueFixture
{
    std::unique_ptr<TestDatabase> test = std::make_unique<TestDatabase>();
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<studio::StudioContext> context;
    QTemporaryDir media;
    std::shared_ptr<std::atomic<int>> transactions = std::make_shared<std::atomic<int>>(0);

    /// False when no cluster is available (the caller QSKIPs).
    bool open(studio::StudioRole role = studio::StudioRole::Artist, int connectAttempts = 1)
    {
        if (!test->isAvailable())
            return false;
        if (!schema::Migrator(test->conninfo()).migrate())
            qFatal("migration failed");
        database = std::make_unique<storage::Database>(
            fastDatabaseOptions(test->url(), connectAttempts));
        database->setObserver([counter = transactions](const storage::TransactionReport &) {
            counter->fetch_add(1);
        });
        studio::StudioIdentity identity;
        identity.discordId = 111111111111111111;
        identity.username = QStringLiteral("artist");
        identity.role = role;
        context = std::make_unique<studio::StudioContext>(
            studio::StudioContext {*database, identity, media.path()});
        return true;
    }

    std::int64_t scalar(const std::string &statement)
    {
        const auto value = database->transactSync([&](storage::Transaction &tx) {
            const pqxx::row row = tx.exec1(statement);
            return row[0].is_null() ? std::int64_t(-1) : row[0].as<std::int64_t>();
        });
        if (!value)
            qFatal("%s", qPrintable(value.error().toString()));
        return *value;
    }

    QString text(const std::string &statement)
    {
        const auto value = database->transactSync([&](storage::Transaction &tx) {
            const pqxx::row row = tx.exec1(statement);
            return row[0].is_null() ? QString() : QString::fromStdString(row[0].c_str());
        });
        if (!value)
            qFatal("%s", qPrintable(value.error().toString()));
        return *value;
    }

    void exec(const std::string &statement)
    {
        const auto done
            = database->transactSync([&](storage::Transaction &tx) { tx.exec(statement); });
        if (!done)
            qFatal("%s", qPrintable(done.error().toString()));
    }

    /// A PNG outside the media folder, as a user would pick it.
    QString image(const QString &name, QSize size)
    {
        QImage picture(size, QImage::Format_ARGB32);
        picture.fill(Qt::darkCyan);
        const QString path = sources.filePath(name);
        if (!picture.save(path, "PNG"))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir sources;
};

} // namespace ballsdex::testing

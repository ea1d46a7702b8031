// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Migrator.h"
#include "session/StudioContext.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ballsdex::testing {

/// A migrated test database, a media folder holding the starter art, and a Studio context for
/// one identity.
struct DesignerFixture
{
    TestDatabase database;
    QTemporaryDir media;
    std::unique_ptr<storage::Database> storage;
    std::optional<studio::StudioContext> context;
    storage::CatalogueSnapshot catalogue;

    [[nodiscard]] bool setUp(studio::StudioRole role = studio::StudioRole::Artist)
    {
        if (!database.isAvailable() || !schema::Migrator(database.url()).migrate())
            return false;
        const QDir art(qEnvironmentVariable("BALLSDEX_SOURCE_DIR")
                       + QStringLiteral("/resources/art"));
        for (const QString &file : art.entryList({QStringLiteral("*.png")}, QDir::Files)) {
            if (!QFile::copy(art.filePath(file), media.filePath(file)))
                return false;
        }
        storage::DatabaseOptions options;
        options.conninfo = database.conninfo();
        options.poolSize = 2;
        options.connectAttempts = 1;
        options.connectBaseDelay = std::chrono::milliseconds(1);
        options.checkoutTimeout = std::chrono::milliseconds(5000);
        storage = std::make_unique<storage::Database>(options);
        studio::StudioIdentity identity {123456789012345678, QStringLiteral("tester"), {}, role};
        context.emplace(studio::StudioContext {*storage, identity, media.path()});
        return reloadCatalogue();
    }

    bool reloadCatalogue()
    {
        const auto loaded = storage::CatalogueRepository(*storage).loadAll().result();
        if (!loaded)
            return false;
        catalogue = *loaded;
        return !catalogue.regimes.isEmpty() && !catalogue.economies.isEmpty();
    }

    [[nodiscard]] domain::Ball sampleBall(const QString &country) const
    {
        domain::Ball ball;
        ball.country = country;
        ball.health = 1200;
        ball.attack = 800;
        ball.rarity = 1.5;
        ball.emojiId = 0;
        ball.wildCard = QStringLiteral("aldoria_wild.png");
        ball.collectionCard = QStringLiteral("aldoria.png");
        ball.credits = QStringLiteral("Test artist");
        ball.capacityName = QStringLiteral("Tricolour Shield");
        ball.capacityDescription = QStringLiteral("Absorbs the first hit of every battle.");
        ball.regimeId = catalogue.regimes.first().id;
        ball.economyId = catalogue.economies.first().id;
        return ball;
    }

    std::optional<domain::Ball> seed(const QString &country)
    {
        const auto created
            = storage::CatalogueRepository(*storage).createBall(sampleBall(country)).result();
        if (!created)
            return std::nullopt;
        reloadCatalogue();
        return *created;
    }

    /// One number from PostgreSQL, read directly (not through the code under test).
    [[nodiscard]] long long count(const std::string &sql) const
    {
        pqxx::connection connection(database.conninfo().toStdString());
        pqxx::work work(connection);
        return work.exec(sql)[0][0].as<long long>();
    }
};

} // namespace ballsdex::testing

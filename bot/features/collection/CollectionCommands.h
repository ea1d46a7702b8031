// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <QString>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

/// The configured names and limits the collection subcommands use (from config::Settings).
struct CollectionWording
{
    QString collectibleName; ///< singular, e.g. "countryball"
    QString collectiblesName; ///< plural, e.g. "countryballs"
    int maxFavorites = 50; ///< 0 disables /balls favorite
    QString favoriteEmoji; ///< e.g. "❤️"
};

/// `/balls completion` and `/balls favorite` as leaf subcommands for the /balls group. Every
/// reference must outlive the command tree.
class CollectionCommands final
{
public:
    static interactions::CommandSpec completionCommand(storage::Database &database,
                                                       const services::CatalogueCache &catalogue,
                                                       const CollectionWording &wording);
    static interactions::CommandSpec favoriteCommand(storage::Database &database,
                                                     const services::CatalogueCache &catalogue,
                                                     const CollectionWording &wording);

    static QString databaseUnavailableMessage();
};

} // namespace ballsdex::bot::features

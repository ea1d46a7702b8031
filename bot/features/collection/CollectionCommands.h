// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandSpec.h"

#include <QString>

#include <memory>
#include <vector>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::interactions {
class ViewRegistry;
}

namespace ballsdex::bot::services {
class CatalogueCache;
class StaffDirectory;
} // namespace ballsdex::bot::services

namespace ballsdex::bot::features {

/// The configured names and limits the collection subcommands use (from config::Settings).
struct CollectionWording
{
    QString botName; ///< e.g. "BallsDex"
    QString collectibleName; ///< singular, e.g. "countryball"
    QString collectiblesName; ///< plural, e.g. "countryballs"
    int maxFavorites = 50; ///< 0 disables /balls favorite
    QString favoriteEmoji; ///< e.g. "❤️"
};

struct CollectionServices;

/// `/balls completion|compare|collection|duplicate|favorite` as leaf subcommands for the /balls
/// group (bot-features.md §1.3). Every reference must outlive the command tree.
class CollectionCommands final
{
public:
    CollectionCommands(CollectionWording wording, storage::Database &database,
                       const services::CatalogueCache &catalogue,
                       const services::StaffDirectory &staff, interactions::ViewRegistry &views);

    [[nodiscard]] interactions::CommandSpec completionCommand() const;
    [[nodiscard]] interactions::CommandSpec compareCommand() const;
    [[nodiscard]] interactions::CommandSpec collectionCommand() const;
    [[nodiscard]] interactions::CommandSpec duplicateCommand() const;
    [[nodiscard]] interactions::CommandSpec favoriteCommand() const;
    /// All of the above, for BallsCommands::registerInto's extra subcommands.
    [[nodiscard]] std::vector<interactions::CommandSpec> subcommands() const;

private:
    std::shared_ptr<const CollectionServices> m_services;
};

} // namespace ballsdex::bot::features

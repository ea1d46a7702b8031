// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandTree.h"
#include "util/Result.h"

#include <QString>

#include <memory>
#include <vector>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::render {
class CardRenderer;
class EncodedCardCache;
}

namespace ballsdex::interactions {
class ViewRegistry;
}

namespace ballsdex::bot::services {
class CatalogueCache;
class StaffDirectory;
} // namespace ballsdex::bot::services

namespace ballsdex::bot::features {

/// The configured names the /balls replies use (from config::Settings).
struct BallsWording
{
    QString groupName; ///< playersGroupCogName, e.g. "balls"
    QString collectibleName; ///< singular, e.g. "countryball"
    QString collectiblesName; ///< plural, e.g. "countryballs"
    QString favoriteEmoji = QStringLiteral("❤️"); ///< favoritedCollectibleEmoji
};

/// `/balls list|info|last|count` (bot-features.md §1.3): a collection, the invoker's or (list,
/// last) another player's behind the privacy and block check. Every reference must outlive the
/// command tree.
class BallsCommands final
{
public:
    BallsCommands(BallsWording wording, storage::Database &database,
                  const services::CatalogueCache &catalogue,
                  std::shared_ptr<const render::CardRenderer> renderer,
                  interactions::ViewRegistry &views, const services::StaffDirectory &staff);

    /// Registers the group; other features' subcommands (completion, favorite, ...) join it.
    Result<void, interactions::CommandSpecError>
    registerInto(interactions::CommandTree &tree,
                 std::vector<interactions::CommandSpec> extraSubcommands = {}) const;

private:
    BallsWording m_wording;
    storage::Database &m_database;
    const services::CatalogueCache &m_catalogue;
    std::shared_ptr<const render::EncodedCardCache> m_cards;
    interactions::ViewRegistry &m_views;
    const services::StaffDirectory &m_staff;
};

} // namespace ballsdex::bot::features

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
}

namespace ballsdex::interactions {
class ViewRegistry;
}

namespace ballsdex::bot::services {
class CatalogueCache;
}

namespace ballsdex::bot::features {

/// The configured names the /balls replies use (from config::Settings).
struct BallsWording
{
    QString groupName; ///< playersGroupCogName, e.g. "balls"
    QString collectibleName; ///< singular, e.g. "countryball"
    QString collectiblesName; ///< plural, e.g. "countryballs"
};

/// `/balls list|info|last|count`: the invoker's own collection. Every reference must outlive the
/// command tree.
class BallsCommands final
{
public:
    BallsCommands(BallsWording wording, storage::Database &database,
                  const services::CatalogueCache &catalogue,
                  std::shared_ptr<const render::CardRenderer> renderer,
                  interactions::ViewRegistry &views);

    Result<void, interactions::CommandSpecError>
    /// Registers the group; other features' subcommands (completion, favorite, ...) join it.
    registerInto(interactions::CommandTree &tree,
                 std::vector<interactions::CommandSpec> extraSubcommands = {}) const;

    static QString databaseUnavailableMessage();

private:
    BallsWording m_wording;
    storage::Database &m_database;
    const services::CatalogueCache &m_catalogue;
    std::shared_ptr<const render::CardRenderer> m_renderer;
    interactions::ViewRegistry &m_views;
};

} // namespace ballsdex::bot::features

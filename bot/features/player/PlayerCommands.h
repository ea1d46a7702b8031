// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandTree.h"
#include "util/Result.h"

#include <QString>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::features {

/// The configured names the /player replies use (from config::Settings).
struct PlayerWording
{
    QString botName;
    QString collectiblesName; ///< plural, e.g. "countryballs"
};

/// `/player policy privacy|donation|mention|friends|trade_cooldown` and `/player info`: the
/// invoker's account settings, stored through PlayerRepository. The database must outlive the
/// command tree.
class PlayerCommands final
{
public:
    PlayerCommands(PlayerWording wording, storage::Database &database);

    Result<void, interactions::CommandSpecError>
    registerInto(interactions::CommandTree &tree) const;

    static QString databaseUnavailableMessage();

private:
    PlayerWording m_wording;
    storage::Database &m_database;
};

} // namespace ballsdex::bot::features

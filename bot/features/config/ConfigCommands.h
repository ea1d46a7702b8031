// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandTree.h"
#include "util/Result.h"

#include <QString>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {
class GuildSpawnChannels;
}

namespace ballsdex::bot::features {

/// The configured names the /config replies use (from config::Settings).
struct ConfigWording
{
    QString botName;
    QString collectiblesName; ///< plural, e.g. "countryballs"
    QString termsOfService;
    QString privacyPolicy;
};

/// `/config channel|disable|status`: the spawn channel of a guild. Writes go through
/// GuildConfigRepository and are mirrored into GuildSpawnChannels. Both references must outlive
/// the command tree.
class ConfigCommands final
{
public:
    ConfigCommands(ConfigWording wording, storage::Database &database,
                   services::GuildSpawnChannels &spawnChannels);

    Result<void, interactions::CommandSpecError>
    registerInto(interactions::CommandTree &tree) const;

    static QString databaseUnavailableMessage();

private:
    ConfigWording m_wording;
    storage::Database &m_database;
    services::GuildSpawnChannels &m_spawnChannels;
};

} // namespace ballsdex::bot::features

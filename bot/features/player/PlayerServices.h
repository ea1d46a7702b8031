// SPDX-License-Identifier: MIT
#pragma once

#include "features/player/PendingFriendRequests.h"

#include <QString>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::interactions {
class ViewRegistry;
}

namespace ballsdex::bot::services {
class BlacklistCache;
}

namespace ballsdex::bot::features {

class DirectMessages;

/// The configured names the /player replies use (from config::Settings).
struct PlayerWording
{
    QString botName;
    QString collectiblesName; ///< plural, e.g. "countryballs"
};

/// What the /player handlers share; one instance per PlayerCommands, kept alive by the
/// registered handlers. The references must outlive the command tree.
struct PlayerServices
{
    /// Discord's attachment limit for bots without a boosted context (25 MiB).
    static constexpr qint64 DefaultUploadLimit = 25LL * 1024 * 1024;

    PlayerWording wording;
    storage::Database &database;
    const services::BlacklistCache &blacklist;
    interactions::ViewRegistry &views;
    DirectMessages &directMessages;
    qint64 uploadLimit = DefaultUploadLimit;
    PendingFriendRequests pendingFriends;
};

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "session/StudioRole.h"
#include "storage/AuditLogRepository.h"

#include <QString>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::studio {

/// What every Studio feature works with once connected and logged in. Owned by the main window
/// and passed by reference; never global.
struct StudioContext
{
    storage::Database &database;
    StudioIdentity identity;
    /// Where card images live (the bot's media folder); stored paths are relative to it.
    QString mediaRoot;

    /// The audit actor for writes made from Studio.
    [[nodiscard]] storage::AuditActor actor() const
    {
        return storage::AuditActor {identity.discordId, QStringLiteral("studio")};
    }
};

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionFailure.h"
#include "connection/ConnectionProfile.h"
#include "domain/StudioLoginSettings.h"
#include "session/StudioRole.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ballsdex::studio {

/// What a successful connection test hands to the main window.
struct ConnectionOutcome
{
    ConnectionProfile profile;
    QString password; ///< in memory only
    /// Admin, Staff or Artist: what the database grants this login (superusers and the owner of
    /// the tables count as Admin).
    StudioRole databaseRole = StudioRole::None;
    /// bot_state "studio.login"; nullopt when the bot has not published it (see notes).
    std::optional<domain::StudioLoginSettings> loginSettings;
    QString schemaSummary; ///< "Connected to … (schema version N)"
    bool usesTls = false;
    QStringList notes; ///< translated remarks that do not stop the connection
};

/// The whole check, blocking: opens the connection (classifying libpq's errors), checks the
/// schema version (never migrates), the login's Studio role, and reads the login settings.
[[nodiscard]] Result<ConnectionOutcome, ConnectionFailure>
testConnection(const ConnectionProfile &profile, const QString &password,
               std::chrono::milliseconds timeout = std::chrono::seconds(15));

/// The same on the global thread pool.
[[nodiscard]] QFuture<Result<ConnectionOutcome, ConnectionFailure>>
testConnectionAsync(const ConnectionProfile &profile, const QString &password,
                    std::chrono::milliseconds timeout = std::chrono::seconds(15));

} // namespace ballsdex::studio

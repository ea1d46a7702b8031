// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/CommandTree.h"
#include "util/Result.h"

#include <QCoroTask>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace ballsdex::interactions {
class CommandSync;
}

namespace ballsdex::bot::features {

/// What /about shows that only the rest of the bot knows.
struct AboutFacts
{
    int enabledCollectibles = 0;
    int guilds = 0;
    std::optional<std::int64_t> players; ///< estimates; absent when the database is unreachable
    std::optional<std::int64_t> instances;
};

/// `/about` and `/help`.
struct InfoCommands
{
    QString botName;
    QString version;
    QString collectiblesName; ///< plural, e.g. "countryballs"
    QString description;
    QString githubLink;
    QString discordInvite;
    QString termsOfService;
    QString privacyPolicy;
    QDateTime startedAt;
    std::function<QCoro::Task<AboutFacts>()> facts;
    /// Clickable mentions ("</balls list:123>") once commands are synced; may be null.
    const interactions::CommandSync *sync = nullptr;

    Result<void, interactions::CommandSpecError>
    registerInto(interactions::CommandTree &tree) const;
};

/// "H:MM:SS", or "N days, H:MM:SS" past a day, like the original.
QString formatUptime(std::int64_t seconds);

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "config/Settings.h"
#include "domain/StudioLoginSettings.h"
#include "storage/BotStateRepository.h"

#include <QCoroTask>
#include <QUrl>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {

class StaffDirectory;

/// Publishes what Studio needs to log people in (domain::StudioLoginSettings) into bot_state, so
/// desktops need neither config.yml nor the bot token.
class StudioLoginPublisher final
{
public:
    explicit StudioLoginPublisher(storage::Database &database);

    /// From the configuration and the owners `staff` learnt from Discord.
    [[nodiscard]] static domain::StudioLoginSettings loginSettings(const config::Settings &settings,
                                                                   const StaffDirectory &staff);
    /// Discord's authorize page for discord.com REST bases; for any other base (a proxy, the fake
    /// Discord) <scheme>://<host>[:<port>]/oauth2/authorize on that server.
    [[nodiscard]] static QUrl authorizeUrlFor(const QUrl &apiBaseUrl);

    /// Writes `settings` under StudioLoginSettings::Key. A database failure logs one warning and
    /// returns false.
    QCoro::Task<bool> publish(domain::StudioLoginSettings settings);

private:
    storage::BotStateRepository m_botState;
};

} // namespace ballsdex::bot::services

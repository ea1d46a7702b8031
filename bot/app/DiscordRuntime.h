// SPDX-License-Identifier: MIT
#pragma once

#include "config/Settings.h"
#include "features/info/InfoCommands.h"

#include <QCoroTask>
#include <QObject>

#include <memory>
#include <optional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot {

/// The bot connected to Discord: REST client, gateway shards, interaction router and the
/// features' commands. Runs until shutdown() or a fatal gateway error.
class MetricsRuntime;

class DiscordRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordRuntime)

public:
    /// metrics (optional) receives REST timings, rate limits, catches, spawns and gauges.
    DiscordRuntime(const config::Settings &settings, storage::Database &database,
                   MetricsRuntime *metrics = nullptr, QObject *parent = nullptr);
    ~DiscordRuntime() override;

    /// Connects and serves; the result is the process exit status (0 after shutdown()).
    QCoro::Task<int> run();
    /// Closes the gateway with 1000 and lets run() finish.
    void shutdown();
    /// Re-reads the catalogue, blacklists and spawn channels (SIGHUP). False when one failed;
    /// the previous contents then stay in use.
    QCoro::Task<bool> reloadCaches();

Q_SIGNALS:
    void ready();

private:
    struct Parts;
    void registerCommands();
    QCoro::Task<bool> loadCaches();
    /// Re-reads the catalogue after it changed in the database (Studio, SQL); failures are logged
    /// and the previous catalogue stays in use.
    QCoro::Task<void> reloadCatalogue();
    QCoro::Task<features::AboutFacts> aboutFacts();
    QCoro::Task<bool> identifyApplication();
    /// Tells Studio how to log in (bot_state); a database failure is only logged.
    QCoro::Task<void> publishStudioLogin();
    QCoro::Task<void> syncCommands();
    void startGateway();
    void attachMetrics(MetricsRuntime &metrics);
    /// Posts blacklist changes (whoever made them) to the log channel and the admin webhook.
    void startModerationLog(std::optional<domain::Snowflake> channelId, const QString &webhookUrl);

    const config::Settings &m_settings;
    storage::Database &m_database;
    std::unique_ptr<Parts> m_parts;
    int m_exitStatus = 0;
    bool m_stopping = false;
};

} // namespace ballsdex::bot

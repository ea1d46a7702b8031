// SPDX-License-Identifier: MIT
#pragma once

#include "GatewayBotInfo.h"
#include "GatewayEvent.h"
#include "GatewayOptions.h"
#include "GuildTracker.h"
#include "IdentifyScheduler.h"
#include "ShardRouting.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ballsdex::gateway {

class GatewayShard;

/// Runs the shards [first, last] of one bot in this process: GET /gateway/bot, startup guards,
/// identify pacing by max_concurrency, guild→shard routing, ready state and dispatch fan-in.
class ShardManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShardManager)

public:
    explicit ShardManager(GatewayOptions options, QObject *parent = nullptr);
    ~ShardManager() override;

    /// Asks /gateway/bot for the URL, shard count and limits (skipped when both a gateway URL
    /// override and a fixed shard count are configured), then starts the shards.
    void start();
    /// Starts with discovery data obtained elsewhere.
    void startWith(const GatewayBotInfo &info);
    /// Closes every shard with 1000; emits stopped() when all are closed.
    void shutdown();

    [[nodiscard]] ShardRange range() const { return m_range; }
    [[nodiscard]] int shardCount() const { return m_range.total; }
    /// nullptr when the shard is not run by this process.
    [[nodiscard]] GatewayShard *shard(int shardId) const;
    [[nodiscard]] QList<GatewayShard *> shards() const;
    [[nodiscard]] int shardIdForGuild(domain::Snowflake guildId) const;
    [[nodiscard]] GatewayShard *shardForGuild(domain::Snowflake guildId) const;

    [[nodiscard]] int readyShardCount() const;
    /// All shards of this process are connected.
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] bool isGuildAvailable(domain::Snowflake guildId) const;
    /// Guilds currently available on this process's shards.
    [[nodiscard]] int guildCount() const;
    [[nodiscard]] const GatewayBotInfo &discovery() const { return m_info; }

Q_SIGNALS:
    void dispatchReceived(const ballsdex::gateway::GatewayEvent &event);
    void shardReady(int shardId);
    void shardResumed(int shardId);
    /// Every shard of this process received READY at least once (emitted once).
    void allShardsReady();
    void guildChanged(qint64 guildId, ballsdex::gateway::GuildChange change, int shardId);
    /// Startup failed or a shard hit a fatal close code; every shard is stopped. closeCode is 0
    /// for failures before any connection (discovery, configuration).
    void fatalError(int closeCode, const QString &message);
    void stopped();

private:
    void fetchDiscovery();
    void onDiscoveryFinished(QNetworkReply *reply);
    void failStartup(const QString &message);
    void onShardDispatch(const GatewayEvent &event);
    void onShardFatal(int shardId, int closeCode, const QString &message);
    void onShardStopped(int shardId);

    GatewayOptions m_options;
    GatewayBotInfo m_info;
    ShardRange m_range;
    std::unique_ptr<IdentifyScheduler> m_scheduler;
    QNetworkAccessManager *m_network = nullptr;
    QMap<int, GatewayShard *> m_shards;
    QMap<int, GuildTracker> m_guilds;
    QTimer m_retryTimer;
    QElapsedTimer m_uptime;
    int m_discoveryAttempts = 0;
    int m_everReady = 0;
    int m_stoppedShards = 0;
    bool m_allReadyEmitted = false;
    bool m_fatal = false;
    bool m_shuttingDown = false;
};

} // namespace ballsdex::gateway

Q_DECLARE_METATYPE(ballsdex::gateway::GuildChange)

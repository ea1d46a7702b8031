// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <memory>

namespace prometheus {
class Registry;
}

namespace ballsdex::bot::metrics {

/// The bot's Prometheus metrics (bot-features.md §7.1 plus ours). Every method is thread-safe:
/// the database reports from its worker threads, the rest from the event loop.
class BotMetrics final
{
public:
    BotMetrics();
    ~BotMetrics();
    BotMetrics(const BotMetrics &) = delete;
    BotMetrics &operator=(const BotMetrics &) = delete;

    /// 1, 10, 100, ... : 10^ceil(log10(max(members - 1, 1))), the original's guild-size label.
    [[nodiscard]] static QString guildSizeBucket(int memberCount);

    // The original's metrics (names kept so existing dashboards keep working).
    void caught(const QString &country, const QString &special, int guildMembers,
                const QString &spawnAlgorithm);
    void setGuildsBySize(const QHash<QString, int> &countsBySizeBucket);
    void observeGatewayLatency(int shardId, std::chrono::milliseconds latency);
    void observeEventLoopDelay(std::chrono::microseconds delay);
    void observeDiscordRequest(const QString &routeKey, int httpStatus,
                               std::chrono::milliseconds elapsed);

    // Ours.
    void spawnAttempted(bool posted);
    void observeCatchLatency(std::chrono::microseconds latency);
    void rateLimited(const QString &routeKey, bool global, double retryAfterSeconds);
    void observeTransaction(std::chrono::nanoseconds duration, bool committed);
    void setPool(int open, int idle, int capacity);
    void setCacheSize(const QString &cache, qint64 entries);
    void interactionHandled(const QString &kind);

    [[nodiscard]] std::shared_ptr<prometheus::Registry> registry() const;

private:
    struct Families;
    std::shared_ptr<prometheus::Registry> m_registry;
    std::unique_ptr<Families> m_families;
};

} // namespace ballsdex::bot::metrics

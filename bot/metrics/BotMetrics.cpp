// SPDX-License-Identifier: MIT
#include "metrics/BotMetrics.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <cmath>
#include <mutex>

namespace ballsdex::bot::metrics {
namespace {

using prometheus::Histogram;

Histogram::BucketBoundaries latencyBuckets()
{
    // 1 ms ... 10 s, like the original's asyncio_delay buckets.
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

Histogram::BucketBoundaries fastBuckets()
{
    return {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
}

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

struct BotMetrics::Families
{
    explicit Families(prometheus::Registry &registry)
        : caught(
            prometheus::BuildCounter()
                .Name("caught_cb_total")
                .Help("Countryballs caught, by country, special, guild size and spawn algorithm")
                .Register(registry))
        , guilds(prometheus::BuildGauge()
                     .Name("guilds")
                     .Help("Guilds the bot is in, by member-count bucket")
                     .Register(registry))
        , gatewayLatency(prometheus::BuildHistogram()
                             .Name("gateway_latency")
                             .Help("Gateway heartbeat latency in seconds, per shard")
                             .Register(registry))
        , eventLoopDelay(prometheus::BuildHistogram()
                             .Name("asyncio_delay")
                             .Help("Event-loop lag in seconds (name kept from the original)")
                             .Register(registry)
                             .Add({}, latencyBuckets()))
        , discordRequests(prometheus::BuildHistogram()
                              .Name("discord_http_requests")
                              .Help("Discord REST call durations in seconds, by route and status")
                              .Register(registry))
        , spawns(prometheus::BuildCounter()
                     .Name("ballsdex_spawns_total")
                     .Help("Spawn attempts, by outcome")
                     .Register(registry))
        , catchLatency(prometheus::BuildHistogram()
                           .Name("ballsdex_catch_latency_seconds")
                           .Help("From a correct guess to the instance being written")
                           .Register(registry)
                           .Add({}, fastBuckets()))
        , rateLimits(prometheus::BuildCounter()
                         .Name("ballsdex_discord_rate_limited_total")
                         .Help("429 answers from Discord, by route and scope")
                         .Register(registry))
        , rateLimitWait(prometheus::BuildHistogram()
                            .Name("ballsdex_discord_rate_limit_wait_seconds")
                            .Help("Retry-After Discord asked for")
                            .Register(registry)
                            .Add({}, latencyBuckets()))
        , transactions(prometheus::BuildHistogram()
                           .Name("ballsdex_db_transaction_seconds")
                           .Help("Database transaction durations, retries included, by outcome")
                           .Register(registry))
        , pool(prometheus::BuildGauge()
                   .Name("ballsdex_db_pool_connections")
                   .Help("Database connection pool: open, idle and capacity")
                   .Register(registry))
        , caches(prometheus::BuildGauge()
                     .Name("ballsdex_cache_entries")
                     .Help("Entries in the bot's in-memory caches")
                     .Register(registry))
        , interactions(prometheus::BuildCounter()
                           .Name("ballsdex_interactions_total")
                           .Help("Interactions received, by kind")
                           .Register(registry))
    {
    }

    prometheus::Family<prometheus::Counter> &caught;
    prometheus::Family<prometheus::Gauge> &guilds;
    prometheus::Family<Histogram> &gatewayLatency;
    Histogram &eventLoopDelay;
    prometheus::Family<Histogram> &discordRequests;
    prometheus::Family<prometheus::Counter> &spawns;
    Histogram &catchLatency;
    prometheus::Family<prometheus::Counter> &rateLimits;
    Histogram &rateLimitWait;
    prometheus::Family<Histogram> &transactions;
    prometheus::Family<prometheus::Gauge> &pool;
    prometheus::Family<prometheus::Gauge> &caches;
    prometheus::Family<prometheus::Counter> &interactions;
    std::mutex guildsMutex;
    QHash<QString, int> guildBuckets;
};

BotMetrics::BotMetrics()
    : m_registry(std::make_shared<prometheus::Registry>())
    , m_families(std::make_unique<Families>(*m_registry))
{
}

BotMetrics::~BotMetrics() = default;

std::shared_ptr<prometheus::Registry> BotMetrics::registry() const
{
    return m_registry;
}

QString BotMetrics::guildSizeBucket(int memberCount)
{
    const double members = std::max(memberCount - 1, 1);
    return QString::number(static_cast<qint64>(std::pow(10.0, std::ceil(std::log10(members)))));
}

void BotMetrics::caught(const QString &country, const QString &special, int guildMembers,
                        const QString &spawnAlgorithm)
{
    m_families->caught
        .Add({{"country", text(country)},
              {"special", text(special.isEmpty() ? QStringLiteral("None") : special)},
              {"guild_size", text(guildSizeBucket(guildMembers))},
              {"spawn_algo", text(spawnAlgorithm)}})
        .Increment();
}

void BotMetrics::setGuildsBySize(const QHash<QString, int> &countsBySizeBucket)
{
    const std::lock_guard lock(m_families->guildsMutex);
    // Buckets that emptied go to 0 rather than disappearing, so rate() and graphs stay continuous.
    for (auto it = m_families->guildBuckets.cbegin(); it != m_families->guildBuckets.cend(); ++it) {
        if (!countsBySizeBucket.contains(it.key()))
            m_families->guilds.Add({{"size", text(it.key())}}).Set(0);
    }
    for (auto it = countsBySizeBucket.cbegin(); it != countsBySizeBucket.cend(); ++it) {
        m_families->guilds.Add({{"size", text(it.key())}}).Set(it.value());
        m_families->guildBuckets.insert(it.key(), it.value());
    }
}

void BotMetrics::observeGatewayLatency(int shardId, std::chrono::milliseconds latency)
{
    m_families->gatewayLatency.Add({{"shard_id", std::to_string(shardId)}}, latencyBuckets())
        .Observe(std::chrono::duration<double>(latency).count());
}

void BotMetrics::observeEventLoopDelay(std::chrono::microseconds delay)
{
    m_families->eventLoopDelay.Observe(std::chrono::duration<double>(delay).count());
}

void BotMetrics::observeDiscordRequest(const QString &routeKey, int httpStatus,
                                       std::chrono::milliseconds elapsed)
{
    m_families->discordRequests
        .Add({{"key", text(routeKey)}, {"code", std::to_string(httpStatus)}}, latencyBuckets())
        .Observe(std::chrono::duration<double>(elapsed).count());
}

void BotMetrics::spawnAttempted(bool posted)
{
    m_families->spawns.Add({{"outcome", posted ? "posted" : "failed"}}).Increment();
}

void BotMetrics::observeCatchLatency(std::chrono::microseconds latency)
{
    m_families->catchLatency.Observe(std::chrono::duration<double>(latency).count());
}

void BotMetrics::rateLimited(const QString &routeKey, bool global, double retryAfterSeconds)
{
    m_families->rateLimits.Add({{"key", text(routeKey)}, {"scope", global ? "global" : "route"}})
        .Increment();
    m_families->rateLimitWait.Observe(retryAfterSeconds);
}

void BotMetrics::observeTransaction(std::chrono::nanoseconds duration, bool committed)
{
    m_families->transactions.Add({{"outcome", committed ? "committed" : "failed"}}, fastBuckets())
        .Observe(std::chrono::duration<double>(duration).count());
}

void BotMetrics::setPool(int open, int idle, int capacity)
{
    m_families->pool.Add({{"state", "open"}}).Set(open);
    m_families->pool.Add({{"state", "idle"}}).Set(idle);
    m_families->pool.Add({{"state", "capacity"}}).Set(capacity);
}

void BotMetrics::setCacheSize(const QString &cache, qint64 entries)
{
    m_families->caches.Add({{"cache", text(cache)}}).Set(static_cast<double>(entries));
}

void BotMetrics::interactionHandled(const QString &kind)
{
    m_families->interactions.Add({{"kind", text(kind)}}).Increment();
}

} // namespace ballsdex::bot::metrics

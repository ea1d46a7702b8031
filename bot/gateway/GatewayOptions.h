// SPDX-License-Identifier: MIT
#pragma once

#include "Intents.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <functional>

namespace ballsdex::gateway {

/// Delays the gateway waits for; production defaults, tests shrink them.
struct GatewayTiming
{
    int reconnectBaseMs = 1000; ///< first reconnect waits 0.5-1 x this, doubling per failure
    int reconnectMaxMs = 60'000; ///< cap of the doubling
    int invalidSessionMinMs = 1000; ///< op 9 d:false waits a random time in [min, max]
    int invalidSessionMaxMs = 5000;
    int identifyWindowMs = 5000; ///< one IDENTIFY per max_concurrency bucket per window
    int identifyMarginMs = 250; ///< added to the window against clock and network skew
    int closeTimeoutMs = 2000; ///< a close handshake that takes longer is aborted
    int helloTimeoutMs = 20'000; ///< no HELLO this long after connecting: reconnect
    int sendLimit = 120; ///< payloads per sendWindowMs per connection
    int sendWindowMs = 60'000;
    int heartbeatReserve = 10; ///< slots of sendLimit only heartbeats may use
    int discoveryAttempts = 5; ///< GET /gateway/bot tries before giving up
};

/// Everything the gateway needs; the bot maps its configuration onto this.
struct GatewayOptions
{
    QString token; ///< raw bot token, never logged
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://discord.com/api/v10"));
    /// Replaces the URL from /gateway/bot (a gateway proxy or a fake). With a fixed shardCount too,
    /// /gateway/bot is not called at all and maxConcurrency below is used.
    QUrl gatewayUrlOverride;
    std::uint64_t intents = intents::Default;
    int shardCount = 0; ///< 0 = the count recommended by /gateway/bot
    int shardFirst = 0; ///< this process runs shards [shardFirst, shardLast] of shardCount
    int shardLast = -1; ///< -1 = the last shard
    int maxConcurrency = 1; ///< used only when /gateway/bot is not called
    bool compress = true; ///< zlib-stream transport compression
    int largeThreshold = 250;
    QString os = QStringLiteral("linux");
    QString libraryName = QStringLiteral("ballsdex-cpp"); ///< properties.browser and .device
    QJsonObject presence; ///< initial presence for IDENTIFY; empty = none
    qint64 maxPayloadBytes = 64 * 1024 * 1024; ///< cap for one inflated or uncompressed message
    GatewayTiming timing;
    /// Uniform [0, 1) source for heartbeat and backoff jitter; unset = QRandomGenerator.
    std::function<double()> random;
};

} // namespace ballsdex::gateway

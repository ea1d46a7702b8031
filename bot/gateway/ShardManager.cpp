// SPDX-License-Identifier: MIT
#include "ShardManager.h"

#include "DispatchModels.h"
#include "GatewayLogging.h"
#include "GatewayShard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

namespace ballsdex::gateway {

ShardManager::ShardManager(GatewayOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_uptime.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ShardManager::fetchDiscovery);
}

ShardManager::~ShardManager() = default;

void ShardManager::start()
{
    if (!m_options.gatewayUrlOverride.isEmpty() && m_options.shardCount > 0) {
        GatewayBotInfo info;
        info.url = m_options.gatewayUrlOverride;
        info.shards = m_options.shardCount;
        info.sessionStartRemaining = std::numeric_limits<int>::max();
        info.sessionStartTotal = info.sessionStartRemaining;
        info.maxConcurrency = std::max(m_options.maxConcurrency, 1);
        startWith(info);
        return;
    }
    fetchDiscovery();
}

void ShardManager::fetchDiscovery()
{
    ++m_discoveryAttempts;
    QUrl url = m_options.apiBaseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/gateway/bot"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bot " + m_options.token.toUtf8());
    request.setRawHeader("User-Agent",
                         "DiscordBot (https://github.com/Ballsdex-Team, " BALLSDEX_VERSION ")");
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDiscoveryFinished(reply); });
}

void ShardManager::onDiscoveryFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_shuttingDown)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401) {
        failStartup(QStringLiteral("GET /gateway/bot was refused (401): the bot token is invalid"));
        return;
    }
    if (status == 200) {
        auto info = parseGatewayBot(reply->readAll());
        if (info) {
            startWith(*info);
            return;
        }
        qCWarning(lcGateway, "%s", qUtf8Printable(info.error()));
    } else {
        qCWarning(lcGateway, "GET /gateway/bot failed (HTTP %d): %s", status,
                  qUtf8Printable(reply->errorString()));
    }
    if (m_discoveryAttempts >= m_options.timing.discoveryAttempts) {
        failStartup(
            QStringLiteral("GET /gateway/bot failed %1 times; giving up").arg(m_discoveryAttempts));
        return;
    }
    const int delay
        = std::min(m_options.timing.reconnectBaseMs << std::min(m_discoveryAttempts, 10),
                   m_options.timing.reconnectMaxMs);
    m_retryTimer.start(delay);
}

void ShardManager::failStartup(const QString &message)
{
    m_fatal = true;
    qCCritical(lcGateway, "cannot start the gateway: %s", qUtf8Printable(message));
    Q_EMIT fatalError(0, message);
}

void ShardManager::startWith(const GatewayBotInfo &info)
{
    m_info = info;
    if (!m_options.gatewayUrlOverride.isEmpty())
        m_info.url = m_options.gatewayUrlOverride;
    const int total = m_options.shardCount > 0 ? m_options.shardCount : info.shards;
    const auto range = resolveShardRange(m_options.shardFirst, m_options.shardLast, total);
    if (!range) {
        failStartup(range.error());
        return;
    }
    m_range = *range;
    if (const auto guard = startupGuardFailure(m_info, m_range.size())) {
        failStartup(*guard);
        return;
    }
    const int window = m_options.timing.identifyWindowMs > 0
        ? m_options.timing.identifyWindowMs + m_options.timing.identifyMarginMs
        : 0;
    m_scheduler = std::make_unique<IdentifyScheduler>(m_info.maxConcurrency, window);
    qCInfo(lcGateway, "starting shards %d..%d of %d (max_concurrency %d)", m_range.first,
           m_range.last, m_range.total, m_info.maxConcurrency);
    for (int id = m_range.first; id <= m_range.last; ++id) {
        auto *shard = new GatewayShard(m_options, id, m_range.total, this);
        shard->setGatewayUrl(m_info.url);
        shard->setIdentifyGate([this](int shardId) {
            const qint64 now = m_uptime.elapsed();
            return m_scheduler->reserve(shardId, now) - now;
        });
        connect(shard, &GatewayShard::dispatchReceived, this, &ShardManager::onShardDispatch);
        connect(shard, &GatewayShard::sessionReady, this, [this](int shardId) {
            Q_EMIT shardReady(shardId);
            ++m_everReady;
            if (!m_allReadyEmitted && m_everReady >= m_range.size()) {
                m_allReadyEmitted = true;
                qCInfo(lcGateway, "all %d shards are ready", m_range.size());
                Q_EMIT allShardsReady();
            }
        });
        connect(shard, &GatewayShard::sessionResumed, this, &ShardManager::shardResumed);
        connect(shard, &GatewayShard::fatalError, this, &ShardManager::onShardFatal);
        connect(shard, &GatewayShard::stopped, this, &ShardManager::onShardStopped);
        m_shards.insert(id, shard);
        m_guilds.insert(id, GuildTracker());
    }
    for (GatewayShard *shard : std::as_const(m_shards))
        shard->start();
}

void ShardManager::shutdown()
{
    m_shuttingDown = true;
    m_retryTimer.stop();
    if (m_shards.isEmpty()) {
        Q_EMIT stopped();
        return;
    }
    for (GatewayShard *shard : std::as_const(m_shards))
        shard->shutdown();
}

void ShardManager::onShardStopped(int)
{
    ++m_stoppedShards;
    if (m_stoppedShards >= m_shards.size())
        Q_EMIT stopped();
}

void ShardManager::onShardFatal(int shardId, int closeCode, const QString &message)
{
    if (m_fatal)
        return;
    m_fatal = true;
    qCCritical(lcGateway, "shard %d stopped the bot: %s", shardId, qUtf8Printable(message));
    for (GatewayShard *shard : std::as_const(m_shards))
        shard->shutdown();
    Q_EMIT fatalError(closeCode, message);
}

void ShardManager::onShardDispatch(const GatewayEvent &event)
{
    Q_EMIT dispatchReceived(event);
    GuildTracker &tracker = m_guilds[event.shardId()];
    switch (event.type()) {
    case DispatchType::Ready:
        if (const auto ready = parseReady(event.data()))
            tracker.onReady(ready->guildIds);
        break;
    case DispatchType::GuildCreate:
        if (const auto guild = parseGuildAvailability(event))
            Q_EMIT guildChanged(guild->guildId,
                                tracker.onGuildCreate(guild->guildId, guild->unavailable),
                                event.shardId());
        break;
    case DispatchType::GuildDelete:
        if (const auto guild = parseGuildAvailability(event))
            Q_EMIT guildChanged(guild->guildId,
                                tracker.onGuildDelete(guild->guildId, guild->unavailable),
                                event.shardId());
        break;
    default:
        break;
    }
}

GatewayShard *ShardManager::shard(int shardId) const
{
    return m_shards.value(shardId, nullptr);
}

QList<GatewayShard *> ShardManager::shards() const
{
    return m_shards.values();
}

int ShardManager::shardIdForGuild(domain::Snowflake guildId) const
{
    return gateway::shardForGuild(guildId, m_range.total);
}

GatewayShard *ShardManager::shardForGuild(domain::Snowflake guildId) const
{
    return shard(shardIdForGuild(guildId));
}

int ShardManager::readyShardCount() const
{
    return int(std::count_if(m_shards.cbegin(), m_shards.cend(),
                             [](const GatewayShard *shard) { return shard->isReady(); }));
}

bool ShardManager::isReady() const
{
    return !m_shards.isEmpty() && readyShardCount() == m_shards.size();
}

bool ShardManager::isGuildAvailable(domain::Snowflake guildId) const
{
    const auto found = m_guilds.constFind(shardIdForGuild(guildId));
    return found != m_guilds.cend() && found->isAvailable(guildId);
}

int ShardManager::guildCount() const
{
    int count = 0;
    for (const GuildTracker &tracker : m_guilds)
        count += tracker.availableCount();
    return count;
}

} // namespace ballsdex::gateway

// SPDX-License-Identifier: MIT
#include "app/DiscordRuntime.h"

#include "app/CommandSyncStore.h"
#include "app/GameWorld.h"
#include "app/MetricsRuntime.h"
#include "discord/DiscordApi.h"
#include "discord/RestClient.h"
#include "discord/WebhookClient.h"
#include "features/balls/BallsCommands.h"
#include "features/collection/CollectionCommands.h"
#include "features/config/ConfigCommands.h"
#include "features/countryballs/CountryballsFeature.h"
#include "features/donation/DonationCommand.h"
#include "features/info/InfoCommands.h"
#include "features/player/PlayerCommands.h"
#include "features/player/RestDirectMessages.h"
#include "features/system/SystemCommands.h"
#include "gateway/GatewayEvent.h"
#include "gateway/GatewayShard.h"
#include "gateway/ShardManager.h"
#include "interactions/CommandSync.h"
#include "interactions/CommandTree.h"
#include "interactions/InteractionRouter.h"
#include "interactions/RestInteractionTransport.h"
#include "interactions/Scheduler.h"
#include "interactions/ViewRegistry.h"
#include "render/CardRenderer.h"
#include "render/ImageSource.h"
#include "services/BlacklistCache.h"
#include "services/CatalogueCache.h"
#include "services/CatalogueWatcher.h"
#include "services/GuildSpawnChannels.h"
#include "services/ModerationLog.h"
#include "services/StaffDirectory.h"
#include "services/StudioLoginPublisher.h"
#include "storage/BotStateRepository.h"
#include "storage/Database.h"
#include "storage/StatsRepository.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QCoroSignal>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ballsdex::bot {
namespace {

const QUrl discordGatewayUrl(QStringLiteral("wss://gateway.discord.gg"));

gateway::GatewayOptions gatewayOptions(const config::Settings &settings)
{
    gateway::GatewayOptions options;
    options.token = settings.discord.token;
    options.apiBaseUrl = settings.discord.apiUrl;
    if (settings.discord.gatewayUrl != discordGatewayUrl)
        options.gatewayUrlOverride = settings.discord.gatewayUrl;
    if (!settings.discord.messageContentIntent)
        options.intents &= ~gateway::intents::MessageContent;
    options.shardCount = settings.discord.shardCount.value_or(0);
    if (settings.discord.shardIds && !settings.discord.shardIds->isEmpty()) {
        const QList<int> &ids = *settings.discord.shardIds;
        options.shardFirst = *std::min_element(ids.cbegin(), ids.cend());
        options.shardLast = *std::max_element(ids.cbegin(), ids.cend());
    }
    options.libraryName = QStringLiteral("ballsdex-cpp");
    return options;
}

/// A plain line that pings nobody (built outside coroutines: GCC 12 mishandles braced Qt
/// containers in coroutine bodies).
QJsonObject logChannelMessage(const QString &line)
{
    return QJsonObject {{QStringLiteral("content"), line.left(2000)},
                        {QStringLiteral("allowed_mentions"),
                         QJsonObject {{QStringLiteral("parse"), QJsonArray {}}}}};
}

discord::RestClient::Options restOptions(const config::Settings &settings)
{
    discord::RestClient::Options options;
    options.baseUrl = settings.discord.apiUrl;
    options.userAgentVersion = QStringLiteral(BALLSDEX_VERSION);
    return options;
}

} // namespace

struct DiscordRuntime::Parts
{
    Parts(const config::Settings &settings, storage::Database &database)
        : rest(settings.discord.token, restOptions(settings))
        , api(rest)
        , transport(api)
        , botState(database)
        , syncStore(botState)
        , shards(gatewayOptions(settings))
        , router(tree, transport, scheduler, clock, routerOptions(settings))
        , sync(tree, transport, syncStore)
        , catalogue(database)
        , blacklist(database)
        , spawnChannels(database)
        , stats(database)
        , world(catalogue, blacklist, spawnChannels, settings.mediaDirectory)
        , countryballs(world, countryballsSettings(settings), database, api, router,
                       spawnRules(settings))
        , views(router, transport, scheduler, clock)
        , renderer(std::make_shared<render::CardRenderer>(
              std::make_shared<render::MediaDirectory>(settings.mediaDirectory)))
        , staff(staffRules(settings))
        , studioLogin(database)
        , directMessages(api)
    {
    }

    static services::StaffDirectory::Rules staffRules(const config::Settings &settings)
    {
        services::StaffDirectory::Rules rules;
        rules.adminGuildIds = settings.adminCommand.guildIds;
        rules.rootRoleIds = settings.adminCommand.rootRoleIds;
        rules.adminRoleIds = settings.adminCommand.adminRoleIds;
        rules.adminChannelIds = settings.adminCommand.adminChannelIds;
        rules.coOwners = settings.owners.coOwners;
        rules.teamMembersAreOwners = settings.owners.teamMembersAreOwners;
        return rules;
    }

    static interactions::RouterOptions routerOptions(const config::Settings &settings)
    {
        interactions::RouterOptions options;
        if (!settings.discord.interactionTimeCheck)
            options.dropOlderThan = std::chrono::milliseconds::zero();
        return options;
    }

    discord::RestClient rest;
    discord::DiscordApi api;
    interactions::RestInteractionTransport transport;
    storage::BotStateRepository botState;
    CommandSyncStore syncStore;
    gateway::ShardManager shards;
    interactions::CommandTree tree;
    interactions::QtScheduler scheduler;
    util::SystemClock clock;
    interactions::InteractionRouter router;
    interactions::CommandSync sync;
    services::CatalogueCache catalogue;
    services::BlacklistCache blacklist;
    services::GuildSpawnChannels spawnChannels;
    storage::StatsRepository stats;
    GameWorld world;
    ::ballsdex::features::countryballs::CountryballsFeature countryballs;
    interactions::ViewRegistry views;
    std::shared_ptr<const render::CardRenderer> renderer;
    services::StaffDirectory staff;
    services::StudioLoginPublisher studioLogin; ///< bot_state "studio.login", once owners are known
    features::RestDirectMessages directMessages;
    std::unique_ptr<discord::WebhookClient> moderationWebhook; ///< admin-panel.webhook-url
    std::unique_ptr<services::ModerationLog> moderationLog; ///< log-channel and/or webhook
    /// Catalogue edits made elsewhere (Studio) reload the catalogue without a restart.
    std::unique_ptr<services::CatalogueWatcher> catalogueWatcher;
};

DiscordRuntime::DiscordRuntime(const config::Settings &settings, storage::Database &database,
                               MetricsRuntime *metrics, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_database(database)
    , m_parts(std::make_unique<Parts>(settings, database))
{
    gateway::ShardManager &manager = m_parts->shards;
    connect(&manager, &gateway::ShardManager::dispatchReceived, this,
            [this](const gateway::GatewayEvent &event) {
                m_parts->world.observe(event);
                if (event.type() == gateway::DispatchType::InteractionCreate)
                    m_parts->router.handle(event.data());
                else
                    m_parts->countryballs.onDispatch(event);
            });
    connect(&manager, &gateway::ShardManager::fatalError, this,
            [this](int closeCode, const QString &message) {
                qCCritical(lcBot).noquote() << "Discord gateway stopped for good (close code"
                                            << closeCode << "):" << message;
                m_exitStatus = 1;
            });
    connect(&manager, &gateway::ShardManager::allShardsReady, this, [this] {
        qCInfo(lcBot) << "All" << m_parts->shards.shards().size() << "shard(s) are ready";
        Q_EMIT ready();
    });
    connect(&m_parts->rest, &discord::RestClient::unauthorized, this, [this] {
        qCCritical(lcBot) << "Discord refused the bot token (401); stopping. Check discord-token.";
        m_exitStatus = 1;
        shutdown();
    });

    m_parts->router.setGate([this](const interactions::Interaction &interaction) {
        const gateway::ShardManager &shards = m_parts->shards;
        if (!shards.isReady()) {
            const int total = std::max(1, int(shards.shards().size()));
            return interactions::GateDecision::refuse(
                QStringLiteral(
                    "The bot is currently starting, please wait for a few minutes... (%1%)")
                    .arg(shards.readyShardCount() * 100 / total));
        }
        const QString invite = m_settings.about.discordInvite;
        if (m_parts->blacklist.isUserBlacklisted(interaction.user.id)) {
            return interactions::GateDecision::refuse(
                QStringLiteral("You are blacklisted from the bot. You can appeal in our support "
                               "server: %1")
                    .arg(invite));
        }
        if (interaction.guildId && m_parts->blacklist.isGuildBlacklisted(*interaction.guildId)) {
            return interactions::GateDecision::refuse(
                QStringLiteral("This server is blacklisted from the bot. You can appeal in our "
                               "support server: %1")
                    .arg(invite));
        }
        return interactions::GateDecision::allow();
    });
    registerCommands();
    if (settings.logChannel || !settings.adminPanel.webhookUrl.isEmpty())
        startModerationLog(settings.logChannel, settings.adminPanel.webhookUrl);
    if (metrics)
        attachMetrics(*metrics);
}

DiscordRuntime::~DiscordRuntime() = default;

void DiscordRuntime::startModerationLog(std::optional<domain::Snowflake> channelId,
                                        const QString &webhookUrl)
{
    if (!webhookUrl.isEmpty()) {
        discord::WebhookClient::Options options;
        options.username = QStringLiteral("BallsDex admin panel");
        m_parts->moderationWebhook
            = std::make_unique<discord::WebhookClient>(QUrl(webhookUrl), options);
    }
    discord::DiscordApi &api = m_parts->api;
    discord::WebhookClient *webhook = m_parts->moderationWebhook.get();
    auto poster = [&api, channelId, webhook](QString line) -> QCoro::Task<bool> {
        if (webhook)
            webhook->post(line); // queued; it reports its own failures
        if (!channelId)
            co_return true;
        auto sending = api.createMessage(*channelId, logChannelMessage(line));
        const discord::RestResult sent = co_await sending;
        if (!sent)
            qCWarning(lcBot).noquote()
                << "Cannot post to the log channel" << *channelId << ":" << sent.error().toString();
        co_return bool(sent);
    };
    m_parts->moderationLog = std::make_unique<services::ModerationLog>(m_database, poster);
    services::ModerationLog *log = m_parts->moderationLog.get();
    connect(&m_parts->blacklist, &services::BlacklistCache::entryChanged, log,
            [log](domain::BlacklistTarget target, qint64 id, bool blacklisted) {
                log->blacklistChanged(target, id, blacklisted);
            });
}

void DiscordRuntime::attachMetrics(MetricsRuntime &metrics)
{
    metrics::BotMetrics &families = metrics.metrics();
    connect(&m_parts->rest, &discord::RestClient::requestFinished, this,
            [&families](const QString &routeKey, int status, qint64 elapsedMs) {
                families.observeDiscordRequest(routeKey, status,
                                               std::chrono::milliseconds(elapsedMs));
            });
    connect(&m_parts->rest, &discord::RestClient::rateLimited, this,
            [&families](const QString &routeKey, double retryAfter, bool global) {
                families.rateLimited(routeKey, global, retryAfter);
            });
    ::ballsdex::features::countryballs::SpawnService &spawns = m_parts->countryballs.spawns();
    connect(&spawns, &::ballsdex::features::countryballs::SpawnService::spawned, this,
            [&families] { families.spawnAttempted(true); });
    connect(&spawns, &::ballsdex::features::countryballs::SpawnService::spawnFailed, this,
            [&families] { families.spawnAttempted(false); });
    connect(&spawns, &::ballsdex::features::countryballs::SpawnService::caught, this,
            [this, &families](const QString &country, const QString &special, qint64 guildId,
                              qint64 latencyMicros) {
                families.observeCatchLatency(std::chrono::microseconds(latencyMicros));
                const int members = m_parts->world.memberCount(guildId);
                if (members > 0)
                    families.caught(country, special, members, QStringLiteral("default"));
            });
    metrics.addSampler([this](metrics::BotMetrics &sink) {
        for (const gateway::GatewayShard *shard : m_parts->shards.shards()) {
            if (shard->latencyMs() >= 0)
                sink.observeGatewayLatency(shard->shardId(),
                                           std::chrono::milliseconds(shard->latencyMs()));
        }
        QHash<QString, int> bySize;
        const QHash<domain::Snowflake, int> &members = m_parts->world.memberCounts();
        for (const int count : members)
            ++bySize[metrics::BotMetrics::guildSizeBucket(count)];
        sink.setGuildsBySize(bySize);
        sink.setCacheSize(QStringLiteral("enabled_balls"),
                          qint64(m_parts->catalogue.enabledBalls().size()));
        sink.setCacheSize(QStringLiteral("blacklisted_users"), m_parts->blacklist.userCount());
        sink.setCacheSize(QStringLiteral("blacklisted_guilds"), m_parts->blacklist.guildCount());
        sink.setCacheSize(QStringLiteral("spawn_channels"), m_parts->spawnChannels.size());
        sink.setCacheSize(QStringLiteral("open_views"), qint64(m_parts->views.activeCount()));
    });
}

void DiscordRuntime::registerCommands()
{
    interactions::CommandTree &tree = m_parts->tree;
    const auto report = [](const Result<void, interactions::CommandSpecError> &added) {
        if (!added)
            qCCritical(lcBot).noquote()
                << "Invalid command declaration:" << added.error().toString();
    };

    const features::SystemCommands system {[this]() -> qint64 {
                                               const auto shards = m_parts->shards.shards();
                                               return shards.isEmpty()
                                                   ? -1
                                                   : shards.first()->latencyMs();
                                           },
                                           m_settings.botName};
    report(system.registerInto(tree));

    const features::ConfigCommands config({m_settings.botName, m_settings.pluralCollectibleName,
                                           m_settings.about.termsOfService,
                                           m_settings.about.privacyPolicy},
                                          m_database, m_parts->spawnChannels);
    report(config.registerInto(tree));

    const features::BallsCommands balls(
        {m_settings.playersGroupCogName, m_settings.collectibleName,
         m_settings.pluralCollectibleName, m_settings.favoritedCollectibleEmoji},
        m_database, m_parts->catalogue, m_parts->renderer, m_parts->views, m_parts->staff);
    const features::CollectionCommands collection(
        {m_settings.botName, m_settings.collectibleName, m_settings.pluralCollectibleName,
         m_settings.maxFavorites, m_settings.favoritedCollectibleEmoji},
        m_database, m_parts->catalogue, m_parts->staff, m_parts->views);
    std::vector<interactions::CommandSpec> ballsSubcommands = collection.subcommands();
    ballsSubcommands.push_back(features::DonationCommand::giveCommand(
        {m_database, m_parts->catalogue, m_parts->blacklist, m_parts->views, m_parts->scheduler},
        {m_settings.collectibleName, m_settings.favoritedCollectibleEmoji}));
    report(balls.registerInto(tree, std::move(ballsSubcommands)));

    // Discord's upload limit for bots outside boosted servers.
    constexpr qint64 directMessageUploadLimit = 10 * 1024 * 1024;
    const features::PlayerCommands player({m_settings.botName, m_settings.pluralCollectibleName},
                                          m_database, m_parts->blacklist, m_parts->views,
                                          m_parts->directMessages, directMessageUploadLimit);
    report(player.registerInto(tree));

    features::InfoCommands info;
    info.botName = m_settings.botName;
    info.version = QStringLiteral(BALLSDEX_VERSION);
    info.collectiblesName = m_settings.pluralCollectibleName;
    info.description = m_settings.about.description;
    info.githubLink = m_settings.about.githubLink;
    info.discordInvite = m_settings.about.discordInvite;
    info.termsOfService = m_settings.about.termsOfService;
    info.privacyPolicy = m_settings.about.privacyPolicy;
    info.startedAt = QDateTime::currentDateTimeUtc();
    info.facts = [this] {
        return aboutFacts();
    };
    info.sync = &m_parts->sync;
    report(info.registerInto(tree));
}

QCoro::Task<features::AboutFacts> DiscordRuntime::aboutFacts()
{
    features::AboutFacts facts;
    facts.enabledCollectibles = int(m_parts->catalogue.enabledBalls().size());
    facts.guilds = m_parts->shards.guildCount();
    const auto estimates = co_await m_parts->stats.estimates();
    if (estimates) {
        facts.players = estimates->players;
        facts.instances = estimates->instances;
    }
    co_return facts;
}

QCoro::Task<bool> DiscordRuntime::reloadCaches()
{
    const auto catalogue = co_await m_parts->catalogue.reload();
    const auto blacklist = co_await m_parts->blacklist.reload();
    const auto channels = co_await m_parts->spawnChannels.load();
    bool complete = true;
    for (const auto *loaded : {&catalogue, &blacklist, &channels}) {
        if (!*loaded) {
            qCWarning(lcBot).noquote()
                << "Reload incomplete, keeping the previous data:" << loaded->error().message;
            complete = false;
        }
    }
    if (complete)
        qCInfo(lcBot) << "Reloaded" << m_parts->catalogue.enabledBalls().size() << "enabled balls,"
                      << m_parts->blacklist.userCount() << "blacklisted users,"
                      << m_parts->blacklist.guildCount() << "blacklisted guilds,"
                      << m_parts->spawnChannels.size() << "spawn channels";
    if (m_parts->api.applicationId() != 0)
        co_await publishStudioLogin();
    co_return complete;
}

QCoro::Task<void> DiscordRuntime::reloadCatalogue()
{
    const auto reloaded = co_await m_parts->catalogue.reload();
    if (!reloaded) {
        qCWarning(lcBot).noquote() << "The catalogue changed in the database but cannot be read:"
                                   << reloaded.error().message;
        co_return;
    }
    qCInfo(lcBot) << "The catalogue changed in the database; now"
                  << m_parts->catalogue.enabledBalls().size() << "enabled balls";
}

QCoro::Task<bool> DiscordRuntime::loadCaches()
{
    storage::NotificationListener::Options listening;
    listening.conninfo = m_database.options().conninfo;
    m_parts->blacklist.startListening(listening);
    m_parts->catalogueWatcher
        = std::make_unique<services::CatalogueWatcher>(m_database.options().conninfo);
    connect(m_parts->catalogueWatcher.get(), &services::CatalogueWatcher::changed, this,
            [this] { reloadCatalogue(); });
    m_parts->catalogueWatcher->start();
    const auto catalogue = co_await m_parts->catalogue.reload();
    const auto blacklist = co_await m_parts->blacklist.reload();
    const auto channels = co_await m_parts->spawnChannels.load();
    for (const auto *loaded : {&catalogue, &blacklist, &channels}) {
        if (!*loaded) {
            qCCritical(lcBot).noquote()
                << "Cannot load the game caches:" << loaded->error().message;
            co_return false;
        }
    }
    qCInfo(lcBot) << "Loaded" << m_parts->catalogue.enabledBalls().size() << "enabled balls,"
                  << m_parts->blacklist.userCount() << "blacklisted users,"
                  << m_parts->blacklist.guildCount() << "blacklisted guilds,"
                  << m_parts->spawnChannels.size() << "spawn channels";
    co_return true;
}

QCoro::Task<int> DiscordRuntime::run()
{
    if (!co_await loadCaches())
        co_return 1;
    if (!co_await identifyApplication())
        co_return 1;
    if (m_settings.discord.syncCommandsOnStart)
        co_await syncCommands();
    if (m_stopping)
        co_return m_exitStatus;

    startGateway();
    co_await qCoro(&m_parts->shards, &gateway::ShardManager::stopped);
    qCInfo(lcBot) << "Disconnected from Discord";
    if (m_parts->router.inFlight() > 0) {
        qCInfo(lcBot) << "Finishing" << m_parts->router.inFlight() << "interaction(s) in progress";
        const auto drained = co_await qCoro(
            &m_parts->router, &interactions::InteractionRouter::drained, std::chrono::seconds(8));
        if (!drained) {
            qCWarning(lcBot) << m_parts->router.inFlight()
                             << "interaction(s) did not finish in time";
        }
    }
    co_return m_exitStatus;
}

void DiscordRuntime::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcBot) << "Shutting down: closing the gateway";
    m_parts->shards.shutdown();
}

QCoro::Task<bool> DiscordRuntime::identifyApplication()
{
    const discord::RestResult application = co_await m_parts->api.currentApplication();
    if (!application) {
        qCCritical(lcBot).noquote() << "Cannot read the Discord application behind the token:"
                                    << application.error().toString();
        co_return false;
    }
    const QJsonObject object = application->object();
    const qint64 id = object.value(QStringLiteral("id")).toString().toLongLong();
    if (id <= 0) {
        qCCritical(lcBot) << "Discord answered GET /applications/@me without an application id";
        co_return false;
    }
    m_parts->api.setApplicationId(id);
    m_parts->staff.setApplication(object);
    qCInfo(lcBot).noquote() << "Logged in as application"
                            << object.value(QStringLiteral("name")).toString() << id;
    co_await publishStudioLogin();
    co_return true;
}

QCoro::Task<void> DiscordRuntime::publishStudioLogin()
{
    const domain::StudioLoginSettings login
        = services::StudioLoginPublisher::loginSettings(m_settings, m_parts->staff);
    co_await m_parts->studioLogin.publish(login);
}

QCoro::Task<void> DiscordRuntime::syncCommands()
{
    co_await m_parts->syncStore.preload();
    const QList<interactions::SyncOutcome> outcomes = co_await m_parts->sync.sync(
        m_parts->api.applicationId(), m_settings.adminCommand.guildIds);
    for (const interactions::SyncOutcome &outcome : outcomes) {
        if (outcome.error) {
            qCWarning(lcBot).noquote() << "Slash command sync failed for" << outcome.key << ":"
                                       << outcome.error->toString();
        } else {
            qCInfo(lcBot).noquote() << "Slash commands" << outcome.key
                                    << (outcome.pushed ? "pushed to Discord" : "unchanged");
        }
    }
}

void DiscordRuntime::startGateway()
{
    m_parts->shards.start();
}

} // namespace ballsdex::bot

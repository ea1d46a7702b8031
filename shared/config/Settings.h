// SPDX-License-Identifier: MIT
#pragma once

#include "config/DatabaseUrl.h"
#include "domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ballsdex::config {

enum class LogLevel { Debug, Info, Warning, Error, Critical };

struct DiscordSettings
{
    QString token;
    /// Where the token came from ("discord-token", "discord-token-file", "BALLSDEXBOT_TOKEN", ...).
    QString tokenSource;
    QString tokenFile;
    QUrl apiUrl {QStringLiteral("https://discord.com/api/v10")};
    QUrl gatewayUrl {QStringLiteral("wss://gateway.discord.gg")};
    /// nullopt = ask Discord (GET /gateway/bot) for the recommended count.
    std::optional<int> shardCount;
    /// nullopt = every shard of shardCount; otherwise the shards this process runs.
    std::optional<QList<int>> shardIds;
    bool messageContentIntent = true;
    bool interactionTimeCheck = true;
    bool syncCommandsOnStart = true;

    [[nodiscard]] bool hasToken() const { return !token.isEmpty(); }
};

struct DatabaseSettings
{
    DatabaseUrl url;
    /// "BALLSDEXBOT_DB_URL", "DATABASE_URL", "database-url", ... or empty when none is configured.
    QString urlSource;
    int poolSize = 4;
    int connectTimeoutSeconds = 10;
    int connectRetries = 5;
    int connectRetryDelaySeconds = 2;
    bool migrateOnStart = true;
    /// `run` only: without a database URL, or with PostgreSQL not answering, keep retrying (re-reading
    /// the config file) instead of exiting — for services installed before their database.
    bool waitForDatabase = false;

    [[nodiscard]] bool hasUrl() const { return !url.isEmpty(); }
};

struct PrometheusSettings
{
    bool enabled = false;
    QString host = QStringLiteral("0.0.0.0");
    int port = 15260; ///< 0 picks a free port (tests)
    /// Refuse to start when the port cannot be bound; otherwise log an error and run without.
    bool required = false;
};

struct LoggingSettings
{
    LogLevel level = LogLevel::Info;
    bool json = false;
    /// Rotating log file (absolute after loading); empty = console only.
    QString file = QStringLiteral("ballsdex.log");
    qint64 fileMaxBytes = 2097152;
    int fileBackups = 8;
};

struct AboutSettings
{
    QString description
        = QStringLiteral("Collect countryballs on Discord, made by the BallsDex Team!");
    QString githubLink = QStringLiteral("https://github.com/laggron42/BallsDex-DiscordBot");
    QString discordInvite = QStringLiteral("https://discord.gg/ballsdex");
    QString termsOfService
        = QStringLiteral("https://gist.github.com/laggron42/52ae099c55c6ee1320a260b0a3ecac4e");
    QString privacyPolicy
        = QStringLiteral("https://gist.github.com/laggron42/1eaa122013120cdfcc6d27f9485fe0bf");
};

struct AdminCommandSettings
{
    QList<domain::Snowflake> guildIds;
    QList<domain::Snowflake> rootRoleIds;
    QList<domain::Snowflake> adminRoleIds;
    /// Members may edit the catalogue in Studio (balls, regimes, economies, specials, packs).
    QList<domain::Snowflake> artistRoleIds;
    QList<domain::Snowflake> adminChannelIds;
};

struct OwnersSettings
{
    bool teamMembersAreOwners = false;
    QList<domain::Snowflake> coOwners;
};

struct CatchSettings
{
    QString buttonLabel = QStringLiteral("Catch me!");
    QStringList caughtMessages {QStringLiteral("{user} You caught **{ball}**!")};
    QStringList wrongMessages {QStringLiteral("{user} Wrong name! You wrote: {wrong}")};
    QStringList spawnMessages {QStringLiteral("A wild {collectible} appeared!")};
    QStringList slowMessages {
        QStringLiteral("{user} Sorry, this {collectible} was caught already!")};
};

/// Tunables of the default spawn manager (bot-features.md §2.2); defaults are the original's.
struct SpawnSettings
{
    int chanceMin = 40;
    int chanceMax = 55;
    QString manager = QStringLiteral("default");
    int minCycleSeconds = 600;
    int messageCooldownSeconds = 10;
    int messageCacheSize = 100;
    int minDistinctAuthors = 4;
    double maxAuthorShare = 0.4;
    int shortMessageLength = 5;
    double penaltyMultiplier = 0.5;
    int catchTimeoutSeconds = 180;
    /// Points per minute by member count: < 5, 5–99, 100–999, ≥ 1000.
    double timeFactorTiny = 0.1;
    double timeFactorSmall = 0.8;
    double timeFactorMedium = 0.5;
    double timeFactorLarge = 0.2;
};

struct AdminPanelSettings
{
    std::optional<domain::Snowflake> clientId;
    QString clientSecret;
    QString webhookUrl;
    /// Base of "View online" links; empty disables them.
    QString url = QStringLiteral("http://localhost:8000");
};

struct SentrySettings
{
    QString dsn;
    QString environment = QStringLiteral("production");
};

struct Settings
{
    /// Absolute path of the file the settings were read from.
    QString configFile;

    DiscordSettings discord;
    DatabaseSettings database;
    PrometheusSettings prometheus;
    LoggingSettings logging;
    AboutSettings about;
    AdminCommandSettings adminCommand;
    OwnersSettings owners;
    CatchSettings catchSettings;
    SpawnSettings spawn;
    AdminPanelSettings adminPanel;
    SentrySettings sentry;

    QString textPrefix = QStringLiteral("b.");
    QString collectibleName = QStringLiteral("countryball");
    /// Empty in the file means collectibleName + "s"; the loader resolves it.
    QString pluralCollectibleName = QStringLiteral("countryballs");
    QString botName = QStringLiteral("BallsDex");
    QString playersGroupCogName = QStringLiteral("balls");
    QString favoritedCollectibleEmoji = QStringLiteral("\u2764\uFE0F");
    int maxFavorites = 50;
    int maxAttackBonus = 20;
    int maxHealthBonus = 20;
    bool showRarity = false;
    std::optional<domain::Snowflake> logChannel;
    QStringList packages {QStringLiteral("admin"),  QStringLiteral("balls"),
                          QStringLiteral("config"), QStringLiteral("countryballs"),
                          QStringLiteral("info"),   QStringLiteral("players"),
                          QStringLiteral("trade")};
    /// Directory holding uploaded images (ball art, emojis, backgrounds); absolute after loading.
    QString mediaDirectory = QStringLiteral("media");
};

QString logLevelName(LogLevel level);

} // namespace ballsdex::config

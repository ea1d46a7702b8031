// SPDX-License-Identifier: MIT
#include "KeyRegistry.h"

#include "KeyFactories.h"
#include "TextDistance.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace ballsdex::config {

namespace {

using domain::Snowflake;

const QStringList kPackages {QStringLiteral("admin"),  QStringLiteral("balls"),
                             QStringLiteral("config"), QStringLiteral("countryballs"),
                             QStringLiteral("info"),   QStringLiteral("players"),
                             QStringLiteral("trade")};
const QString kPythonSpawnManager
    = QStringLiteral("ballsdex.packages.countryballs.spawn.SpawnManager");

KeyBinding packagesKey()
{
    KeyInfo info = makeInfo("packages", ValueKind::StringList,
                            "Modules loaded at startup. The Python bot's dotted names "
                            "(ballsdex.packages.admin) are accepted.");
    info.allowedValues = kPackages;
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                const auto value = parseStringList(v, r);
                if (!value)
                    return;
                QStringList packages;
                for (std::size_t i = 0; i < v.items.size(); ++i) {
                    QString name = value->at(static_cast<qsizetype>(i)).trimmed();
                    name.remove(QRegularExpression(QStringLiteral("^ballsdex\\.packages\\.")));
                    if (!kPackages.contains(name)) {
                        const auto suggestion = closestMatch(name, kPackages);
                        r.error(
                            v.items[i].location,
                            QStringLiteral("`%1` is not a package of this bot; use some of %2%3")
                                .arg(name, kPackages.join(QStringLiteral(", ")),
                                     suggestion
                                         ? QStringLiteral(" (did you mean `%1`?)").arg(*suggestion)
                                         : QString()));
                        continue;
                    }
                    if (!packages.contains(name))
                        packages.append(name);
                }
                s.packages = packages;
            },
            [](const Settings &s) {
                return jsonList(s.packages);
            }};
}

KeyBinding spawnManagerKey()
{
    KeyInfo info = makeInfo("spawn-manager", ValueKind::Enum,
                            "Spawn algorithm. `default` is the original's; its Python class path "
                            "is accepted as a synonym.");
    info.allowedValues = {QStringLiteral("default"), kPythonSpawnManager};
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseEnum(v, r))
                    s.spawn.manager = QStringLiteral("default");
            },
            [](const Settings &s) {
                return QJsonValue(s.spawn.manager);
            }};
}

KeyBinding spawnRangeKey()
{
    KeyInfo info = makeInfo("spawn-chance-range", ValueKind::IntegerPair,
                            "[minimum, maximum] of the random threshold a guild's points must "
                            "pass before a spawn; higher means rarer spawns.");
    info.minimum = 1;
    info.maximum = 100000;
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseIntegerPair(v, r)) {
                    s.spawn.chanceMin = value->first;
                    s.spawn.chanceMax = value->second;
                }
            },
            [](const Settings &s) {
                return QJsonValue(QJsonArray {s.spawn.chanceMin, s.spawn.chanceMax});
            }};
}

const QStringList kLogLevels {QStringLiteral("debug"), QStringLiteral("info"),
                              QStringLiteral("warning"), QStringLiteral("error"),
                              QStringLiteral("critical")};

KeyBinding logLevelKey()
{
    KeyInfo info = makeInfo("logging.level", ValueKind::Enum,
                            "Lowest level written to the console and the log file; the --debug "
                            "flag forces debug.");
    info.allowedValues = kLogLevels;
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseEnum(v, r))
                    s.logging.level = static_cast<LogLevel>(kLogLevels.indexOf(*value));
            },
            [](const Settings &s) {
                return QJsonValue(logLevelName(s.logging.level));
            }};
}

KeyBinding shardCountKey()
{
    KeyInfo info = makeInfo("shard-count", ValueKind::ShardCount,
                            "Total number of gateway shards, or `auto` to use Discord's "
                            "recommendation.");
    info.nullable = true;
    info.minimum = 1;
    info.maximum = 65535;
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseShardCount(v, r))
                    s.discord.shardCount = *value == 0 ? std::nullopt : std::optional(*value);
            },
            [](const Settings &s) {
                return s.discord.shardCount ? QJsonValue(*s.discord.shardCount)
                                            : QJsonValue(QStringLiteral("auto"));
            }};
}

KeyBinding shardIdsKey()
{
    KeyInfo info = makeInfo("shard-ids", ValueKind::ShardIds,
                            "Shards this process runs (list or \"first-last\" range); empty runs "
                            "them all. Needs a fixed shard-count.");
    info.nullable = true;
    info.minimum = 0;
    info.maximum = 65534;
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseShardIds(v, r))
                    s.discord.shardIds = value->isEmpty() ? std::nullopt : std::optional(*value);
            },
            [](const Settings &s) {
                if (!s.discord.shardIds)
                    return QJsonValue();
                QJsonArray ids;
                for (const int id : *s.discord.shardIds)
                    ids.append(id);
                return QJsonValue(ids);
            }};
}

KeyBinding databaseUrlKey()
{
    KeyInfo info
        = makeInfo("database-url", ValueKind::DatabaseUrl,
                   "PostgreSQL URL, postgresql://user:password@host:5432/dbname (postgres:// "
                   "too; ?host=/socket/dir for Unix sockets). Prefer the environment.");
    info.nullable = true;
    info.secret = true;
    info.environmentVariables
        = {QStringLiteral("BALLSDEXBOT_DB_URL"), QStringLiteral("BALLSDEXBOT_DATABASE_URL"),
           QStringLiteral("DATABASE_URL")};
    return {info,
            [](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseDatabaseUrl(v, r))
                    s.database.url = *value;
            },
            [](const Settings &s) {
                return QJsonValue(s.database.url.toUrl());
            }};
}

std::vector<KeyBinding> buildBindings()
{
    const QStringList https {QStringLiteral("https"), QStringLiteral("http")};
    const QStringList user {QStringLiteral("user"), QStringLiteral("collectible"),
                            QStringLiteral("collectibles"), QStringLiteral("ball"),
                            QStringLiteral("emoji")};
    std::vector<KeyBinding> keys;
    // clang-format off
    keys.push_back(stringKey("discord-token", [](Settings &s) -> QString & { return s.discord.token; },
        "Bot token from the Developer Portal. Prefer BALLSDEXBOT_TOKEN or discord-token-file.",
        ValueKind::Secret, true));
    keys.back().info.environmentVariables.prepend(QStringLiteral("BALLSDEXBOT_TOKEN"));
    keys.push_back(pathKey("discord-token-file", [](Settings &s) -> QString & { return s.discord.tokenFile; },
        "File holding the bot token (e.g. a Docker or systemd secret); wins over discord-token.", true));
    keys.back().info.environmentVariables.prepend(QStringLiteral("BALLSDEXBOT_TOKEN_FILE"));
    keys.push_back(qurlKey("discord-api-url", [](Settings &s) -> QUrl & { return s.discord.apiUrl; },
        https, "Discord REST base URL, versioned; change it only for a proxy or a test double."));
    keys.push_back(qurlKey("discord-gateway-url", [](Settings &s) -> QUrl & { return s.discord.gatewayUrl; },
        {QStringLiteral("wss"), QStringLiteral("ws")},
        "Discord gateway URL; point it at a gateway proxy or a test double."));
    keys.push_back(shardCountKey());
    keys.push_back(shardIdsKey());
    keys.push_back(booleanKey("message-content-intent", [](Settings &s) -> bool & { return s.discord.messageContentIntent; },
        "Request the message content intent (spam detection uses message length)."));
    keys.push_back(booleanKey("interaction-time-check", [](Settings &s) -> bool & { return s.discord.interactionTimeCheck; },
        "Drop interactions received 2.8 s or more after they were created."));
    keys.push_back(booleanKey("sync-commands-on-start", [](Settings &s) -> bool & { return s.discord.syncCommandsOnStart; },
        "Push the slash commands to Discord at startup."));

    keys.push_back(databaseUrlKey());
    keys.push_back(integerKey("database-pool-size", [](Settings &s) -> int & { return s.database.poolSize; },
        1, 100, "Number of PostgreSQL connections kept open."));
    keys.push_back(integerKey("database-connect-timeout", [](Settings &s) -> int & { return s.database.connectTimeoutSeconds; },
        1, 600, "Seconds to wait for one connection attempt."));
    keys.push_back(integerKey("database-connect-retries", [](Settings &s) -> int & { return s.database.connectRetries; },
        0, 100, "Extra connection attempts at startup before giving up (exit status 1)."));
    keys.push_back(integerKey("database-connect-retry-delay", [](Settings &s) -> int & { return s.database.connectRetryDelaySeconds; },
        0, 3600, "Seconds between connection attempts."));
    keys.push_back(booleanKey("migrate-on-start", [](Settings &s) -> bool & { return s.database.migrateOnStart; },
        "Apply pending database migrations at startup."));
    keys.push_back(booleanKey("wait-for-database", [](Settings &s) -> bool & { return s.database.waitForDatabase; },
        "When no database is configured or PostgreSQL does not answer, keep retrying instead of exiting (services)."));
    keys.push_back(pathKey("media-directory", [](Settings &s) -> QString & { return s.mediaDirectory; },
        "Directory of uploaded images (ball art, emojis, card backgrounds); relative to this file."));

    keys.push_back(stringKey("text-prefix", [](Settings &s) -> QString & { return s.textPrefix; },
        "Prefix of the owner text commands; mentioning the bot works too."));
    keys.push_back(stringKey("collectible-name", [](Settings &s) -> QString & { return s.collectibleName; },
        "Singular name of the collectibles, lower-case."));
    keys.push_back(stringKey("plural-collectible-name", [](Settings &s) -> QString & { return s.pluralCollectibleName; },
        "Plural name, lower-case; empty means collectible-name + \"s\".", ValueKind::String, true));
    keys.push_back(stringKey("bot-name", [](Settings &s) -> QString & { return s.botName; },
        "Display name of the bot in messages."));
    keys.push_back(stringKey("players-group-cog-name", [](Settings &s) -> QString & { return s.playersGroupCogName; },
        "Name of the /balls command group and admin subgroup (1-32 lower-case letters, digits, - or _)."));
    keys.push_back(stringKey("favorited-collectible-emoji", [](Settings &s) -> QString & { return s.favoritedCollectibleEmoji; },
        "Marker shown next to favorites."));
    keys.push_back(integerKey("max-favorites", [](Settings &s) -> int & { return s.maxFavorites; },
        0, std::nullopt, "How many collectibles a player can mark as favorite."));
    keys.push_back(integerKey("max-attack-bonus", [](Settings &s) -> int & { return s.maxAttackBonus; },
        0, 1000, "Caught instances get a random attack bonus in [-N, +N] %."));
    keys.push_back(integerKey("max-health-bonus", [](Settings &s) -> int & { return s.maxHealthBonus; },
        0, 1000, "Caught instances get a random health bonus in [-N, +N] %."));
    keys.push_back(booleanKey("show-rarity", [](Settings &s) -> bool & { return s.showRarity; },
        "Print the rarity on cards."));
    keys.push_back(snowflakeKey("log-channel", [](Settings &s) -> std::optional<Snowflake> & { return s.logChannel; },
        "Text channel receiving a line for each admin action; null disables."));
    keys.push_back(packagesKey());

    keys.push_back(spawnRangeKey());
    keys.push_back(spawnManagerKey());
    keys.push_back(integerKey("spawn.min-cycle-seconds", [](Settings &s) -> int & { return s.spawn.minCycleSeconds; },
        0, 86400, "Minimum time between two spawns in a guild."));
    keys.push_back(integerKey("spawn.message-cooldown-seconds", [](Settings &s) -> int & { return s.spawn.messageCooldownSeconds; },
        0, 3600, "At most one message is scored per guild in this window."));
    keys.push_back(integerKey("spawn.message-cache-size", [](Settings &s) -> int & { return s.spawn.messageCacheSize; },
        1, 10000, "Recent messages kept per guild for the spam checks."));
    keys.push_back(integerKey("spawn.min-distinct-authors", [](Settings &s) -> int & { return s.spawn.minDistinctAuthors; },
        1, 1000, "Fewer distinct authors in the cache halves the message score."));
    keys.push_back(numberKey("spawn.max-author-share", [](Settings &s) -> double & { return s.spawn.maxAuthorShare; },
        0.0, 1.0, "An author writing more than this share of the cache halves the message score."));
    keys.push_back(integerKey("spawn.short-message-length", [](Settings &s) -> int & { return s.spawn.shortMessageLength; },
        0, 4000, "Messages shorter than this (in characters) halve the score."));
    keys.push_back(numberKey("spawn.penalty-multiplier", [](Settings &s) -> double & { return s.spawn.penaltyMultiplier; },
        0.0, 1.0, "Score multiplier applied once per penalty."));
    keys.push_back(integerKey("spawn.catch-timeout-seconds", [](Settings &s) -> int & { return s.spawn.catchTimeoutSeconds; },
        10, 840, "The catch button stays active this long after the spawn or the last click."));
    keys.push_back(numberKey("spawn.time-factors.tiny", [](Settings &s) -> double & { return s.spawn.timeFactorTiny; },
        0.0, 100.0, "Points per minute for guilds under 5 members."));
    keys.push_back(numberKey("spawn.time-factors.small", [](Settings &s) -> double & { return s.spawn.timeFactorSmall; },
        0.0, 100.0, "Points per minute for guilds of 5 to 99 members."));
    keys.push_back(numberKey("spawn.time-factors.medium", [](Settings &s) -> double & { return s.spawn.timeFactorMedium; },
        0.0, 100.0, "Points per minute for guilds of 100 to 999 members."));
    keys.push_back(numberKey("spawn.time-factors.large", [](Settings &s) -> double & { return s.spawn.timeFactorLarge; },
        0.0, 100.0, "Points per minute for guilds of 1000 members or more."));

    keys.push_back(stringKey("catch.catch_button_label", [](Settings &s) -> QString & { return s.catchSettings.buttonLabel; },
        "Label of the spawn message's button (at most 80 characters)."));
    keys.push_back(messagesKey("catch.caught_msgs", [](Settings &s) -> QStringList & { return s.catchSettings.caughtMessages; },
        user, "Random success messages; an empty list keeps the default."));
    keys.push_back(messagesKey("catch.wrong_msgs", [](Settings &s) -> QStringList & { return s.catchSettings.wrongMessages; },
        user + QStringList{QStringLiteral("wrong")}, "Random wrong-name messages; {wrong} is the guess."));
    keys.push_back(messagesKey("catch.spawn_msgs", [](Settings &s) -> QStringList & { return s.catchSettings.spawnMessages; },
        user.mid(1), "Random spawn messages ({ball} would reveal the answer)."));
    keys.push_back(messagesKey("catch.slow_msgs", [](Settings &s) -> QStringList & { return s.catchSettings.slowMessages; },
        user, "Random messages for a correct name given after someone else caught it."));

    keys.push_back(stringKey("about.description", [](Settings &s) -> QString & { return s.about.description; },
        "First paragraph of /about."));
    keys.push_back(urlKey("about.github-link", [](Settings &s) -> QString & { return s.about.githubLink; },
        https, "Source code link shown by /about."));
    keys.push_back(urlKey("about.discord-invite", [](Settings &s) -> QString & { return s.about.discordInvite; },
        https, "Support server invite (/about, blacklist appeals)."));
    keys.push_back(urlKey("about.terms-of-service", [](Settings &s) -> QString & { return s.about.termsOfService; },
        https, "Terms of service link."));
    keys.push_back(urlKey("about.privacy-policy", [](Settings &s) -> QString & { return s.about.privacyPolicy; },
        https, "Privacy policy link."));

    keys.push_back(snowflakeListKey("admin-command.guild-ids", [](Settings &s) -> QList<Snowflake> & { return s.adminCommand.guildIds; },
        "Guilds where /admin is registered."));
    keys.push_back(snowflakeListKey("admin-command.root-role-ids", [](Settings &s) -> QList<Snowflake> & { return s.adminCommand.rootRoleIds; },
        "Roles with every /admin command."));
    keys.push_back(snowflakeListKey("admin-command.admin-role-ids", [](Settings &s) -> QList<Snowflake> & { return s.adminCommand.adminRoleIds; },
        "Roles with the moderation subset (blacklist, guilds, info, history)."));
    keys.push_back(snowflakeListKey("admin-command.artist-role-ids", [](Settings &s) -> QList<Snowflake> & { return s.adminCommand.artistRoleIds; },
        "Roles whose members may edit the catalogue (balls, regimes, economies, specials, packs) in Studio."));
    keys.push_back(snowflakeListKey("admin-command.admin-channel-ids", [](Settings &s) -> QList<Snowflake> & { return s.adminCommand.adminChannelIds; },
        "If set, staff bypass privacy settings only in these channels."));

    keys.push_back(booleanKey("owners.team-members-are-owners", [](Settings &s) -> bool & { return s.owners.teamMembersAreOwners; },
        "Every member of the application's developer team is an owner."));
    keys.push_back(snowflakeListKey("owners.co-owners", [](Settings &s) -> QList<Snowflake> & { return s.owners.coOwners; },
        "Extra owner user IDs."));
    keys.push_back(ignoredKey("owners.hide-owner", ValueKind::Boolean, "Unused by the original; ignored."));

    keys.push_back(booleanKey("prometheus.enabled", [](Settings &s) -> bool & { return s.prometheus.enabled; },
        "Serve metrics at http://host:port/metrics."));
    keys.push_back(stringKey("prometheus.host", [](Settings &s) -> QString & { return s.prometheus.host; },
        "Address the metrics server listens on."));
    keys.push_back(integerKey("prometheus.port", [](Settings &s) -> int & { return s.prometheus.port; },
        0, 65535, "TCP port of the metrics server (0: any free port)."));
    keys.push_back(booleanKey("prometheus.required", [](Settings &s) -> bool & { return s.prometheus.required; },
        "Refuse to start when the metrics port cannot be bound (otherwise run on without metrics)."));

    keys.push_back(logLevelKey());
    keys.push_back(booleanKey("logging.json", [](Settings &s) -> bool & { return s.logging.json; },
        "One JSON object per line instead of text."));
    keys.push_back(pathKey("logging.file", [](Settings &s) -> QString & { return s.logging.file; },
        "Rotating log file, relative to this file; empty logs to the console only.", true));
    keys.push_back(integerKey("logging.file-max-bytes", [](Settings &s) -> qint64 & { return s.logging.fileMaxBytes; },
        1024, std::numeric_limits<qint64>::max() / 2, "Size at which the log file is rotated."));
    keys.push_back(integerKey("logging.file-backups", [](Settings &s) -> int & { return s.logging.fileBackups; },
        0, 100, "Rotated log files kept."));

    keys.push_back(snowflakeKey("admin-panel.client-id", [](Settings &s) -> std::optional<Snowflake> & { return s.adminPanel.clientId; },
        "Discord OAuth application ID of the admin panel / Studio login."));
    keys.push_back(stringKey("admin-panel.client-secret", [](Settings &s) -> QString & { return s.adminPanel.clientSecret; },
        "Discord OAuth client secret. Prefer BALLSDEXBOT_ADMIN_PANEL_CLIENT_SECRET.", ValueKind::Secret, true));
    keys.push_back(urlKey("admin-panel.webhook-url", [](Settings &s) -> QString & { return s.adminPanel.webhookUrl; },
        https, "Discord webhook receiving admin panel notifications.", true, true));
    keys.push_back(urlKey("admin-panel.url", [](Settings &s) -> QString & { return s.adminPanel.url; },
        https, "Base URL of \"View online\" links; empty disables them.", true));

    keys.push_back(urlKey("sentry.dsn", [](Settings &s) -> QString & { return s.sentry.dsn; },
        https, "Sentry DSN; empty disables error reporting.", true, true));
    keys.push_back(stringKey("sentry.environment", [](Settings &s) -> QString & { return s.sentry.environment; },
        "Sentry environment name."));

    keys.push_back(ignoredKey("extra-tortoise-models", ValueKind::StringList, "Python-only; ignored."));
    keys.push_back(ignoredKey("extra-django-apps", ValueKind::StringList, "Python-only; ignored."));
    keys.push_back(renamedKey("gateway-url", "discord-gateway-url"));
    // clang-format on

    const Settings defaults;
    for (KeyBinding &binding : keys)
        binding.info.defaultValue = binding.read(defaults);
    return keys;
}

} // namespace

const std::vector<KeyBinding> &keyBindings()
{
    static const std::vector<KeyBinding> bindings = buildBindings();
    return bindings;
}

const KeyBinding *findBinding(const QString &path)
{
    for (const KeyBinding &binding : keyBindings()) {
        if (binding.info.path == path)
            return &binding;
    }
    return nullptr;
}

const QList<KeyInfo> &configKeys()
{
    static const QList<KeyInfo> keys = [] {
        QList<KeyInfo> infos;
        for (const KeyBinding &binding : keyBindings())
            infos.append(binding.info);
        return infos;
    }();
    return keys;
}

QStringList knownKeyPaths()
{
    QStringList paths;
    for (const KeyInfo &key : configKeys())
        paths.append(key.path);
    return paths;
}

QStringList configSections()
{
    QStringList sections;
    for (const KeyInfo &key : configKeys()) {
        QStringList parts = key.path.split(u'.');
        parts.removeLast();
        for (qsizetype i = 1; i <= parts.size(); ++i) {
            const QString section = parts.mid(0, i).join(u'.');
            if (!sections.contains(section))
                sections.append(section);
        }
    }
    return sections;
}

QString environmentVariableName(const QString &keyPath)
{
    QString name = keyPath.toUpper();
    name.replace(u'-', u'_');
    name.replace(u'.', u'_');
    return kEnvironmentPrefix + name;
}

QString logLevelName(LogLevel level)
{
    return kLogLevels.value(static_cast<qsizetype>(level));
}

} // namespace ballsdex::config

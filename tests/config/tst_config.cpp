// SPDX-License-Identifier: MIT
#include "config/ConfigDescription.h"
#include "config/ConfigKeys.h"
#include "config/ConfigLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ballsdex::config;
using ballsdex::Result;
using ballsdex::domain::Snowflake;

namespace {

const QByteArray kToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB";

QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return env;
}

QString errorList(const ConfigErrors &errors)
{
    return errors.toString();
}

} // namespace

class TestConfig final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &yaml, const QString &name = QStringLiteral("config.yml"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QByteArray(yaml).replace("@DIR@", m_dir.path().toUtf8()));
        return path;
    }

    Result<LoadedConfig, ConfigErrors> load(const QByteArray &yaml, const QStringList &env = {},
                                            bool requireToken = false)
    {
        LoadOptions options;
        options.configPath = write(yaml);
        options.environment = environment(env);
        options.requireToken = requireToken;
        return loadConfig(options);
    }

    Settings loadOk(const QByteArray &yaml, const QStringList &env = {})
    {
        const auto loaded = load(yaml, env);
        if (!loaded)
            qWarning().noquote() << errorList(loaded.error());
        return loaded ? loaded->settings : Settings {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyFileGivesDefaults()
    {
        const auto loaded = load("");
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->warnings.isEmpty());
        const Settings &s = loaded->settings;
        QCOMPARE(s.configFile, m_dir.filePath(QStringLiteral("config.yml")));
        QCOMPARE(s.discord.apiUrl, QUrl(QStringLiteral("https://discord.com/api/v10")));
        QCOMPARE(s.discord.gatewayUrl, QUrl(QStringLiteral("wss://gateway.discord.gg")));
        QVERIFY(!s.discord.shardCount);
        QVERIFY(!s.discord.shardIds);
        QVERIFY(!s.discord.hasToken());
        QVERIFY(!s.database.hasUrl());
        QVERIFY(s.database.migrateOnStart);
        QCOMPARE(s.maxFavorites, 50);
        QCOMPARE(s.maxHealthBonus, 20);
        QCOMPARE(s.spawn.chanceMin, 40);
        QCOMPARE(s.spawn.chanceMax, 55);
        QCOMPARE(s.spawn.minCycleSeconds, 600);
        QCOMPARE(s.prometheus.port, 15260);
        QCOMPARE(s.logging.level, LogLevel::Info);
        QCOMPARE(s.pluralCollectibleName, QStringLiteral("countryballs"));
        QCOMPARE(s.mediaDirectory, m_dir.filePath(QStringLiteral("media")));
        QCOMPARE(s.logging.file, m_dir.filePath(QStringLiteral("ballsdex.log")));
        QCOMPARE(s.packages.size(), 7);
    }

    void readsEveryKindOfValue()
    {
        const Settings s
            = loadOk("shard-count: 4\n"
                     "shard-ids: \"1-2\"\n"
                     "collectible-name: Pokemon\n"
                     "max-favorites: 0\n"
                     "show-rarity: yes\n"
                     "log-channel: '123456789012345678'\n"
                     "packages: [ballsdex.packages.admin, trade]\n"
                     "spawn-manager: ballsdex.packages.countryballs.spawn.SpawnManager\n"
                     "spawn:\n  max-author-share: 0.25\n  time-factors:\n    large: 1\n"
                     "owners:\n  co-owners:\n    - 123456789012345678\n"
                     "    - \"234567890123456789\"\n"
                     "logging:\n  level: WARNING\n  file: \"\"\n"
                     "media-directory: /srv/media\n"
                     "catch:\n  caught_msgs: []\n  spawn_msgs: [\"Look, a {collectible}!\"]\n");
        QCOMPARE(s.discord.shardCount.value_or(0), 4);
        QCOMPARE(s.discord.shardIds.value_or(QList<int> {}), (QList<int> {1, 2}));
        QCOMPARE(s.collectibleName, QStringLiteral("pokemon"));
        QCOMPARE(s.pluralCollectibleName, QStringLiteral("pokemons"));
        QCOMPARE(s.maxFavorites, 0);
        QVERIFY(s.showRarity);
        QCOMPARE(s.logChannel.value_or(0), Snowflake(123456789012345678LL));
        QCOMPARE(s.packages, (QStringList {QStringLiteral("admin"), QStringLiteral("trade")}));
        QCOMPARE(s.spawn.manager, QStringLiteral("default"));
        QCOMPARE(s.spawn.maxAuthorShare, 0.25);
        QCOMPARE(s.spawn.timeFactorLarge, 1.0);
        QCOMPARE(s.spawn.timeFactorSmall, 0.8);
        QCOMPARE(s.owners.coOwners,
                 (QList<Snowflake> {123456789012345678LL, 234567890123456789LL}));
        QCOMPARE(s.logging.level, LogLevel::Warning);
        QVERIFY(s.logging.file.isEmpty());
        QCOMPARE(s.mediaDirectory, QStringLiteral("/srv/media"));
        QCOMPARE(s.catchSettings.caughtMessages, Settings {}.catchSettings.caughtMessages);
        QCOMPARE(s.catchSettings.spawnMessages,
                 QStringList {QStringLiteral("Look, a {collectible}!")});
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<bool>("requireToken");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("variable"); // empty: the diagnostic points into the file
        QTest::addColumn<QString>("message");
        const QStringList none;
        const QString file;

        QTest::newRow("malformed YAML")
            << QByteArray("prometheus:\n  port: [1, 2\nbot-name: x\n") << none << false << QString()
            << 3 << 9 << file << QStringLiteral("the file is not valid YAML (");
        QTest::newRow("tab indentation")
            << QByteArray("prometheus:\n  port: 1\n \thost: x\n") << none << false << QString() << 3
            << 2 << file
            << QStringLiteral("a tab character is used for indentation; YAML allows only spaces "
                              "there, replace it with spaces");
        QTest::newRow("top level is a list")
            << QByteArray("- a\n- b\n") << none << false << QString() << 1 << 1 << file
            << QStringLiteral("the file must hold `key: value` lines at the top level, got a list");
        QTest::newRow("wrong type for an integer")
            << QByteArray("max-favorites: lots\n") << none << false
            << QStringLiteral("max-favorites") << 1 << 16 << file
            << QStringLiteral(
                   "expected a whole number, got `lots`; write digits only (or remove the "
                   "key to use the default, 50)");
        QTest::newRow("boolean written as a string")
            << QByteArray("show-rarity: \"true\"\n") << none << false
            << QStringLiteral("show-rarity") << 1 << 14 << file
            << QStringLiteral("expected true or false, got the quoted string \"true\"; remove the "
                              "quotes");
        QTest::newRow("not a boolean")
            << QByteArray("prometheus:\n  enabled: maybe\n") << none << false
            << QStringLiteral("prometheus.enabled") << 2 << 12 << file
            << QStringLiteral("expected true or false, got `maybe`; write `true` or `false` (or "
                              "remove the key to use the default, false)");
        QTest::newRow("negative max-favorites")
            << QByteArray("max-favorites: -3\n") << none << false << QStringLiteral("max-favorites")
            << 1 << 16 << file
            << QStringLiteral(
                   "-3 is out of range, expected a whole number of at least 0 (or remove "
                   "the key to use the default, 50)");
        QTest::newRow("quoted integer")
            << QByteArray("max-favorites: \"50\"\n") << none << false
            << QStringLiteral("max-favorites") << 1 << 16 << file
            << QStringLiteral("expected a whole number, got the quoted string \"50\"; remove the "
                              "quotes");
        QTest::newRow("port out of range")
            << QByteArray("prometheus:\n  port: 70000\n") << none << false
            << QStringLiteral("prometheus.port") << 2 << 9 << file
            << QStringLiteral("70000 is out of range, expected a whole number between 0 and 65535 "
                              "(or remove the key to use the default, 15260)");
        QTest::newRow("missing value")
            << QByteArray("prometheus:\n  port:\n") << none << false
            << QStringLiteral("prometheus.port") << 2 << 3 << file
            << QStringLiteral("no value given, expected a whole number between 0 and 65535; write "
                              "a value after the colon");
        QTest::newRow("number out of range")
            << QByteArray("spawn:\n  max-author-share: 1.5\n") << none << false
            << QStringLiteral("spawn.max-author-share") << 2 << 21 << file
            << QStringLiteral("1.5 is out of range, expected a number between 0 and 1");
        QTest::newRow("spawn range minimum above maximum")
            << QByteArray("spawn-chance-range: [60, 50]\n") << none << false
            << QStringLiteral("spawn-chance-range") << 1 << 21 << file
            << QStringLiteral("the minimum 60 is greater than the maximum 50; write [minimum, "
                              "maximum], e.g. [40, 55]");
        QTest::newRow("spawn range of one number")
            << QByteArray("spawn-chance-range: 40\n") << none << false
            << QStringLiteral("spawn-chance-range") << 1 << 21 << file
            << QStringLiteral("expected a list of two whole numbers [minimum, maximum], got `40`");
        QTest::newRow("bad URL")
            << QByteArray("discord-api-url: not a url\n") << none << false
            << QStringLiteral("discord-api-url") << 1 << 18 << file
            << QStringLiteral("`not a url` is not a valid URL; write a full URL such as https://");
        QTest::newRow("wrong gateway scheme")
            << QByteArray("discord-gateway-url: https://gateway.example\n") << none << false
            << QStringLiteral("discord-gateway-url") << 1 << 22 << file
            << QStringLiteral("the URL scheme `https` is not allowed here; use wss:// or ws://");
        QTest::newRow("unknown scheme in the database URL")
            << QByteArray("database-url: mysql://root:hunter2@localhost/dex\n") << none << false
            << QStringLiteral("database-url") << 1 << 15 << file
            << QStringLiteral("the scheme `mysql://` is not supported, BallsDex needs PostgreSQL; "
                              "use postgresql:// or postgres://");
        QTest::newRow("bad database URL from DATABASE_URL")
            << QByteArray() << QStringList {QStringLiteral("DATABASE_URL=postgres://h:0/db")}
            << false << QStringLiteral("database-url") << 0 << 0 << QStringLiteral("DATABASE_URL")
            << QStringLiteral("the port `0` is not a number between 1 and 65535");
        QTest::newRow("token missing when required")
            << QByteArray("bot-name: Dex\n") << none << true << QStringLiteral("discord-token") << 0
            << 0 << file
            << QStringLiteral("no bot token is configured; set the BALLSDEXBOT_TOKEN environment "
                              "variable, or discord-token-file / BALLSDEXBOT_TOKEN_FILE");
        QTest::newRow("token file unreadable")
            << QByteArray("discord-token-file: @DIR@/missing-token\n") << none << false
            << QStringLiteral("discord-token-file") << 1 << 21 << file
            << QStringLiteral("cannot read the token file %1/missing-token (").arg(m_dir.path());
        QTest::newRow("token file from the environment unreadable")
            << QByteArray()
            << QStringList {QStringLiteral("BALLSDEXBOT_TOKEN_FILE=/nonexistent/tok")} << false
            << QStringLiteral("discord-token-file") << 0 << 0
            << QStringLiteral("BALLSDEXBOT_TOKEN_FILE")
            << QStringLiteral("cannot read the token file /nonexistent/tok");
        QTest::newRow("token with Bot prefix")
            << QByteArray("discord-token: \"Bot abc.def.ghi\"\n") << none << false
            << QStringLiteral("discord-token") << 1 << 16 << file
            << QStringLiteral("the token starts with `Bot `; remove that prefix");
        QTest::newRow("environment override of the wrong type")
            << QByteArray("prometheus:\n  port: 9000\n")
            << QStringList {QStringLiteral("BALLSDEXBOT_PROMETHEUS_PORT=abc")} << false
            << QStringLiteral("prometheus.port") << 0 << 0
            << QStringLiteral("BALLSDEXBOT_PROMETHEUS_PORT")
            << QStringLiteral("expected a whole number, got `abc`");
        QTest::newRow("environment list that does not parse")
            << QByteArray() << QStringList {QStringLiteral("BALLSDEXBOT_OWNERS_CO_OWNERS=[1,")}
            << false << QStringLiteral("owners.co-owners") << 0 << 0
            << QStringLiteral("BALLSDEXBOT_OWNERS_CO_OWNERS")
            << QStringLiteral("`[1,` is not a valid list; write `[a, b]` or `a,b`");
        QTest::newRow("shard ids outside shard count")
            << QByteArray("shard-count: 2\nshard-ids: [0, 2]\n") << none << false
            << QStringLiteral("shard-ids") << 2 << 12 << file
            << QStringLiteral("shard 2 is outside shard-count 2 (valid shards are 0 to 1)");
        QTest::newRow("shard ids without shard count")
            << QByteArray("shard-ids: [0]\n") << none << false << QStringLiteral("shard-ids") << 1
            << 12 << file << QStringLiteral("shard-ids needs a fixed shard-count");
        QTest::newRow("invalid log level")
            << QByteArray("logging:\n  level: warn\n") << none << false
            << QStringLiteral("logging.level") << 2 << 10 << file
            << QStringLiteral("`warn` is not allowed here; use one of debug, info, warning, error, "
                              "critical (did you mean `warning`?)");
        QTest::newRow("invalid snowflake in an id list")
            << QByteArray("owners:\n  co-owners: [123456789012345678, 123]\n") << none << false
            << QStringLiteral("owners.co-owners") << 2 << 35 << file
            << QStringLiteral("`123` is not a Discord ID (17 to 19 digits)");
        QTest::newRow("id list written as a number")
            << QByteArray("admin-command:\n  guild-ids: 123456789012345678\n") << none << false
            << QStringLiteral("admin-command.guild-ids") << 2 << 14 << file
            << QStringLiteral("expected a list of Discord IDs, got `123456789012345678`; write a "
                              "list");
        QTest::newRow("duplicate key")
            << QByteArray("max-favorites: 5\nbot-name: x\nmax-favorites: 6\n") << none << false
            << QStringLiteral("max-favorites") << 3 << 1 << file
            << QStringLiteral("duplicate key, first defined at line 1:1; keep only one of them");
        QTest::newRow("section given a value")
            << QByteArray("prometheus: yes\n") << none << false << QStringLiteral("prometheus") << 1
            << 13 << file
            << QStringLiteral("`prometheus` is a section, expected indented `key: value` lines "
                              "under it, got `yes`");
        QTest::newRow("text given a list")
            << QByteArray("bot-name: [a, b]\n") << none << false << QStringLiteral("bot-name") << 1
            << 11 << file << QStringLiteral("expected a text, got a list");
        QTest::newRow("unknown package")
            << QByteArray("packages:\n  - admin\n  - trades\n") << none << false
            << QStringLiteral("packages") << 3 << 5 << file
            << QStringLiteral("`trades` is not a package of this bot; use some of admin, balls, "
                              "config, countryballs, info, players, trade (did you mean `trade`?)");
        QTest::newRow("command group name with a space")
            << QByteArray("players-group-cog-name: my balls\n") << none << false
            << QStringLiteral("players-group-cog-name") << 1 << 25 << file
            << QStringLiteral("`my balls` cannot be a slash command name");
        QTest::newRow("button label too long")
            << QByteArray("catch:\n  catch_button_label: " + QByteArray(81, 'x') + "\n") << none
            << false << QStringLiteral("catch.catch_button_label") << 2 << 23 << file
            << QStringLiteral("the label has 81 characters, Discord allows 80; shorten it");
        QTest::newRow("empty required text")
            << QByteArray("bot-name: \"\"\n") << none << false << QStringLiteral("bot-name") << 1
            << 11 << file
            << QStringLiteral("the text is empty; write a value (or remove the key to "
                              "use the default, BallsDex)");
    }
    void badInputs()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, env);
        QFETCH(bool, requireToken);
        QFETCH(QString, keyPath);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, variable);
        QFETCH(QString, message);

        const auto loaded = load(yaml, env, requireToken);
        QVERIFY2(!loaded.has_value(), "the configuration was accepted");
        const ConfigErrors &errors = loaded.error();
        const auto match
            = std::find_if(errors.errors.cbegin(), errors.errors.cend(),
                           [&](const ConfigDiagnostic &d) { return d.message.contains(message); });
        QVERIFY2(match != errors.errors.cend(), qPrintable(errorList(errors)));
        QCOMPARE(match->severity, ConfigDiagnostic::Severity::Error);
        QCOMPARE(match->keyPath, keyPath);
        QCOMPARE(match->location.line, line);
        QCOMPARE(match->location.column, column);
        QCOMPARE(match->location.source,
                 variable.isEmpty() ? m_dir.filePath(QStringLiteral("config.yml"))
                                    : QStringLiteral("environment variable ") + variable);
        QVERIFY2(!errorList(errors).contains(QLatin1String("hunter2")), "a password leaked");
    }

    void missingFileNamesThePathAndTheExample()
    {
        LoadOptions options;
        options.configPath = m_dir.filePath(QStringLiteral("nowhere/config.yml"));
        const auto loaded = loadConfig(options);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().errors.size(), 1);
        const ConfigDiagnostic &error = loaded.error().errors.first();
        QCOMPARE(error.location.source, options.configPath);
        QVERIFY(error.message.contains(QStringLiteral("copy config.example.yml to ")
                                       + options.configPath));
        QVERIFY(error.toString().startsWith(options.configPath + QStringLiteral(": error: ")));
    }

    void reportsAllErrorsAtOnceInFileOrder()
    {
        const auto loaded = load("logging:\n  level: loud\n"
                                 "max-favorites: -1\n"
                                 "prometheus:\n  port: -1\n  prot: 1\n");
        QVERIFY(!loaded);
        const ConfigErrors &errors = loaded.error();
        QCOMPARE(errors.errors.size(), 3);
        QCOMPARE(errors.warnings.size(), 1);
        QCOMPARE(errors.errors[0].keyPath, QStringLiteral("logging.level"));
        QCOMPARE(errors.errors[1].keyPath, QStringLiteral("max-favorites"));
        QCOMPARE(errors.errors[2].keyPath, QStringLiteral("prometheus.port"));
        const QString file = m_dir.filePath(QStringLiteral("config.yml"));
        const QStringList lines = errors.toString().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith(file + QStringLiteral(":2:10: error: logging.level: `loud`")),
                 qPrintable(lines[0]));
        QVERIFY(lines[1].startsWith(
            file + QStringLiteral(":3:16: error: max-favorites: -1 is out of range")));
        QVERIFY(lines[2].startsWith(
            file + QStringLiteral(":5:9: error: prometheus.port: -1 is out of range")));
        QCOMPARE(lines[3],
                 file
                     + QStringLiteral(":6:3: warning: prometheus.prot: unknown key is "
                                      "ignored; did you mean `prometheus.port`?"));
        QCOMPARE(lines[4],
                 QStringLiteral("3 error(s), 1 warning(s): fix the errors above and start "
                                "again (ballsdex-bot --check-config verifies the file)."));
    }

    void unknownKeysAreWarningsWithSuggestions_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << QByteArray("max-favourites: 3\n")
                              << QStringLiteral("max-favourites") << 1
                              << QStringLiteral("did you mean `max-favorites`?");
        QTest::newRow("underscores")
            << QByteArray("bot-name: x\nmax-favorites: 3\nshow_rarity: true\n")
            << QStringLiteral("show_rarity") << 3 << QStringLiteral("did you mean `show-rarity`?");
        QTest::newRow("wrong section") << QByteArray("port: 9000\n") << QStringLiteral("port") << 1
                                       << QStringLiteral("did you mean `prometheus.port`?");
        QTest::newRow("nothing close")
            << QByteArray("zzzzzzzz: 1\n") << QStringLiteral("zzzzzzzz") << 1
            << QStringLiteral("unknown key is ignored; check its spelling "
                              "against config.example.yml");
        QTest::newRow("python-only key") << QByteArray("extra-tortoise-models: [a.b]\n")
                                         << QStringLiteral("extra-tortoise-models") << 1
                                         << QStringLiteral("Python-only; ignored.; remove the key");
        QTest::newRow("renamed key")
            << QByteArray("gateway-url: ws://proxy:7878\n") << QStringLiteral("gateway-url") << 1
            << QStringLiteral("this key was renamed; rename it to `discord-gateway-url`");
        QTest::newRow("unknown placeholder")
            << QByteArray("catch:\n  caught_msgs:\n    - \"{usr} got {ball}\"\n")
            << QStringLiteral("catch.caught_msgs") << 3
            << QStringLiteral("unknown placeholder {usr} is printed as is (did you mean {user}?)");
        QTest::newRow("duplicate id")
            << QByteArray("owners:\n  co-owners: [123456789012345678, 123456789012345678]\n")
            << QStringLiteral("owners.co-owners") << 2
            << QStringLiteral("123456789012345678 is listed twice; remove the duplicate");
        QTest::newRow("token that does not look like one")
            << QByteArray("discord-token: abc\n") << QStringLiteral("discord-token") << 1
            << QStringLiteral("this does not look like a Discord bot token");
    }
    void unknownKeysAreWarningsWithSuggestions()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, keyPath);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto loaded = load(yaml);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : errorList(loaded.error())));
        QCOMPARE(loaded->warnings.size(), 1);
        const ConfigDiagnostic &warning = loaded->warnings.first();
        QCOMPARE(warning.severity, ConfigDiagnostic::Severity::Warning);
        QCOMPARE(warning.keyPath, keyPath);
        QCOMPARE(warning.location.line, line);
        QVERIFY2(warning.message.contains(message), qPrintable(warning.message));
    }

    void renamedKeyStillApplies()
    {
        const Settings s = loadOk("gateway-url: ws://proxy:7878\n");
        QCOMPARE(s.discord.gatewayUrl, QUrl(QStringLiteral("ws://proxy:7878")));
        const Settings both = loadOk("gateway-url: ws://old:1\ndiscord-gateway-url: ws://new:2\n");
        QCOMPARE(both.discord.gatewayUrl, QUrl(QStringLiteral("ws://new:2")));
    }

    void unknownEnvironmentVariableIsAWarning()
    {
        const auto loaded = load(
            "", {QStringLiteral("BALLSDEXBOT_PROMETHEUS_PROT=1"), QStringLiteral("UNRELATED=1")});
        QVERIFY(loaded);
        QCOMPARE(loaded->warnings.size(), 1);
        QCOMPARE(loaded->warnings.first().location.source,
                 QStringLiteral("environment variable BALLSDEXBOT_PROMETHEUS_PROT"));
        QVERIFY(loaded->warnings.first().message.contains(
            QStringLiteral("did you mean `BALLSDEXBOT_PROMETHEUS_PORT`?")));
    }

    void environmentOverridesEveryKind()
    {
        const auto loaded
            = load("prometheus:\n  port: 9000\n  enabled: false\n",
                   {QStringLiteral("BALLSDEXBOT_PROMETHEUS_PORT=9100"),
                    QStringLiteral("BALLSDEXBOT_PROMETHEUS_ENABLED=1"),
                    QStringLiteral("BALLSDEXBOT_DISCORD_API_URL=http://127.0.0.1:9/api"),
                    QStringLiteral("BALLSDEXBOT_ADMIN_COMMAND_GUILD_IDS="
                                   "123456789012345678, 234567890123456789"),
                    QStringLiteral("BALLSDEXBOT_OWNERS_CO_OWNERS=[345678901234567890]"),
                    QStringLiteral("BALLSDEXBOT_SHARD_COUNT=3"),
                    QStringLiteral("BALLSDEXBOT_SHARD_IDS=0-1"),
                    QStringLiteral("BALLSDEXBOT_SPAWN_TIME_FACTORS_TINY=0.3"),
                    QStringLiteral("BALLSDEXBOT_LOGGING_LEVEL=debug"),
                    QStringLiteral("BALLSDEXBOT_ADMIN_PANEL_URL="),
                    QStringLiteral("BALLSDEXBOT_MAX_FAVORITES=")});
        QVERIFY2(loaded, qPrintable(loaded ? QString() : errorList(loaded.error())));
        const Settings &s = loaded->settings;
        QCOMPARE(s.prometheus.port, 9100);
        QVERIFY(s.prometheus.enabled);
        QCOMPARE(s.discord.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:9/api")));
        QCOMPARE(s.adminCommand.guildIds,
                 (QList<Snowflake> {123456789012345678LL, 234567890123456789LL}));
        QCOMPARE(s.owners.coOwners, QList<Snowflake> {345678901234567890LL});
        QCOMPARE(s.discord.shardCount.value_or(0), 3);
        QCOMPARE(s.discord.shardIds.value_or(QList<int> {}), (QList<int> {0, 1}));
        QCOMPARE(s.spawn.timeFactorTiny, 0.3);
        QCOMPARE(s.logging.level, LogLevel::Debug);
        QVERIFY(s.adminPanel.url.isEmpty());
        QCOMPARE(s.maxFavorites, 50);
        QCOMPARE(loaded->warnings.size(), 1); // the empty BALLSDEXBOT_MAX_FAVORITES
        QCOMPARE(loaded->warnings.first().keyPath, QStringLiteral("max-favorites"));
        QCOMPARE(loaded->origins.value(QStringLiteral("prometheus.port")).source,
                 QStringLiteral("environment variable BALLSDEXBOT_PROMETHEUS_PORT"));
        QCOMPARE(loaded->origins.value(QStringLiteral("prometheus.enabled")).isEnvironment(), true);
    }

    void tokenPrecedence()
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("token.txt"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("file" + kToken.mid(4) + "\n");
        file.close();
        const QString fromFile = QStringLiteral("file") + QString::fromLatin1(kToken.mid(4));
        const QByteArray inline_ = "discord-token: " + kToken + "\n";

        QCOMPARE(loadOk(inline_).discord.token, QString::fromLatin1(kToken));
        QCOMPARE(loadOk(inline_).discord.tokenSource, QStringLiteral("discord-token"));

        const auto both = load(inline_ + "discord-token-file: token.txt\n");
        QVERIFY(both);
        QCOMPARE(both->settings.discord.token, fromFile);
        QCOMPARE(both->settings.discord.tokenSource, QStringLiteral("discord-token-file"));
        QCOMPARE(both->warnings.size(), 1);
        QVERIFY(both->warnings.first().message.contains(QStringLiteral("the file wins")));

        const Settings viaEnvFile
            = loadOk(inline_, {QStringLiteral("BALLSDEXBOT_TOKEN_FILE=") + tokenFile});
        QCOMPARE(viaEnvFile.discord.token, fromFile);
        QCOMPARE(viaEnvFile.discord.tokenSource, QStringLiteral("BALLSDEXBOT_TOKEN_FILE"));

        const Settings viaEnv
            = loadOk(inline_ + "discord-token-file: token.txt\n",
                     {QStringLiteral("BALLSDEXBOT_TOKEN=envX") + QString::fromLatin1(kToken.mid(4)),
                      QStringLiteral("BALLSDEXBOT_DISCORD_TOKEN=") + QString::fromLatin1(kToken)});
        QCOMPARE(viaEnv.discord.token, QStringLiteral("envX") + QString::fromLatin1(kToken.mid(4)));
        QCOMPARE(viaEnv.discord.tokenSource, QStringLiteral("BALLSDEXBOT_TOKEN"));

        const auto empty = load("discord-token-file: empty.txt\n");
        QVERIFY(!empty); // the file does not exist yet
        QFile emptyFile(m_dir.filePath(QStringLiteral("empty.txt")));
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        const auto emptyNow = load("discord-token-file: empty.txt\n");
        QVERIFY(!emptyNow);
        QVERIFY(
            emptyNow.error().errors.first().message.contains(QStringLiteral("is empty; paste")));

        QVERIFY(
            load("", {QStringLiteral("BALLSDEXBOT_TOKEN=") + QString::fromLatin1(kToken)}, true));
    }

    void databaseUrlPrecedence()
    {
        const QByteArray yaml = "database-url: postgresql://file@h/f\n";
        const auto url = [this, &yaml](const QStringList &env) {
            const Settings s = loadOk(yaml, env);
            return std::pair(s.database.url.user(), s.database.urlSource);
        };
        QCOMPARE(url({}), std::pair(QStringLiteral("file"), QStringLiteral("database-url")));
        QCOMPARE(url({QStringLiteral("DATABASE_URL=postgres://generic@h/d")}),
                 std::pair(QStringLiteral("generic"), QStringLiteral("DATABASE_URL")));
        QCOMPARE(url({QStringLiteral("DATABASE_URL=postgres://generic@h/d"),
                      QStringLiteral("BALLSDEXBOT_DB_URL=postgresql://bot@h/d")}),
                 std::pair(QStringLiteral("bot"), QStringLiteral("BALLSDEXBOT_DB_URL")));
        const Settings none = loadOk("");
        QVERIFY(!none.database.hasUrl());
        QVERIFY(none.database.urlSource.isEmpty());

        const Settings socket
            = loadOk("database-url: postgres://postgres@/dex?host=/tmp/pg&port=5433\n");
        QCOMPARE(socket.database.url.toConninfo(),
                 QStringLiteral("host='/tmp/pg' port='5433' dbname='dex' user='postgres'"));
    }

    void relativePathsFollowTheFile()
    {
        const Settings s = loadOk("media-directory: ../art\nlogging:\n  file: logs/bot.log\n");
        QDir parent(m_dir.path());
        parent.cdUp();
        QCOMPARE(s.mediaDirectory, parent.filePath(QStringLiteral("art")));
        QCOMPARE(s.logging.file, m_dir.filePath(QStringLiteral("logs/bot.log")));
        const Settings fromEnv = loadOk("", {QStringLiteral("BALLSDEXBOT_MEDIA_DIRECTORY=img")});
        QCOMPARE(fromEnv.mediaDirectory, QDir::current().filePath(QStringLiteral("img")));
    }

    void describeMasksSecrets()
    {
        const auto loaded
            = load("discord-token: " + kToken
                       + "\n"
                         "database-url: postgresql://bot:hunter2@db:5432/dex?sslpassword=keypass\n"
                         "admin-panel:\n  client-id: 123456789012345678\n  client-secret: "
                         "oauth-secret-value\n"
                         "  webhook-url: "
                         "https://discord.com/api/webhooks/123456789012345678/webhook-token-xyz\n"
                         "sentry:\n  dsn: https://dsnkey123@o1.ingest.sentry.io/42\n"
                         "bot-name: \"Quote \\\" Dex\"\n",
                   {QStringLiteral("BALLSDEXBOT_PROMETHEUS_PORT=9100")});
        QVERIFY2(loaded, qPrintable(loaded ? QString() : errorList(loaded.error())));
        const QString text = describe(*loaded);
        for (const char *secret : {"GAbCdE", "hunter2", "keypass", "oauth-secret-value",
                                   "webhook-token-xyz", "dsnkey123"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        QVERIFY2(text.contains(QStringLiteral("discord-token: \"***(%1 characters)\"  # from "
                                              "discord-token")
                                   .arg(kToken.size())),
                 qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("database-url: \"postgresql://bot:***@db:5432/dex?sslpassword=***\"")));
        QVERIFY(text.contains(QStringLiteral(
            "  webhook-url: \"https://discord.com/api/webhooks/123456789012345678/***\"")));
        QVERIFY(text.contains(QStringLiteral("  dsn: \"https://***@o1.ingest.sentry.io/42\"")));
        QVERIFY(text.contains(QStringLiteral("  client-secret: \"***(18 characters)\"")));
        QVERIFY(text.contains(QStringLiteral("  client-id: 123456789012345678\n")));
        QVERIFY(text.contains(QStringLiteral("prometheus:\n  enabled: false\n  host: \"0.0.0.0\"\n"
                                             "  port: 9100  # from environment variable "
                                             "BALLSDEXBOT_PROMETHEUS_PORT\n")));
        QVERIFY(text.contains(QStringLiteral("spawn:\n  min-cycle-seconds: 600\n")));
        QVERIFY(text.contains(QStringLiteral("  time-factors:\n    tiny: 0.1\n")));
        QVERIFY(text.contains(QStringLiteral("bot-name: \"Quote \\\" Dex\"\n")));
        QVERIFY(text.contains(QStringLiteral("shard-count: \"auto\"\n")));
        QVERIFY(!text.contains(QStringLiteral("extra-tortoise-models")));

        // The description is itself a valid configuration (secrets aside).
        QString reloadable = text;
        reloadable.replace(QRegularExpression(QStringLiteral("\n(discord-token|database-url|"
                                                             "  client-secret|  webhook-url|"
                                                             "  dsn): [^\n]*")),
                           QString());
        const auto again = load(reloadable.toUtf8());
        QVERIFY2(again, qPrintable(again ? QString() : errorList(again.error())));
        QCOMPARE(again->settings.botName, QStringLiteral("Quote \" Dex"));
        QCOMPARE(again->settings.prometheus.port, 9100);
        QCOMPARE(describe(again->settings).count(u'\n'), describe(loaded->settings).count(u'\n'));
    }

    void checkConfigExitCodes()
    {
        LoadOptions options;
        options.configPath = write("discord-token: " + kToken + "\n");
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(checkConfig(options, outStream, errStream), 0);
        QVERIFY(out.contains(QStringLiteral("discord-token: \"***(")));
        QVERIFY(err.contains(QStringLiteral("The configuration is valid (0 warning(s)).")));

        out.clear();
        err.clear();
        options.configPath = write("prometheus:\n  port: nope\n");
        QCOMPARE(checkConfig(options, outStream, errStream), kConfigErrorExitCode);
        QCOMPARE(kConfigErrorExitCode, 2);
        QVERIFY(out.isEmpty());
        QVERIFY(
            err.contains(options.configPath + QStringLiteral(":2:9: error: prometheus.port: ")));
    }

    void environmentVariableNames()
    {
        QCOMPARE(environmentVariableName(QStringLiteral("discord-api-url")),
                 QStringLiteral("BALLSDEXBOT_DISCORD_API_URL"));
        QCOMPARE(environmentVariableName(QStringLiteral("spawn.time-factors.tiny")),
                 QStringLiteral("BALLSDEXBOT_SPAWN_TIME_FACTORS_TINY"));
        QStringList all;
        for (const KeyInfo &key : configKeys())
            all += key.environmentVariables;
        const QSet<QString> unique(all.cbegin(), all.cend());
        QCOMPARE(unique.size(), all.size());
        QVERIFY(knownKeyPaths().contains(QStringLiteral("prometheus.port")));
        QVERIFY(configSections().contains(QStringLiteral("spawn.time-factors")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"

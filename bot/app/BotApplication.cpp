// SPDX-License-Identifier: MIT
#include "app/BotApplication.h"

#include "app/DiscordRuntime.h"
#include "app/LogSetup.h"
#include "app/MetricsRuntime.h"
#include "app/PreviewCommand.h"
#include "app/SeedCommand.h"
#include "app/UnixSignals.h"
#include "config/ConfigDescription.h"
#include "config/ConfigLoader.h"
#include "logging/SentryReporter.h"
#include "schema/Migrator.h"
#include "storage/ConnectionPool.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QCoroSignal>
#include <QTimer>
#include <QtConcurrentRun>

namespace ballsdex::bot {
namespace {

storage::DatabaseOptions databaseOptions(const config::Settings &settings)
{
    storage::DatabaseOptions options;
    options.conninfo = settings.database.url.toConninfo();
    options.poolSize = settings.database.poolSize;
    options.connectAttempts = settings.database.connectRetries;
    options.connectBaseDelay = std::chrono::seconds(settings.database.connectRetryDelaySeconds);
    return options;
}

const char *noDatabaseMessage
    = "no database is configured. Set database-url in the config file, or the environment "
      "variable BALLSDEXBOT_DB_URL or DATABASE_URL (postgres://user:password@host:port/database); "
      "scripts/run.sh starts a local PostgreSQL when none is configured.";

const char *noTokenMessage
    = "no Discord token is configured. Set discord-token in the config file, the environment "
      "variable BALLSDEXBOT_TOKEN, or discord-token-file; without a token, scripts/run.sh starts "
      "the offline sandbox instead.";

} // namespace

BotApplication::BotApplication(CommandLineOptions options, QProcessEnvironment environment,
                               QTextStream &out, QTextStream &err)
    : m_options(std::move(options))
    , m_environment(std::move(environment))
    , m_out(out)
    , m_err(err)
{
}

BotApplication::~BotApplication() = default;

void BotApplication::startErrorReporting(const config::SentrySettings &sentry)
{
    if (sentry.dsn.isEmpty())
        return;
    const auto target = logging::SentryTarget::fromDsn(sentry.dsn);
    if (!target) {
        qCWarning(lcBot).noquote() << "Error reporting is off:" << target.error();
        return;
    }
    m_sentry = std::make_unique<logging::SentryReporter>(
        *target,
        logging::SentryReporter::Options {QStringLiteral(BALLSDEX_VERSION), sentry.environment,
                                          20});
    logging::SentryReporter *reporter = m_sentry.get();
    m_logSink->setCriticalObserver(
        [reporter](const logging::LogRecord &record) { reporter->report(record); });
    qCInfo(lcBot).noquote() << "Critical errors are reported to Sentry at"
                            << target->storeUrl.host();
}

QCoro::Task<int> BotApplication::run()
{
    config::LoadOptions loadOptions;
    loadOptions.configPath = m_options.configPath;
    loadOptions.environment = m_environment;

    switch (m_options.command) {
    case BotCommand::Help:
        m_out << helpText();
        co_return ExitSuccess;
    case BotCommand::Version:
        m_out << "ballsdex-bot " << BALLSDEX_VERSION << '\n';
        co_return ExitSuccess;
    case BotCommand::CheckConfig:
        co_return config::checkConfig(loadOptions, m_out, m_err);
    default:
        break;
    }

    const auto loaded = config::loadConfig(loadOptions);
    if (!loaded) {
        m_err << loaded.error().toString() << '\n';
        co_return ExitConfigError;
    }
    for (const config::ConfigDiagnostic &warning : loaded->warnings)
        m_err << warning.toString() << '\n';
    m_err.flush();
    m_logSink = installLogging(loaded->settings, m_err);
    startErrorReporting(loaded->settings.sentry);
    co_return co_await runCommand(loaded->settings);
}

QCoro::Task<int> BotApplication::runCommand(const config::Settings &loadedSettings)
{
    if (m_options.command == BotCommand::Preview)
        co_return co_await runPreview(m_options.preview, loadedSettings, m_out, m_err);
    UnixSignals unixSignals;
    config::Settings settings = loadedSettings;
    if (m_options.command == BotCommand::Run && settings.database.waitForDatabase) {
        std::optional<config::Settings> ready = co_await waitForDatabase(settings, unixSignals);
        if (!ready)
            co_return ExitSuccess; // stopped by a signal while waiting
        settings = std::move(*ready);
    }
    if (!settings.database.hasUrl()) {
        m_err << "ballsdex-bot: " << noDatabaseMessage << '\n';
        co_return ExitConfigError;
    }
    switch (m_options.command) {
    case BotCommand::SchemaStatus:
        co_return co_await printSchemaStatus(settings);
    case BotCommand::SeedStarterCatalogue: {
        const bool migrated = co_await prepareDatabase(settings, m_options.migrateOnStart);
        if (!migrated)
            co_return ExitRuntimeFailure;
        co_return co_await runSeedStarterCatalogue(settings, m_out, m_err);
    }
    case BotCommand::Migrate: {
        const bool migrated = co_await prepareDatabase(settings, true);
        co_return migrated ? ExitSuccess : ExitRuntimeFailure;
    }
    default:
        break;
    }

    const bool migrate = m_options.migrateOnStart && settings.database.migrateOnStart;
    if (!co_await prepareDatabase(settings, migrate))
        co_return ExitRuntimeFailure;
    if (!settings.discord.hasToken()) {
        m_err << "ballsdex-bot: " << noTokenMessage << '\n';
        co_return ExitConfigError;
    }

    MetricsRuntime metrics(settings.prometheus);
    if (!metrics.start())
        co_return ExitRuntimeFailure;
    storage::Database database(databaseOptions(settings));
    metrics.observe(database);
    DiscordRuntime runtime(settings, database, &metrics);
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &runtime,
                     [&runtime](int number) {
                         qCInfo(lcBot) << "Received signal" << number;
                         runtime.shutdown();
                     });
    QObject::connect(&unixSignals, &UnixSignals::reloadRequested, &runtime,
                     [this, &runtime] { reload(runtime); });
    co_return co_await runtime.run();
}

QCoro::Task<bool> BotApplication::pauseUnlessStopped(std::chrono::seconds delay,
                                                     UnixSignals &unixSignals)
{
    QTimer timer;
    timer.setSingleShot(true);
    bool stopped = false;
    const auto onSignal = [&stopped, &timer](int) {
        stopped = true;
        timer.start(0);
    };
    const QMetaObject::Connection connection
        = QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &timer, onSignal);
    timer.start(delay);
    co_await qCoro(&timer, &QTimer::timeout);
    QObject::disconnect(connection);
    co_return !stopped;
}

QCoro::Task<std::optional<config::Settings>>
BotApplication::waitForDatabase(config::Settings settings, UnixSignals &unixSignals)
{
    using namespace std::chrono_literals;
    std::chrono::seconds delay = 5s;
    bool toldAboutMissingUrl = false;
    for (int attempt = 1;; ++attempt) {
        if (!settings.database.hasUrl()) {
            if (!toldAboutMissingUrl) {
                qCCritical(lcBot).noquote()
                    << QStringLiteral("Waiting for a database: %1 Checking %2 again every 30 s.")
                           .arg(QString::fromUtf8(noDatabaseMessage), settings.configFile);
                toldAboutMissingUrl = true;
            }
            delay = 30s;
        } else {
            storage::Database probe(databaseOptions(settings));
            auto pinging = probe.ping();
            const auto reachable = co_await pinging;
            if (reachable)
                co_return settings;
            qCWarning(lcBot).noquote()
                << QStringLiteral("Waiting for PostgreSQL (attempt %1): %2; retrying in %3 s")
                       .arg(attempt)
                       .arg(reachable.error().message)
                       .arg(delay.count());
        }
        const bool keepWaiting = co_await pauseUnlessStopped(delay, unixSignals);
        if (!keepWaiting) {
            qCInfo(lcBot) << "Stopped while waiting for the database";
            co_return std::nullopt;
        }
        if (settings.database.hasUrl())
            delay = std::min(delay * 2, std::chrono::seconds(60));
        config::LoadOptions loadOptions;
        loadOptions.configPath = m_options.configPath;
        loadOptions.environment = m_environment;
        const auto reloaded = config::loadConfig(loadOptions);
        if (reloaded)
            settings = reloaded->settings;
    }
}

QCoro::Task<void> BotApplication::reload(DiscordRuntime &runtime)
{
    qCInfo(lcBot) << "SIGHUP: reloading the log level and the game data";
    config::LoadOptions loadOptions;
    loadOptions.configPath = m_options.configPath;
    loadOptions.environment = m_environment;
    const auto loaded = config::loadConfig(loadOptions);
    if (loaded) {
        const config::LogLevel level = loaded->settings.logging.level;
        // Said before applying it, so that it shows even when the new level hides info lines.
        qCInfo(lcBot).noquote() << "Log level is now" << config::logLevelName(level)
                                << "(other settings take effect at the next restart)";
        applyLogLevel(level);
    } else {
        qCWarning(lcBot).noquote() << "Keeping the current settings: the configuration has errors:"
                                   << loaded.error().toString();
    }
    co_await runtime.reloadCaches();
}

QCoro::Task<bool> BotApplication::prepareDatabase(const config::Settings &settings, bool migrate)
{
    {
        storage::Database database(databaseOptions(settings));
        qCInfo(lcBot).noquote() << "Connecting to" << database.pool().targetDescription();
        const auto reachable = co_await database.ping();
        if (!reachable) {
            qCCritical(lcBot).noquote() << "Cannot use the database:" << reachable.error().message;
            co_return false;
        }
    }

    const schema::Migrator migrator(settings.database.url.toConninfo());
    if (migrate) {
        auto migrating = QtConcurrent::run([&migrator] { return migrator.migrate(); });
        const auto report = co_await migrating;
        if (!report) {
            qCCritical(lcMigrations).noquote() << report.error().message;
            co_return false;
        }
        if (report->applied.isEmpty()) {
            qCInfo(lcMigrations) << "Database schema is up to date at version" << report->toVersion;
        } else {
            qCInfo(lcMigrations) << "Migrated the database schema from version"
                                 << report->fromVersion << "to" << report->toVersion;
        }
        co_return true;
    }

    auto checking = QtConcurrent::run([&migrator] { return migrator.status(); });
    const auto status = co_await checking;
    if (!status) {
        qCCritical(lcMigrations).noquote() << status.error().message;
        co_return false;
    }
    if (!status->isUpToDate()) {
        qCCritical(lcMigrations).noquote() << status->explanation
                                           << "(started with --no-migrate: run `ballsdex-bot "
                                              "migrate` or start without --no-migrate)";
        co_return false;
    }
    co_return true;
}

QCoro::Task<int> BotApplication::printSchemaStatus(const config::Settings &settings)
{
    const schema::Migrator migrator(settings.database.url.toConninfo());
    auto checking = QtConcurrent::run([&migrator] { return migrator.status(); });
    const auto status = co_await checking;
    if (!status) {
        m_err << status.error().message << '\n';
        co_return ExitRuntimeFailure;
    }
    m_out << "database schema: " << schema::stateName(status->state) << " (database version "
          << status->databaseVersion << ", this binary knows up to " << status->binaryVersion
          << ")\n"
          << status->explanation << '\n';
    co_return status->isUpToDate() ? ExitSuccess : ExitRuntimeFailure;
}

} // namespace ballsdex::bot

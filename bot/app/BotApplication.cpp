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

QCoro::Task<int> BotApplication::runCommand(const config::Settings &settings)
{
    if (m_options.command == BotCommand::Preview)
        co_return co_await runPreview(m_options.preview, settings, m_out, m_err);
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
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &runtime,
                     [&runtime](int number) {
                         qCInfo(lcBot) << "Received signal" << number;
                         runtime.shutdown();
                     });
    QObject::connect(&unixSignals, &UnixSignals::reloadRequested, &runtime,
                     [this, &runtime] { reload(runtime); });
    co_return co_await runtime.run();
}

QCoro::Task<void> BotApplication::reload(DiscordRuntime &runtime)
{
    qCInfo(lcBot) << "SIGHUP: reloading the log level and the game data";
    config::LoadOptions loadOptions;
    loadOptions.configPath = m_options.configPath;
    loadOptions.environment = m_environment;
    const auto loaded = config::loadConfig(loadOptions);
    if (loaded) {
        applyLogLevel(loaded->settings.logging.level);
        qCInfo(lcBot) << "Log level is now" << config::logLevelName(loaded->settings.logging.level)
                      << "; other settings take effect at the next restart";
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

// SPDX-License-Identifier: MIT
#pragma once

#include "app/CommandLine.h"

#include <QCoroTask>
#include <QProcessEnvironment>
#include <QTextStream>

#include <chrono>
#include <memory>
#include <optional>

namespace ballsdex::logging {
class LogSink;
class SentryReporter;
} // namespace ballsdex::logging

namespace ballsdex::config {
struct Settings;
struct SentrySettings;
} // namespace ballsdex::config

namespace ballsdex::bot {

class DiscordRuntime;
class UnixSignals;

/// Exit statuses of ballsdex-bot.
enum ExitStatus : int { ExitSuccess = 0, ExitRuntimeFailure = 1, ExitConfigError = 2 };

/// The composition root: reads the configuration, prepares the database and runs the command.
/// The only place that constructs concrete services.
class BotApplication final
{
public:
    BotApplication(CommandLineOptions options, QProcessEnvironment environment, QTextStream &out,
                   QTextStream &err);
    ~BotApplication();
    BotApplication(const BotApplication &) = delete;
    BotApplication &operator=(const BotApplication &) = delete;

    /// Runs the command line's command to completion; the result is the process exit status.
    QCoro::Task<int> run();

private:
    QCoro::Task<int> runCommand(const config::Settings &loadedSettings);
    /// wait-for-database: until the config names a database that answers (re-reading the config
    /// file between attempts); nullopt when SIGTERM/SIGINT arrived meanwhile.
    QCoro::Task<std::optional<config::Settings>> waitForDatabase(config::Settings settings,
                                                                 UnixSignals &unixSignals);
    /// False when a termination signal cut the pause short.
    static QCoro::Task<bool> pauseUnlessStopped(std::chrono::seconds delay,
                                                UnixSignals &unixSignals);
    /// Waits for the database (with retries), then migrates it or checks that it is up to date.
    QCoro::Task<bool> prepareDatabase(const config::Settings &settings, bool migrate);
    QCoro::Task<int> printSchemaStatus(const config::Settings &settings);
    /// SIGHUP: re-reads config.yml for the log level and reloads the game caches.
    QCoro::Task<void> reload(DiscordRuntime &runtime);
    /// Critical log lines become Sentry events when sentry.dsn is set.
    void startErrorReporting(const config::SentrySettings &sentry);

    CommandLineOptions m_options;
    QProcessEnvironment m_environment;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<logging::LogSink> m_logSink;
    std::unique_ptr<logging::SentryReporter> m_sentry; ///< declared after the sink it observes
};

} // namespace ballsdex::bot

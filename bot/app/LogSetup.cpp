// SPDX-License-Identifier: MIT
#include "app/LogSetup.h"

#include <QLoggingCategory>
#include <QUrl>

namespace ballsdex::bot {
namespace {

QString filterRules(config::LogLevel level)
{
    switch (level) {
    case config::LogLevel::Debug:
        return QStringLiteral("*.debug=true");
    case config::LogLevel::Info:
        return QStringLiteral("*.debug=false");
    case config::LogLevel::Warning:
        return QStringLiteral("*.debug=false\n*.info=false");
    case config::LogLevel::Error:
    case config::LogLevel::Critical:
        return QStringLiteral("*.debug=false\n*.info=false\n*.warning=false");
    }
    return {};
}

} // namespace

void applyLogLevel(config::LogLevel level)
{
    QLoggingCategory::setFilterRules(filterRules(level));
}

std::unique_ptr<logging::LogSink> installLogging(const config::Settings &settings, QTextStream &err)
{
    const config::LoggingSettings &logging = settings.logging;
    logging::LogSinkOptions options;
    if (logging.json)
        options.consoleFormat = logging::LogFormat::Json;
    else if (logging::LogSink::consoleIsJournal())
        options.consoleFormat = logging::LogFormat::Journal;
    options.fileFormat = logging.json ? logging::LogFormat::Json : logging::LogFormat::Text;
    options.filePath = logging.file;
    options.fileMaxBytes = logging.fileMaxBytes;
    options.fileBackups = logging.fileBackups;

    auto sink = std::make_unique<logging::LogSink>(std::move(options));
    if (const auto opened = sink->openFile(); !opened) {
        err << "ballsdex-bot: warning: " << opened.error()
            << "; logging to the console only (set logging.file to a writable path, or to \"\" to "
               "silence this)\n";
        err.flush();
    }
    sink->addSecret(settings.discord.token);
    sink->addSecret(settings.database.url.password());
    sink->addSecret(settings.adminPanel.clientSecret);
    sink->addSecret(QUrl(settings.adminPanel.webhookUrl).path().section(QLatin1Char('/'), -1));
    sink->addSecret(QUrl(settings.sentry.dsn).userName());
    sink->install();
    applyLogLevel(logging.level);
    return sink;
}

} // namespace ballsdex::bot

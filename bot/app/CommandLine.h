// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace ballsdex::bot {

enum class BotCommand {
    Run, ///< connect to Discord and play (default)
    Migrate, ///< apply pending database migrations and exit
    SchemaStatus, ///< print the database schema version and exit
    CheckConfig, ///< print the resolved configuration (secrets masked) and exit
    Version,
    Help,
};

struct CommandLineOptions
{
    BotCommand command = BotCommand::Run;
    QString configPath = QStringLiteral("config.yml");
    bool migrateOnStart = true;
};

struct CommandLineError
{
    QString message;
};

/// Parses `ballsdex-bot [--config FILE] [--no-migrate] [--check-config] [COMMAND]`.
Result<CommandLineOptions, CommandLineError> parseCommandLine(const QStringList &arguments);

/// The text `--help` prints.
QString helpText();

} // namespace ballsdex::bot

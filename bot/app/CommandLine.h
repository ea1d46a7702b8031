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
    Preview, ///< render a card to a file and exit
    SeedStarterCatalogue, ///< add the built-in starter balls and art, then exit
    Version,
    Help,
};

/// `ballsdex-bot preview`: which card to draw and where to write it.
struct PreviewOptions
{
    QString ball; ///< name (case-insensitive); empty = the first ball
    QString special; ///< name; empty = none
    int attackBonus = 0;
    int healthBonus = 0;
    QString output = QStringLiteral("card.webp"); ///< "-" = standard output
    bool png = false;
    bool starter = false; ///< use the built-in starter catalogue instead of the database
};

struct CommandLineOptions
{
    BotCommand command = BotCommand::Run;
    QString configPath = QStringLiteral("config.yml");
    bool migrateOnStart = true;
    PreviewOptions preview;
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

// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include <QCommandLineParser>

namespace ballsdex::bot {
namespace {

struct CommandName
{
    const char *name;
    BotCommand command;
    const char *description;
};

constexpr CommandName commands[] = {
    {"run", BotCommand::Run, "Connect to Discord and run the game (the default)."},
    {"migrate", BotCommand::Migrate, "Apply pending database migrations, then exit."},
    {"schema-status", BotCommand::SchemaStatus, "Print the database schema version, then exit."},
    {"check-config", BotCommand::CheckConfig, "Same as --check-config."},
    {"seed-starter-catalogue", BotCommand::SeedStarterCatalogue,
     "Copy the starter art into the media folder and add the 12 starter balls to an empty "
     "catalogue."},
    {"preview", BotCommand::Preview,
     "Draw a card to a file (--ball, --special, --attack-bonus, --health-bonus, --output, --png, "
     "--starter)."},
};

} // namespace

QString helpText()
{
    QString text = QStringLiteral(
        "Usage: ballsdex-bot [options] [command]\n"
        "\n"
        "Options:\n"
        "  -c, --config <file>  Configuration file (default: ./config.yml)\n"
        "      --no-migrate     Do not apply database migrations at start; refuse to run if\n"
        "                       the database is not up to date\n"
        "      --check-config   Print the resolved configuration with secrets masked and exit\n"
        "                       (exit status 2 when it has errors)\n"
        "  -V, --version        Print the version and exit\n"
        "  -h, --help           Print this help and exit\n"
        "\n"
        "Commands:\n");
    for (const CommandName &entry : commands) {
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(entry.name), -24)
                    .arg(QLatin1String(entry.description));
    }
    text += QStringLiteral(
        "\nEnvironment: BALLSDEXBOT_DB_URL or DATABASE_URL (postgres:// or postgresql://),\n"
        "BALLSDEXBOT_TOKEN, and BALLSDEXBOT_<KEY> for any config key (see config.example.yml).\n");
    return text;
}

Result<CommandLineOptions, CommandLineError> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption configOption({QStringLiteral("c"), QStringLiteral("config")},
                                          QString(), QStringLiteral("file"));
    const QCommandLineOption noMigrateOption(QStringLiteral("no-migrate"));
    const QCommandLineOption checkConfigOption(QStringLiteral("check-config"));
    const QCommandLineOption versionOption(
        QStringList {QStringLiteral("V"), QStringLiteral("version")});
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions(
        {configOption, noMigrateOption, checkConfigOption, versionOption, helpOption});
    const QCommandLineOption ballOption(QStringLiteral("ball"), QString(), QStringLiteral("name"));
    const QCommandLineOption specialOption(QStringLiteral("special"), QString(),
                                           QStringLiteral("name"));
    const QCommandLineOption attackOption(QStringLiteral("attack-bonus"), QString(),
                                          QStringLiteral("percent"));
    const QCommandLineOption healthOption(QStringLiteral("health-bonus"), QString(),
                                          QStringLiteral("percent"));
    const QCommandLineOption outputOption(
        QStringList {QStringLiteral("o"), QStringLiteral("output")}, QString(),
        QStringLiteral("file"));
    const QCommandLineOption pngOption(QStringLiteral("png"));
    const QCommandLineOption starterOption(QStringLiteral("starter"));
    parser.addOptions({ballOption, specialOption, attackOption, healthOption, outputOption,
                       pngOption, starterOption});

    if (!parser.parse(arguments))
        return fail(CommandLineError {parser.errorText() + QStringLiteral(" (see --help)")});

    CommandLineOptions options;
    if (parser.isSet(configOption))
        options.configPath = parser.value(configOption);
    options.migrateOnStart = !parser.isSet(noMigrateOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return fail(
            CommandLineError {QStringLiteral("expected at most one command, got: %1 (see --help)")
                                  .arg(positional.join(QLatin1Char(' ')))});
    }
    if (!positional.isEmpty()) {
        const QString name = positional.first();
        bool known = false;
        for (const CommandName &entry : commands) {
            if (name == QLatin1String(entry.name)) {
                options.command = entry.command;
                known = true;
            }
        }
        if (!known)
            return fail(
                CommandLineError {QStringLiteral("unknown command '%1' (see --help)").arg(name)});
    }

    const auto percent = [&parser](const QCommandLineOption &option, int &target) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        target = parser.value(option).toInt(&ok);
        return ok && target >= -100 && target <= 1000;
    };
    options.preview.ball = parser.value(ballOption);
    options.preview.special = parser.value(specialOption);
    if (parser.isSet(outputOption))
        options.preview.output = parser.value(outputOption);
    options.preview.png = parser.isSet(pngOption);
    options.preview.starter = parser.isSet(starterOption);
    if (!percent(attackOption, options.preview.attackBonus)
        || !percent(healthOption, options.preview.healthBonus)) {
        return fail(CommandLineError {
            QStringLiteral("--attack-bonus and --health-bonus take a whole percentage between -100 "
                           "and 1000 (see --help)")});
    }

    if (parser.isSet(helpOption))
        options.command = BotCommand::Help;
    else if (parser.isSet(versionOption))
        options.command = BotCommand::Version;
    else if (parser.isSet(checkConfigOption))
        options.command = BotCommand::CheckConfig;
    return options;
}

} // namespace ballsdex::bot

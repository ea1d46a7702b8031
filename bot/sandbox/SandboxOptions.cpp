// SPDX-License-Identifier: MIT
#include "SandboxOptions.h"

namespace ballsdex::sandbox {

Result<SandboxOptions, QString> parseSandboxArguments(const QStringList &arguments)
{
    SandboxOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        QString name = argument;
        std::optional<QString> inlineValue;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(u'=')) {
            name = argument.section(u'=', 0, 0);
            inlineValue = argument.section(u'=', 1);
        }
        const auto value = [&]() -> std::optional<QString> {
            if (inlineValue)
                return inlineValue;
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments.at(++i);
        };
        const auto number = [&](int &target) -> bool {
            const auto text = value();
            bool ok = false;
            const int parsed = text ? text->toInt(&ok) : 0;
            if (!ok || parsed <= 0)
                return false;
            target = parsed;
            return true;
        };
        if (name == QLatin1String("--")) {
            options.botArguments = arguments.mid(i + 1);
            break;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            options.help = true;
        } else if (name == QLatin1String("--verbose") || name == QLatin1String("-v")) {
            options.verbose = true;
        } else if (name == QLatin1String("--script")) {
            options.scripted = true;
        } else if (name == QLatin1String("--interactive")) {
            options.scripted = false;
        } else if (name == QLatin1String("--no-color") || name == QLatin1String("--no-colour")) {
            options.colour = false;
        } else if (name == QLatin1String("--wait-timeout")) {
            if (!number(options.waitTimeoutSeconds))
                return fail(QStringLiteral("--wait-timeout needs a positive number of seconds"));
        } else if (name == QLatin1String("--ready-timeout")) {
            if (!number(options.readyTimeoutSeconds))
                return fail(QStringLiteral("--ready-timeout needs a positive number of seconds"));
        } else if (name == QLatin1String("--bot") || name == QLatin1String("--config")
                   || name == QLatin1String("--files") || name == QLatin1String("--log")
                   || name == QLatin1String("--as") || name == QLatin1String("--in")) {
            const auto text = value();
            if (!text || text->isEmpty())
                return fail(name + QStringLiteral(" needs a value"));
            if (name == QLatin1String("--bot"))
                options.botPath = *text;
            else if (name == QLatin1String("--config"))
                options.configPath = *text;
            else if (name == QLatin1String("--files"))
                options.filesDirectory = *text;
            else if (name == QLatin1String("--log"))
                options.logPath = *text;
            else if (name == QLatin1String("--as"))
                options.startAs = *text;
            else
                options.startIn = *text;
        } else {
            return fail(QStringLiteral("unknown argument %1 (see --help)").arg(argument));
        }
    }
    return options;
}

QString sandboxUsage()
{
    return QStringLiteral(
        "Usage: ballsdex-sandbox [options] [-- bot arguments]\n"
        "Runs the real ballsdex-bot against an offline fake Discord (a guild \"Sandbox Guild\"\n"
        "with #general and #spawn, users Alice, Bob, Charlie and Dana) and lets you play in the\n"
        "terminal. Type `help` inside for the commands. The database comes from the usual\n"
        "configuration (database-url, BALLSDEXBOT_DB_URL, DATABASE_URL).\n"
        "\n"
        "  --bot PATH          the ballsdex-bot executable (default: next to this program, or "
        "PATH)\n"
        "  --config FILE       passed to the bot as --config FILE\n"
        "  --files DIR         where the bot's images and files are saved (data/sandbox-files)\n"
        "  --log FILE          the bot's log (data/sandbox-bot.log)\n"
        "  --verbose, -v       also show the bot's log lines here\n"
        "  --as USER, --in CHANNEL  start as this user, in this channel\n"
        "  --wait-timeout S    default timeout of /wait (15)\n"
        "  --ready-timeout S   how long the bot may take to connect (90)\n"
        "  --script            read commands without prompts (default when stdin is not a "
        "terminal)\n"
        "  --interactive       prompts even when stdin is not a terminal\n"
        "  --no-color          plain output\n"
        "Exit status: 0 after /quit or end of input, 1 when the bot failed, 2 on usage errors.\n"
        "\n"
        "Example script (source tree): bot/sandbox/examples/catch-a-ball.txt sets the spawn\n"
        "channel, chats until a ball spawns, catches it and shows it with /balls list and\n"
        "/balls info:  ballsdex-sandbox --script < bot/sandbox/examples/catch-a-ball.txt\n");
}

} // namespace ballsdex::sandbox

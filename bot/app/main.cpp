// SPDX-License-Identifier: MIT
#include "app/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto options = ballsdex::bot::parseCommandLine(QCoreApplication::arguments());
    QTextStream out(stdout);
    if (!options) {
        QTextStream(stderr) << "ballsdex-bot: " << options.error().message << '\n';
        return 2;
    }
    if (options->command == ballsdex::bot::BotCommand::Help)
        out << ballsdex::bot::helpText();
    else
        out << "ballsdex-bot " << BALLSDEX_VERSION << '\n';
    return 0;
}

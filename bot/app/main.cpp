// SPDX-License-Identifier: MIT
#include "app/BotApplication.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Cards are drawn with QPainter and fonts, which need a QGuiApplication; no display is used.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ballsdex-bot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BALLSDEX_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = ballsdex::bot::parseCommandLine(QCoreApplication::arguments());
    if (!options) {
        err << "ballsdex-bot: " << options.error().message << '\n';
        return ballsdex::bot::ExitConfigError;
    }
    ballsdex::bot::BotApplication bot(*options, QProcessEnvironment::systemEnvironment(), out, err);
    return QCoro::waitFor(bot.run());
}

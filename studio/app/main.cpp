// SPDX-License-Identifier: MIT
#include "auth/KeychainSecretStore.h"
#include "mainwindow/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <memory>

namespace {

std::optional<QUrl> urlOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    return QUrl(parser.value(option));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BallsDex Studio"));
    QApplication::setOrganizationName(QStringLiteral("BallsDex"));
    QApplication::setApplicationVersion(QStringLiteral(BALLSDEX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ballsdex-studio"));

    QSettings settings;
    using namespace ballsdex::studio;
    installLanguage(resolveLanguage(settings.value(QStringLiteral("view/language")).toString()));
    applyTheme(themeFromKey(settings.value(QStringLiteral("view/theme")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "BallsDex Studio: card designer, catalogue editors and moderation desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate(
            "main", "PostgreSQL URL to connect to (default: BALLSDEXBOT_DB_URL or DATABASE_URL)."),
        QStringLiteral("url"));
    const QCommandLineOption mediaOption(
        QStringLiteral("media"),
        QApplication::translate("main", "The media folder shared with the bot."),
        QStringLiteral("folder"));
    const QCommandLineOption apiOption(
        QStringLiteral("discord-api-url"),
        QApplication::translate("main", "Discord API base for the login (default: the bot's)."),
        QStringLiteral("url"));
    const QCommandLineOption authorizeOption(
        QStringLiteral("discord-authorize-url"),
        QApplication::translate("main", "Discord authorize page (default: the bot's)."),
        QStringLiteral("url"));
    parser.addOptions({databaseOption, mediaOption, apiOption, authorizeOption});
    parser.process(app);

    KeychainSecretStore secrets;
    MainWindow window(secrets, settings);
    window.setDiscordOverrides({urlOption(parser, apiOption), urlOption(parser, authorizeOption)});
    if (parser.isSet(mediaOption))
        window.setMediaRoot(parser.value(mediaOption));
    window.show();

    QString url = parser.value(databaseOption);
    for (const char *variable : {"BALLSDEXBOT_DB_URL", "DATABASE_URL"}) {
        if (url.isEmpty())
            url = qEnvironmentVariable(variable);
    }
    if (!url.isEmpty())
        window.connectToDatabase(url);
    return QApplication::exec();
}

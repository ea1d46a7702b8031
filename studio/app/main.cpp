// SPDX-License-Identifier: MIT
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BallsDex Studio"));
    QApplication::setOrganizationName(QStringLiteral("BallsDex"));
    QApplication::setApplicationVersion(QStringLiteral(BALLSDEX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("BallsDex Studio: card designer and moderation desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("PostgreSQL URL to open (default: BALLSDEXBOT_DB_URL or DATABASE_URL)."),
        QStringLiteral("url"));
    parser.addOption(databaseOption);
    parser.process(app);

    ballsdex::studio::MainWindow window;
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

// SPDX-License-Identifier: MIT
#include "mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BallsDex Studio"));
    QApplication::setOrganizationName(QStringLiteral("BallsDex"));
    QApplication::setApplicationVersion(QStringLiteral(BALLSDEX_VERSION));

    ballsdex::studio::MainWindow window;
    window.show();
    return QApplication::exec();
}

// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ballsdex::studio {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BallsDex Studio"));
    resize(1200, 800);

    auto *placeholder = new QLabel(tr("Connect to a database to start designing cards."), this);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);

    createMenus();
    statusBar()->showMessage(tr("Not connected"));

    m_schemaCheck = new SchemaCheck(this);
    connect(m_schemaCheck, &SchemaCheck::finished, this, &MainWindow::showSchemaCheck);
}

void MainWindow::connectToDatabase(const QString &url)
{
    statusBar()->showMessage(tr("Connecting…"));
    m_schemaCheck->start(url);
}

void MainWindow::showSchemaCheck(const SchemaCheckResult &result)
{
    statusBar()->showMessage(result.summary);
    auto *label = qobject_cast<QLabel *>(centralWidget());
    if (label != nullptr) {
        label->setText(result.usable ? tr("Connected. The card designer and moderation desk arrive "
                                          "in the next releases.")
                                     : result.explanation);
    }
    Q_EMIT databaseChecked(result.usable);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction
        = helpMenu->addAction(tr("&About BallsDex Studio"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About BallsDex Studio"),
        tr("<b>BallsDex Studio</b> %1<br>Card designer and moderation desk for BallsDex.")
            .arg(QStringLiteral(BALLSDEX_VERSION)));
}

} // namespace ballsdex::studio

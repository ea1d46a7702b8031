// SPDX-License-Identifier: MIT
// The main window's menus, shortcuts and status bar.
#include "auth/LoginSession.h"
#include "catalogue/CatalogueEditors.h"
#include "connection/ConnectionDialog.h"
#include "designer/CardDesigner.h"
#include "mainwindow/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Theme.h"
#include "mainwindow/Workspace.h"
#include "moderation/ModerationDesk.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace ballsdex::studio {

namespace {

const QString ThemeKey = QStringLiteral("view/theme");
const QString LanguageKey = QStringLiteral("view/language");

} // namespace

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectAction
        = fileMenu->addAction(tr("&Connect to Database…"), this, &MainWindow::openConnectionDialog);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_disconnectAction
        = fileMenu->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromDatabase);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    fileMenu->addSeparator();
    m_saveAction = fileMenu->addAction(tr("&Save"), this, [this] {
        if (m_workspace != nullptr)
            m_workspace->saveCurrent();
    });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction *mediaAction
        = fileMenu->addAction(tr("&Media Folder…"), this, &MainWindow::chooseMediaFolder);
    mediaAction->setObjectName(QStringLiteral("mediaFolderAction"));
    fileMenu->addSeparator();
    m_logoutAction = fileMenu->addAction(tr("&Log Out"), this, &MainWindow::logOut);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_editMenu->addAction(tr("&Undo"), this, [this] {
        if (m_workspace != nullptr && m_workspace->undoStack() != nullptr)
            m_workspace->undoStack()->undo();
    });
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(tr("&Redo"), this, [this] {
        if (m_workspace != nullptr && m_workspace->undoStack() != nullptr)
            m_workspace->undoStack()->redo();
    });
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, QString>> tabs {
        {QStringLiteral("showCardsAction"), tr("&Cards")},
        {QStringLiteral("showCatalogueAction"), tr("Ca&talogue")},
        {QStringLiteral("showModerationAction"), tr("&Moderation")},
    };
    for (qsizetype index = 0; index < tabs.size(); ++index) {
        QAction *action = viewMenu->addAction(tabs[index].second, this, [this, index] {
            if (m_workspace == nullptr)
                return;
            QWidget *page = nullptr;
            if (index == 0)
                page = m_workspace->designer();
            else if (index == 1)
                page = m_workspace->catalogue();
            else
                page = m_workspace->moderation();
            if (page != nullptr)
                m_workspace->setCurrentWidget(page);
        });
        action->setObjectName(tabs[index].first);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + static_cast<int>(index))));
        m_tabActions.append(action);
    }
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themeMenu);
    const QString currentTheme = m_settings.value(ThemeKey, QStringLiteral("system")).toString();
    const QList<std::pair<QString, QString>> themes {
        {QStringLiteral("system"), tr("&System")},
        {QStringLiteral("light"), tr("&Light")},
        {QStringLiteral("dark"), tr("&Dark")},
    };
    for (const auto &[key, label] : themes) {
        QAction *action = themeMenu->addAction(label, this, [this, key] { chooseTheme(key); });
        action->setObjectName(QStringLiteral("theme_%1").arg(key));
        action->setCheckable(true);
        action->setChecked(key == currentTheme);
        themeGroup->addAction(action);
    }
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(languageMenu);
    const QString currentLanguage = resolveLanguage(m_settings.value(LanguageKey).toString());
    for (const StudioLanguage &language : availableLanguages()) {
        const QString code = language.code;
        QAction *action = languageMenu->addAction(language.nativeName, this,
                                                  [this, code] { chooseLanguage(code); });
        action->setObjectName(QStringLiteral("language_%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == currentLanguage);
        languageGroup->addAction(action);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction
        = helpMenu->addAction(tr("&About BallsDex Studio"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0); // busy: the length of a connection or login is unknown
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_identityStatus = new QLabel(this);
    m_identityStatus->setObjectName(QStringLiteral("identityStatus"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_identityStatus);
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->showMessage(tr("Not connected"));
}

void MainWindow::updateActions()
{
    const bool connected = m_database != nullptr;
    const bool working = m_workspace != nullptr;
    m_disconnectAction->setEnabled(connected);
    m_logoutAction->setEnabled(working);
    m_saveAction->setEnabled(working);
    QUndoStack *undo = working ? m_workspace->undoStack() : nullptr;
    m_undoAction->setEnabled(undo != nullptr);
    m_redoAction->setEnabled(undo != nullptr);
    for (QAction *action : m_tabActions)
        action->setEnabled(working);
    setWindowModified(working && m_workspace->hasUnsavedChanges());
    setWindowTitle(working ? tr("BallsDex Studio — %1[*]").arg(m_context->identity.displayName())
                           : tr("BallsDex Studio"));
}

void MainWindow::chooseMediaFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Media folder shared with the bot"), m_mediaRoot);
    if (folder.isEmpty())
        return;
    m_settings.setValue(QStringLiteral("media/root"), folder);
    setMediaRoot(folder);
    statusBar()->showMessage(tr("Images now go to %1").arg(folder), 10000);
}

void MainWindow::chooseTheme(const QString &key)
{
    m_settings.setValue(ThemeKey, key);
    applyTheme(themeFromKey(key));
}

void MainWindow::chooseLanguage(const QString &code)
{
    m_settings.setValue(LanguageKey, code);
    installLanguage(code);
    QMessageBox::information(this, tr("Language"),
                             tr("Studio will use this language everywhere from its next start."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About BallsDex Studio"),
        tr("<b>BallsDex Studio</b> %1<br>Card designer, catalogue editors and moderation desk "
           "for BallsDex.")
            .arg(QStringLiteral(BALLSDEX_VERSION)));
}

} // namespace ballsdex::studio

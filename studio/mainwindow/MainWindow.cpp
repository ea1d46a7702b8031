// SPDX-License-Identifier: MIT
#include "mainwindow/MainWindow.h"

#include "auth/LoginSession.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionSettings.h"
#include "connection/DatabaseFactory.h"
#include "mainwindow/LoginPage.h"
#include "mainwindow/Workspace.h"
#include "storage/AuditLogRepository.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ballsdex::studio {

namespace {

const QString MediaRootKey = QStringLiteral("media/root");

QString defaultMediaRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("BALLSDEX_MEDIA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("media"));
}

} // namespace

MainWindow::MainWindow(SecretStore &secrets, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_connectionSettings(std::make_unique<ConnectionSettings>(settings, secrets))
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_mediaRoot(settings.value(MediaRootKey, defaultMediaRoot()).toString())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BallsDex Studio"));
    resize(1280, 860);

    m_pages = new QStackedWidget(this);
    auto *welcomePage = new QWidget(m_pages);
    m_welcome = new QLabel(tr("Connect to the bot's database to design cards and moderate."),
                           welcomePage);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("Connect to a database…"), welcomePage);
    connectButton->setObjectName(QStringLiteral("welcomeConnectButton"));
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::openConnectionDialog);
    auto *welcomeLayout = new QVBoxLayout(welcomePage);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(m_welcome);
    welcomeLayout->addWidget(connectButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();
    m_pages->addWidget(welcomePage);
    m_loginPage = new LoginPage(m_pages);
    m_pages->addWidget(m_loginPage);
    setCentralWidget(m_pages);

    createMenus();
    createStatusBar();
    updateActions();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

ConnectionDialog *MainWindow::connectionDialog() const
{
    return m_dialog;
}

Workspace *MainWindow::workspace() const
{
    return m_workspace;
}

void MainWindow::setBrowserOpener(std::function<void(const QUrl &)> opener)
{
    m_openBrowser = std::move(opener);
    if (m_login)
        m_login->setBrowserOpener(m_openBrowser);
}

void MainWindow::setDiscardConfirmation(std::function<bool()> confirm)
{
    m_confirmDiscard = std::move(confirm);
}

void MainWindow::setMediaRoot(const QString &path)
{
    m_mediaRoot = path;
    if (m_context)
        m_context->mediaRoot = path;
}

void MainWindow::connectToDatabase(const QString &url)
{
    openConnectionDialog();
    if (m_dialog == nullptr)
        return; // the person kept their unsaved edits
    m_dialog->setUrl(url);
    m_dialog->startConnect();
}

void MainWindow::openConnectionDialog()
{
    if (m_dialog != nullptr) {
        m_dialog->raise();
        return;
    }
    if (!mayDropUnsavedChanges())
        return;
    m_dialog = new ConnectionDialog(*m_connectionSettings, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectionDialog::testFinished, this, &MainWindow::onConnectionFinished);
    connect(m_dialog, &ConnectionDialog::testFinished, this, [this](bool) { m_progress->hide(); });
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog != nullptr && m_dialog->outcome())
            useConnection(*m_dialog->outcome());
    });
    m_progress->show();
    m_dialog->open();
}

void MainWindow::onConnectionFinished(bool succeeded)
{
    if (!succeeded && m_dialog != nullptr && m_dialog->lastFailure()) {
        statusBar()->showMessage(m_dialog->lastFailure()->message, 10000);
    }
    Q_EMIT databaseChecked(succeeded);
}

void MainWindow::useConnection(const ConnectionOutcome &outcome)
{
    closeWorkspace();
    // The previous database's login must neither outlive it nor finish against the new one.
    m_loginPage->setSession(nullptr);
    if (m_login)
        m_login->cancel();
    m_login.reset();
    m_connection = outcome;
    m_database = createDatabase(outcome.profile, outcome.password);
    m_connectionStatus->setText(outcome.schemaSummary);
    statusBar()->clearMessage();

    if (!outcome.loginSettings) {
        showWelcome(outcome.notes.join(QLatin1Char('\n')));
        updateActions();
        return;
    }
    domain::StudioLoginSettings loginSettings = *outcome.loginSettings;
    if (m_overrides.apiBaseUrl)
        loginSettings.apiBaseUrl = *m_overrides.apiBaseUrl;
    if (m_overrides.authorizeUrl)
        loginSettings.authorizeUrl = *m_overrides.authorizeUrl;
    m_login = std::make_unique<LoginSession>(loginSettings, m_secrets);
    m_login->setBrowserOpener(m_openBrowser);
    connect(m_login.get(), &LoginSession::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_login.get(), &LoginSession::loggedOut, this, [this] {
        closeWorkspace();
        m_pages->setCurrentWidget(m_loginPage);
        m_identityStatus->clear();
        updateActions();
        Q_EMIT loggedOut();
    });
    connect(m_login.get(), &LoginSession::busyChanged, m_progress, &QWidget::setVisible);
    m_loginPage->setSession(m_login.get());
    m_loginPage->setConnectionText(outcome.schemaSummary);
    m_loginPage->showError({});
    m_pages->setCurrentWidget(m_loginPage);
    updateActions();
    m_login->resume(); // a saved login needs no browser; without one the page just waits
}

void MainWindow::onLoggedIn(const StudioIdentity &identity)
{
    const StudioRole databaseRole = m_connection ? m_connection->databaseRole : StudioRole::None;
    StudioIdentity effective = identity;
    effective.role = effectiveRole(identity.role, databaseRole);
    if (effective.role == StudioRole::None) {
        m_loginPage->showError(
            tr("Discord makes you %1, but this database login is only allowed %2, so there is "
               "nothing you can do with it. Ask an operator for a database login with the "
               "matching Studio role.")
                .arg(roleDisplayName(identity.role), roleDisplayName(databaseRole)));
        return;
    }
    closeWorkspace();
    m_context
        = std::make_unique<StudioContext>(StudioContext {*m_database, effective, m_mediaRoot});
    recordLogin(effective);
    m_workspace = new Workspace(*m_context, m_pages);
    if (m_confirmDiscard)
        m_workspace->setDiscardWithoutAsking();
    connect(m_workspace, &Workspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_workspace, &Workspace::unsavedChangesChanged, this, &MainWindow::updateActions);
    m_pages->addWidget(m_workspace);
    m_pages->setCurrentWidget(m_workspace);
    m_identityStatus->setText(
        tr("%1 — %2").arg(effective.displayName(), roleDisplayName(effective.role)));
    if (effective.role != identity.role) {
        statusBar()->showMessage(
            tr("Working as %1: this database login does not allow everything your Discord role "
               "does.")
                .arg(roleDisplayName(effective.role)),
            15000);
    }
    updateActions();
    Q_EMIT workspaceReady();
}

void MainWindow::recordLogin(const StudioIdentity &identity)
{
    domain::AuditEntry entry;
    entry.actorDiscordId = identity.discordId;
    entry.actorSource = QStringLiteral("studio");
    entry.action = QStringLiteral("studio.login");
    entry.targetType = QStringLiteral("studio_user");
    entry.targetId = QString::number(identity.discordId);
    entry.after = QJsonObject {{QStringLiteral("role"), roleKey(identity.role)},
                               {QStringLiteral("username"), identity.username}};
    // A failed audit line must not keep the person out; the operator learns of it from the log.
    storage::AuditLogRepository(*m_database)
        .append(entry)
        .then(this, [](const Result<domain::RowId, storage::StorageError> &written) {
            if (!written)
                qCWarning(lcStudio).noquote()
                    << "Could not record the Studio login in the audit log:"
                    << written.error().message;
        });
}

void MainWindow::logOut()
{
    if (!mayDropUnsavedChanges() || !m_login)
        return;
    m_login->logout();
}

void MainWindow::disconnectFromDatabase()
{
    if (!mayDropUnsavedChanges())
        return;
    closeWorkspace();
    if (m_login)
        m_login->cancel();
    m_loginPage->setSession(nullptr);
    m_login.reset();
    m_database.reset();
    m_connection.reset();
    m_connectionStatus->clear();
    statusBar()->showMessage(tr("Not connected"));
    m_identityStatus->clear();
    showWelcome(tr("Disconnected. Connect to a database to go on."));
    updateActions();
}

void MainWindow::closeWorkspace()
{
    if (m_workspace != nullptr) {
        m_pages->removeWidget(m_workspace);
        delete m_workspace;
    }
    m_context.reset();
}

bool MainWindow::mayDropUnsavedChanges()
{
    if (m_workspace == nullptr || !m_workspace->hasUnsavedChanges())
        return true;
    if (m_confirmDiscard)
        return m_confirmDiscard();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Some edits are not saved yet. Drop them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_workspace->setDiscardWithoutAsking();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDropUnsavedChanges()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::showWelcome(const QString &text)
{
    m_welcome->setText(text);
    m_pages->setCurrentIndex(0);
}

} // namespace ballsdex::studio

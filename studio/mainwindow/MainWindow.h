// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionTester.h"
#include "session/StudioContext.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QActionGroup;

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::studio {

class ConnectionDialog;
class ConnectionSettings;
class LoginPage;
class LoginSession;
class SecretStore;
class Workspace;

/// Where Discord is for the login when the bot's published settings should not be used (tests,
/// a staging application).
struct DiscordOverrides
{
    std::optional<QUrl> apiBaseUrl;
    std::optional<QUrl> authorizeUrl;
};

/// Studio's top-level window: connect to PostgreSQL, log in with Discord, then work in the tabs
/// the role allows. Owns the database handle and the session of the person using it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(SecretStore &secrets, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// How the Discord authorize page reaches a browser (default: QDesktopServices::openUrl).
    void setBrowserOpener(std::function<void(const QUrl &)> opener);
    void setDiscordOverrides(DiscordOverrides overrides) { m_overrides = std::move(overrides); }
    /// Asked before unsaved edits are dropped; true drops them. Default: a message box.
    void setDiscardConfirmation(std::function<bool()> confirm);
    void setMediaRoot(const QString &path);

    /// Opens the connection dialog filled from `url` and starts connecting.
    void connectToDatabase(const QString &url);
    void openConnectionDialog();
    void disconnectFromDatabase();

    [[nodiscard]] ConnectionDialog *connectionDialog() const;
    [[nodiscard]] LoginSession *loginSession() const { return m_login.get(); }
    [[nodiscard]] Workspace *workspace() const;
    [[nodiscard]] const StudioContext *context() const { return m_context.get(); }

Q_SIGNALS:
    /// A connection attempt ended (the schema matched and the login settings were read, or not).
    void databaseChecked(bool usable);
    /// The person is logged in and the workspace for their role is shown.
    void workspaceReady();
    void loggedOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void updateActions();
    void onConnectionFinished(bool succeeded);
    void useConnection(const ConnectionOutcome &outcome);
    void onLoggedIn(const StudioIdentity &identity);
    void recordLogin(const StudioIdentity &identity);
    void logOut();
    void closeWorkspace();
    [[nodiscard]] bool mayDropUnsavedChanges();
    void chooseMediaFolder();
    void chooseTheme(const QString &key);
    void chooseLanguage(const QString &code);
    void showAbout();
    void showWelcome(const QString &text);

    SecretStore &m_secrets;
    QSettings &m_settings;
    std::unique_ptr<ConnectionSettings> m_connectionSettings;
    DiscordOverrides m_overrides;
    std::function<void(const QUrl &)> m_openBrowser;
    std::function<bool()> m_confirmDiscard;
    QString m_mediaRoot;

    std::optional<ConnectionOutcome> m_connection;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<StudioContext> m_context;
    std::unique_ptr<LoginSession> m_login;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    LoginPage *m_loginPage = nullptr;
    QPointer<Workspace> m_workspace;
    QPointer<ConnectionDialog> m_dialog;

    QLabel *m_connectionStatus = nullptr;
    QLabel *m_identityStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QList<QAction *> m_tabActions;
};

} // namespace ballsdex::studio

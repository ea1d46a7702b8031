// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionFailure.h"
#include "connection/ConnectionProfile.h"
#include "connection/ConnectionTester.h"

#include <QCoroTask>
#include <QDialog>
#include <QFutureWatcher>

#include <chrono>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ballsdex::studio {

class ConnectionSettings;

/// Asks where the BallsDex database is and who logs in, tests the connection off the GUI thread
/// and, on success, hands over the profile, the password (in memory), the database role and the
/// bot's login settings (outcome()), then accepts. Failures are shown as translated sentences.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(ConnectionSettings &settings, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Fills the form from a URL (e.g. --database); a password in it goes to the password field.
    void setUrl(const QString &url);
    /// Starts the test, as the Connect button does.
    void startConnect();

    [[nodiscard]] const std::optional<ConnectionOutcome> &outcome() const { return m_outcome; }
    [[nodiscard]] const std::optional<ConnectionFailure> &lastFailure() const
    {
        return m_lastFailure;
    }
    [[nodiscard]] bool isTesting() const { return m_testing; }
    /// How long the opening of the connection may take (default 15 s).
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

public Q_SLOTS:
    /// Closes the dialog; a test still running is abandoned (its result is ignored).
    void reject() override;

Q_SIGNALS:
    /// A test ended; on success the dialog accepts right after.
    void testFinished(bool succeeded);

private:
    void buildForm();
    void fillFromProfile(const ConnectionProfile &profile);
    [[nodiscard]] ConnectionProfile profileFromFields() const;
    void urlEdited(const QString &text);
    void fieldsEdited();
    void recentChosen(int index);
    void chooseRootCertificate();
    void updateRootCertificateHint();
    void setBusy(bool busy);
    void showFailure(const ConnectionFailure &failure);
    void testDone();
    QCoro::Task<> completeConnection(ConnectionOutcome outcome);
    QCoro::Task<> loadStoredPassword(ConnectionProfile profile);

    ConnectionSettings &m_settings;
    QFutureWatcher<Result<ConnectionOutcome, ConnectionFailure>> m_watcher;
    std::optional<ConnectionOutcome> m_outcome;
    std::optional<ConnectionFailure> m_lastFailure;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(15)};
    bool m_testing = false;
    bool m_abandoned = false;
    bool m_syncing = false;
    bool m_urlValid = true;
    QString m_applicationName = QStringLiteral("BallsDex Studio");
    QList<QPair<QString, QString>> m_extraParameters;

    QComboBox *m_recent = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_rootCert = nullptr;
    QPushButton *m_rootCertBrowse = nullptr;
    QLabel *m_rootCertHint = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#include "connection/ConnectionDialog.h"

#include "connection/ConnectionSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace ballsdex::studio {
namespace {

template<typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

} // namespace

ConnectionDialog::ConnectionDialog(ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to the BallsDex database"));
    buildForm();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConnectionDialog::testDone);

    const QList<RecentConnection> recent = m_settings.recentConnections();
    for (const RecentConnection &entry : recent)
        m_recent->addItem(entry.profile.displayName(), entry.profile.toUrl());
    m_recent->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        recentChosen(0);
    } else {
        fillFromProfile(ConnectionProfile {});
    }
    connect(m_recent, &QComboBox::activated, this, &ConnectionDialog::recentChosen);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildForm()
{
    m_recent = named(new QComboBox(this), "recentConnectionsCombo");
    m_recent->setPlaceholderText(tr("No recent connection"));
    m_url = named(new QLineEdit(this), "urlEdit");
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/ballsdex"));
    m_host = named(new QLineEdit(this), "hostEdit");
    m_host->setPlaceholderText(tr("localhost, or a socket directory such as /run/postgresql"));
    m_port = named(new QSpinBox(this), "portSpin");
    m_port->setRange(1, 65535);
    m_database = named(new QLineEdit(this), "databaseEdit");
    m_user = named(new QLineEdit(this), "userEdit");
    m_password = named(new QLineEdit(this), "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = named(new QComboBox(this), "sslModeCombo");
    m_sslMode->addItem(tr("disable: never encrypt"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("allow: encrypt if the server insists"), QStringLiteral("allow"));
    m_sslMode->addItem(tr("prefer: encrypt when possible"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require: always encrypt"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca: encrypt, check the certificate authority"),
                       QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full: encrypt, check the authority and host name"),
                       QStringLiteral("verify-full"));
    m_rootCert = named(new QLineEdit(this), "rootCertEdit");
    m_rootCertBrowse = named(new QPushButton(tr("Choose…"), this), "rootCertBrowseButton");
    m_rootCertHint = named(new QLabel(this), "rootCertHint");
    m_rootCertHint->setWordWrap(true);
    m_rememberPassword = named(new QCheckBox(tr("Remember password in the system keychain"), this),
                               "rememberPasswordCheck");
    m_progress = named(new QProgressBar(this), "connectProgress");
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = named(new QLabel(this), "statusLabel");
    m_error = named(new QLabel(this), "errorLabel");
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_connect
        = named(buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole), "connectButton");
    m_connect->setDefault(true);
    m_cancel = named(buttons->addButton(QDialogButtonBox::Cancel), "cancelButton");
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::startConnect);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *rootCertRow = new QHBoxLayout;
    rootCertRow->addWidget(m_rootCert, 1);
    rootCertRow->addWidget(m_rootCertBrowse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&TLS (sslmode):"), m_sslMode);
    form->addRow(tr("Root &certificate:"), rootCertRow);
    form->addRow(QString(), m_rootCertHint);
    form->addRow(QString(), m_rememberPassword);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textEdited, this, &ConnectionDialog::urlEdited);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_rootCert})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_rootCertBrowse, &QPushButton::clicked, this,
            &ConnectionDialog::chooseRootCertificate);
}

void ConnectionDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited(url);
}

void ConnectionDialog::fillFromProfile(const ConnectionProfile &profile)
{
    m_syncing = true;
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_sslMode->setCurrentIndex(m_sslMode->findData(sslModeKey(profile.sslMode)));
    m_rootCert->setText(profile.sslRootCert);
    m_applicationName = profile.applicationName;
    m_extraParameters = profile.extraParameters;
    m_syncing = false;
    m_url->setText(profile.toUrl());
    m_urlValid = true;
    updateRootCertificateHint();
}

ConnectionProfile ConnectionDialog::profileFromFields() const
{
    ConnectionProfile profile;
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.sslMode = sslModeFromKey(m_sslMode->currentData().toString()).value_or(SslMode::Prefer);
    profile.sslRootCert = m_rootCert->text().trimmed();
    profile.applicationName = m_applicationName;
    profile.extraParameters = m_extraParameters;
    return profile;
}

void ConnectionDialog::urlEdited(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    QString password;
    const auto profile = ConnectionProfile::fromUrl(text, &password);
    m_urlValid = bool(profile);
    if (!profile) {
        m_error->setText(tr("This URL cannot be used: %1").arg(profile.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    if (!password.isEmpty())
        m_password->setText(password);
    // The URL being typed stays as typed, unless it held a password: that moves to the password
    // field only.
    const QString typed = m_url->text();
    const int cursor = m_url->cursorPosition();
    fillFromProfile(*profile);
    if (password.isEmpty()) {
        m_url->setText(typed);
        m_url->setCursorPosition(cursor);
    }
}

void ConnectionDialog::fieldsEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_url->setText(profileFromFields().toUrl());
    m_urlValid = true;
    m_syncing = false;
    m_error->hide();
    updateRootCertificateHint();
}

void ConnectionDialog::recentChosen(int index)
{
    const QList<RecentConnection> recent = m_settings.recentConnections();
    if (index < 0 || index >= recent.size())
        return;
    const RecentConnection &entry = recent[index];
    fillFromProfile(entry.profile);
    m_password->clear();
    m_rememberPassword->setChecked(entry.rememberPassword);
    if (entry.rememberPassword)
        loadStoredPassword(entry.profile);
}

QCoro::Task<> ConnectionDialog::loadStoredPassword(ConnectionProfile profile)
{
    QPointer<ConnectionDialog> self(this);
    const auto stored = co_await m_settings.storedPassword(profile);
    if (!self || profileFromFields().secretKey() != profile.secretKey())
        co_return;
    if (!stored) {
        m_status->setText(
            tr("The system keychain did not give the password: %1").arg(stored.error()));
    } else if (stored->has_value() && m_password->text().isEmpty()) {
        m_password->setText(**stored);
    }
}

void ConnectionDialog::chooseRootCertificate()
{
    const QString start = m_rootCert->text().isEmpty() ? QDir::homePath() : m_rootCert->text();
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Root certificate of the database server"), start,
                                       tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_rootCert->setText(file);
}

void ConnectionDialog::updateRootCertificateHint()
{
    const ConnectionProfile profile = profileFromFields();
    if (!verifiesCertificate(profile.sslMode)) {
        m_rootCertHint->setText(tr("Used only with verify-ca and verify-full."));
    } else if (const auto missing = profile.missingRootCertificate()) {
        m_rootCertHint->setText(tr("Needed: %1 does not exist.").arg(*missing));
    } else {
        m_rootCertHint->setText(tr("Server certificates are checked against %1.")
                                    .arg(profile.effectiveRootCertificate()));
    }
}

void ConnectionDialog::setBusy(bool busy)
{
    m_testing = busy;
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_recent, m_url, m_host, m_port, m_database, m_user, m_password, m_sslMode, m_rootCert,
             m_rootCertBrowse, m_rememberPassword, m_connect})
        widget->setEnabled(!busy);
    m_recent->setEnabled(!busy && m_recent->count() > 0);
    m_progress->setVisible(busy);
}

void ConnectionDialog::showFailure(const ConnectionFailure &failure)
{
    m_lastFailure = failure;
    m_status->clear();
    m_error->setText(failure.fullText());
    m_error->show();
}

void ConnectionDialog::startConnect()
{
    if (m_testing)
        return;
    if (!m_urlValid) {
        showFailure(
            ConnectionFailure::make(ConnectionFailure::Kind::InvalidProfile, m_error->text()));
        Q_EMIT testFinished(false);
        return;
    }
    const ConnectionProfile profile = profileFromFields();
    m_abandoned = false;
    m_lastFailure.reset();
    m_error->hide();
    m_status->setText(tr("Connecting to %1…").arg(describeServer(profile)));
    setBusy(true);
    m_watcher.setFuture(testConnectionAsync(profile, m_password->text(), m_timeout));
}

void ConnectionDialog::reject()
{
    m_abandoned = m_testing;
    setBusy(false);
    m_status->clear();
    QDialog::reject();
}

void ConnectionDialog::testDone()
{
    if (std::exchange(m_abandoned, false))
        return;
    auto result = m_watcher.result();
    if (!result) {
        setBusy(false);
        showFailure(result.error());
        Q_EMIT testFinished(false);
        return;
    }
    completeConnection(std::move(*result));
}

QCoro::Task<> ConnectionDialog::completeConnection(ConnectionOutcome outcome)
{
    QPointer<ConnectionDialog> self(this);
    const bool remember = m_rememberPassword->isChecked();
    Result<void, QString> saved;
    if (remember && !outcome.password.isEmpty())
        saved = co_await m_settings.storePassword(outcome.profile, outcome.password);
    else
        saved = co_await m_settings.forgetPassword(outcome.profile);
    if (!self)
        co_return;
    if (std::exchange(m_abandoned, false))
        co_return;
    if (!saved)
        outcome.notes.append(tr("The system keychain refused the password: %1").arg(saved.error()));
    m_settings.remember(outcome.profile, remember);
    setBusy(false);
    m_status->setText(outcome.schemaSummary);
    m_outcome = std::move(outcome);
    Q_EMIT testFinished(true);
    accept();
}

} // namespace ballsdex::studio

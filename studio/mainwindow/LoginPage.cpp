// SPDX-License-Identifier: MIT
#include "mainwindow/LoginPage.h"

#include "auth/LoginSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ballsdex::studio {

LoginPage::LoginPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("loginPage"));
    auto *title = new QLabel(tr("<h2>Log in with Discord</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *explanation = new QLabel(
        tr("Studio opens Discord in your browser. Your roles in the admin server decide what you "
           "can do here: artists edit the catalogue, staff moderate, admins do both. Your Discord "
           "account needs two-factor authentication."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("loginConnectionLabel"));
    m_connection->setAlignment(Qt::AlignCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loginStatusLabel"));
    m_status->setAlignment(Qt::AlignCenter);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: #d83c3e;"));
    m_error->hide();

    m_login = new QPushButton(tr("Log in with Discord"), this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("loginCancelButton"));
    m_cancel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_login);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addStretch();
    column->addWidget(title);
    column->addWidget(explanation);
    column->addSpacing(12);
    column->addWidget(m_connection);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addWidget(m_error);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addLayout(column, 3);
    outer->addStretch();
}

void LoginPage::setSession(LoginSession *session)
{
    if (m_session != nullptr) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_login, nullptr, m_session, nullptr);
        disconnect(m_cancel, nullptr, m_session, nullptr);
    }
    m_session = session;
    if (session == nullptr)
        return;
    connect(m_login, &QPushButton::clicked, session, [this] {
        m_error->hide();
        m_session->login();
    });
    connect(m_cancel, &QPushButton::clicked, session, [this] {
        m_session->cancel();
        onBusyChanged(false);
        m_status->clear();
    });
    connect(session, &LoginSession::statusChanged, m_status, &QLabel::setText);
    connect(session, &LoginSession::busyChanged, this, &LoginPage::onBusyChanged);
    connect(session, &LoginSession::failed, this, &LoginPage::onFailed);
    onBusyChanged(session->isBusy());
}

void LoginPage::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void LoginPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginPage::onBusyChanged(bool busy)
{
    m_login->setEnabled(!busy);
    m_cancel->setVisible(busy);
}

void LoginPage::onFailed(const AuthError &error)
{
    // A missing saved login is the normal first start, not something to apologise for.
    if (error.kind == AuthError::Kind::NoSavedLogin)
        return;
    showError(error.message());
}

} // namespace ballsdex::studio

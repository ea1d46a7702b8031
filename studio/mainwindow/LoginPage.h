// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "session/StudioRole.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ballsdex::studio {

class LoginSession;

/// The page between connecting and working: "Log in with Discord", what is happening while the
/// browser is open, and a plain explanation when Discord or the role mapping says no.
class LoginPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    explicit LoginPage(QWidget *parent = nullptr);

    /// Follows this session's progress (the page does not own it).
    void setSession(LoginSession *session);
    /// Where the person is connected, shown above the button.
    void setConnectionText(const QString &text);
    void showError(const QString &message);

private:
    void onBusyChanged(bool busy);
    void onFailed(const AuthError &error);

    QPointer<LoginSession> m_session;
    QLabel *m_connection = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ballsdex::studio

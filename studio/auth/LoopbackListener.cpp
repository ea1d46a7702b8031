// SPDX-License-Identifier: MIT
#include "auth/LoopbackListener.h"

#include <QOAuthHttpServerReplyHandler>

namespace ballsdex::studio {

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(fail(AuthError {AuthError::Kind::Timeout, {}}));
    });
}

LoopbackListener::~LoopbackListener() = default;

Result<void, AuthError> LoopbackListener::start(const QString &expectedState, quint16 port,
                                                std::chrono::milliseconds timeout)
{
    if (m_handler)
        return fail(AuthError {AuthError::Kind::Network,
                               QStringLiteral("the login listener was already started")});
    m_state = expectedState;
    // The handler's own default address is "any interface"; only the loopback one is wanted.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, this);
    if (!m_handler->isListening())
        return fail(AuthError {
            AuthError::Kind::Network,
            tr("cannot listen on 127.0.0.1 port %1 for the browser's answer").arg(port)});
    m_port = m_handler->port();
    m_handler->setCallbackPath(QLatin1String(CallbackPath));
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &LoopbackListener::onCallback);
    m_timeout.start(timeout);
    return {};
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QLatin1String(CallbackPath));
    return url;
}

bool LoopbackListener::isListening() const
{
    return m_handler && m_handler->isListening();
}

Result<QString, AuthError> LoopbackListener::outcome() const
{
    if (!m_outcome)
        return fail(AuthError {AuthError::Kind::Cancelled, {}});
    return *m_outcome;
}

void LoopbackListener::cancel()
{
    finish(fail(AuthError {AuthError::Kind::Cancelled, {}}));
}

void LoopbackListener::onCallback(const QVariantMap &values)
{
    if (m_outcome)
        return;
    const QString state = values.value(QStringLiteral("state")).toString();
    if (state.isEmpty() || state != m_state) {
        showPage(tr("Login refused"),
                 tr("This answer does not belong to the login BallsDex Studio is waiting for, so "
                    "it was ignored. Go back to Studio and start the login again."));
        finish(fail(AuthError {AuthError::Kind::StateMismatch, {}}));
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    const QString description = values.value(QStringLiteral("error_description")).toString();
    if (error == QLatin1String("access_denied")) {
        showPage(tr("Login cancelled"),
                 tr("You declined the authorization, so BallsDex Studio was not given access. You "
                    "can close this tab."));
        finish(fail(AuthError {AuthError::Kind::Denied, description}));
        return;
    }
    const QString code = values.value(QStringLiteral("code")).toString();
    if (!error.isEmpty() || code.isEmpty()) {
        showPage(tr("Login failed"),
                 tr("Discord did not complete the login. Go back to BallsDex Studio to see why."));
        const QString detail = error.isEmpty()
            ? QStringLiteral("the redirect carried no authorization code")
            : (description.isEmpty() ? error : error + QStringLiteral(": ") + description);
        finish(fail(AuthError {AuthError::Kind::ServerError, detail}));
        return;
    }
    showPage(tr("Logged in"),
             tr("Discord answered. You can close this tab and go back to BallsDex Studio."));
    finish(code);
}

void LoopbackListener::finish(Result<QString, AuthError> outcome)
{
    if (m_outcome)
        return;
    m_timeout.stop();
    if (m_handler)
        m_handler->close();
    m_outcome = std::move(outcome);
    Q_EMIT finished();
}

void LoopbackListener::showPage(const QString &title, const QString &text)
{
    // Written by the handler right after callbackReceived returns.
    m_handler->setCallbackText(QStringLiteral("<h1>") + title.toHtmlEscaped()
                               + QStringLiteral("</h1><p>") + text.toHtmlEscaped()
                               + QStringLiteral("</p>"));
}

} // namespace ballsdex::studio

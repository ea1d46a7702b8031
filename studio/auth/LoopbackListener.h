// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <chrono>
#include <optional>

class QOAuthHttpServerReplyHandler;

namespace ballsdex::studio {

/// The redirect target of one browser login (RFC 8252 loopback redirect): listens on 127.0.0.1
/// only, takes the first request to the callback path, checks its state and stops listening.
/// The browser gets a short page saying what happened.
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::minutes(5);
    static constexpr const char *CallbackPath = "/callback";

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    /// Starts listening (port 0: a free port) for a redirect carrying `expectedState`.
    [[nodiscard]] Result<void, AuthError> start(const QString &expectedState, quint16 port = 0,
                                                std::chrono::milliseconds timeout = DefaultTimeout);
    /// http://127.0.0.1:<port>/callback, the redirect_uri to send to Discord.
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] bool isFinished() const { return m_outcome.has_value(); }
    /// The authorization code, or why there is none. Only meaningful once finished.
    [[nodiscard]] Result<QString, AuthError> outcome() const;

    /// Stops waiting; finishes with AuthError::Kind::Cancelled unless already finished.
    void cancel();

Q_SIGNALS:
    /// Once: a callback with the right state, a refused callback, the timeout or cancel().
    void finished();

private:
    void onCallback(const QVariantMap &values);
    void finish(Result<QString, AuthError> outcome);
    void showPage(const QString &title, const QString &text);

    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QTimer m_timeout;
    QString m_state;
    quint16 m_port = 0;
    std::optional<Result<QString, AuthError>> m_outcome;
};

} // namespace ballsdex::studio

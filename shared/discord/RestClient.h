// SPDX-License-Identifier: MIT
#pragma once

#include "RateLimiter.h"
#include "RestTypes.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace ballsdex::discord {

/// Discord's HTTP API over QNetworkAccessManager, scheduled by a RateLimiter: auth and
/// User-Agent headers, JSON or multipart bodies, 429 waits, 5xx backoff, and a full stop on 401.
/// Every call resolves its future exactly once; nothing throws.
class RestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestClient)

public:
    enum class AuthScheme { Bot, Bearer };

    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://discord.com/api/v10"));
        QString userAgentUrl
            = QStringLiteral("https://github.com/Ballsdex-Team/BallsDex-DiscordBot");
        QString userAgentVersion = QStringLiteral(BALLSDEX_VERSION);
        int maxServerRetries = 3; ///< 5xx, network errors and timeouts
        int maxRateLimitRetries = 5; ///< 429s per request
        int backoffBaseMs = 500;
        int backoffMaxMs = 10000;
        int timeoutMs = 20000; ///< per HTTP exchange; then Timeout (retried like a network error)
        RateLimiter::Options limiter;
    };

    RestClient(QString token, Options options, QObject *parent = nullptr);
    explicit RestClient(QString token, QObject *parent = nullptr);
    ~RestClient() override;

    /// Replaces the credentials and lifts a stop caused by a 401.
    void setToken(QString token, AuthScheme scheme = AuthScheme::Bot);
    [[nodiscard]] QFuture<RestResult> send(RestRequest request);
    /// Fails every queued request with Stopped and refuses new ones (shutdown).
    void stop();
    [[nodiscard]] bool isStopped() const { return m_stopped; }
    [[nodiscard]] const RateLimiter &limiter() const { return m_limiter; }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QByteArray userAgent() const;

    /// A future that is already finished with the given result.
    [[nodiscard]] static QFuture<RestResult> finished(RestResult result);

Q_SIGNALS:
    /// A 401: the token is invalid; all REST traffic has stopped.
    void unauthorized();
    /// Too many invalid responses (401/403/429) in the window; traffic pauses until it clears.
    void invalidRequestLimitReached();
    void rateLimited(const QString &routeKey, double retryAfter, bool global);
    /// One finished HTTP exchange (retries included separately), for metrics.
    void requestFinished(const QString &routeKey, int httpStatus, qint64 elapsedMs);

private:
    struct Call
    {
        RestRequest request;
        QPromise<RestResult> promise;
        int serverRetries = 0;
        int rateLimitRetries = 0;
        QElapsedTimer sentAt;
        QNetworkReply *reply = nullptr;
    };

    void pump();
    void startCall(RateLimiter::Ticket ticket);
    void onReplyFinished(RateLimiter::Ticket ticket);
    bool retryLater(RateLimiter::Ticket ticket, Call &call, const QString &why);
    void finish(RateLimiter::Ticket ticket, RestResult result);
    void failQueued(const RestError &error);
    void stopAfterUnauthorized();
    [[nodiscard]] qint64 backoffMs(int attempt) const;

    Options m_options;
    QString m_token;
    AuthScheme m_scheme = AuthScheme::Bot;
    QNetworkAccessManager *m_network = nullptr;
    QElapsedTimer m_monotonic;
    RateLimiter m_limiter;
    QTimer m_wake;
    std::unordered_map<RateLimiter::Ticket, std::unique_ptr<Call>> m_calls;
    bool m_stopped = false;
    bool m_breakerReported = false;
};

} // namespace ballsdex::discord

// SPDX-License-Identifier: MIT
#include "RestClient.h"

#include "DiscordLogging.h"
#include "MultipartBody.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

namespace ballsdex::discord {

namespace {

bool retriesByDefault(HttpMethod method)
{
    return method != HttpMethod::Post;
}

QByteArray excerpt(const QByteArray &body)
{
    QByteArray text = body.left(160).simplified();
    return body.size() > 160 ? text + "…" : text;
}

} // namespace

RestClient::RestClient(QString token, QObject *parent)
    : RestClient(std::move(token), Options {}, parent)
{
}

RestClient::RestClient(QString token, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_token(std::move(token))
    , m_network(new QNetworkAccessManager(this))
    , m_limiter([this] { return m_monotonic.elapsed(); }, m_options.limiter)
{
    m_monotonic.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &RestClient::pump);
}

RestClient::~RestClient()
{
    m_wake.stop();
    for (auto &[ticket, call] : m_calls) {
        if (call->reply) {
            disconnect(call->reply, nullptr, this, nullptr);
            call->reply->abort();
        }
        call->promise.addResult(fail(RestError::make(
            RestError::Kind::Stopped, QStringLiteral("the REST client was destroyed"))));
        call->promise.finish();
    }
    m_calls.clear();
}

void RestClient::setToken(QString token, AuthScheme scheme)
{
    m_token = std::move(token);
    m_scheme = scheme;
    m_stopped = false;
    m_limiter.resume();
    pump();
}

QByteArray RestClient::userAgent() const
{
    return QStringLiteral("DiscordBot (%1, %2)")
        .arg(m_options.userAgentUrl, m_options.userAgentVersion)
        .toUtf8();
}

QFuture<RestResult> RestClient::finished(RestResult result)
{
    QPromise<RestResult> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

QFuture<RestResult> RestClient::send(RestRequest request)
{
    if (m_stopped) {
        RestError error
            = RestError::make(RestError::Kind::Stopped, QStringLiteral("REST traffic is stopped"));
        error.route = request.route.routeKey();
        return finished(fail(std::move(error)));
    }
    if (!request.files.isEmpty())
        request.json = QJsonDocument(
            withAttachmentEntries(request.json.value_or(QJsonDocument()).object(), request.files));
    if (!request.retryOnServerError)
        request.retryOnServerError = retriesByDefault(request.route.method());

    auto call = std::make_unique<Call>();
    call->request = std::move(request);
    call->promise.start();
    QFuture<RestResult> future = call->promise.future();
    const RateLimiter::Ticket ticket = m_limiter.enqueue(call->request.route);
    m_calls.emplace(ticket, std::move(call));
    // Dispatch from the event loop so a burst of sends is scheduled together.
    if (!m_wake.isActive() || m_wake.remainingTime() > 0)
        m_wake.start(0);
    return future;
}

void RestClient::pump()
{
    for (const RateLimiter::Ticket ticket : m_limiter.takeReady())
        startCall(ticket);
    if (const auto wait = m_limiter.msUntilNextReady())
        m_wake.start(static_cast<int>(std::min<qint64>(*wait, 24 * 3600 * 1000)));
    if (m_limiter.isBreakerOpen() && !m_breakerReported) {
        m_breakerReported = true;
        qCWarning(lcDiscordRest) << "invalid-request breaker open:"
                                 << m_limiter.invalidRequestCount()
                                 << "invalid responses in the window; pausing REST traffic";
        Q_EMIT invalidRequestLimitReached();
    } else if (!m_limiter.isBreakerOpen()) {
        m_breakerReported = false;
    }
}

void RestClient::startCall(RateLimiter::Ticket ticket)
{
    const auto found = m_calls.find(ticket);
    if (found == m_calls.end())
        return;
    Call &call = *found->second;
    const RestRequest &request = call.request;

    QUrl url = m_options.baseUrl;
    url.setPath(url.path() + request.route.path(), QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest http(url);
    const QByteArray scheme
        = m_scheme == AuthScheme::Bot ? QByteArrayLiteral("Bot ") : QByteArrayLiteral("Bearer ");
    http.setRawHeader(QByteArrayLiteral("Authorization"), scheme + m_token.toUtf8());
    http.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    if (!request.auditLogReason.isEmpty())
        http.setRawHeader(QByteArrayLiteral("X-Audit-Log-Reason"),
                          QUrl::toPercentEncoding(request.auditLogReason));

    const QByteArray verb = methodName(request.route.method());
    if (!request.files.isEmpty()) {
        QHttpMultiPart *multipart = buildMultipart(request.json->object(), request.files, nullptr);
        call.reply = m_network->sendCustomRequest(http, verb, multipart);
        multipart->setParent(call.reply);
    } else if (request.json) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        call.reply = m_network->sendCustomRequest(http, verb,
                                                  request.json->toJson(QJsonDocument::Compact));
    } else {
        call.reply = m_network->sendCustomRequest(http, verb);
    }
    call.sentAt.start();
    qCDebug(lcDiscordRest).noquote() << verb << request.route.loggablePath();
    connect(call.reply, &QNetworkReply::finished, this,
            [this, ticket] { onReplyFinished(ticket); });
    // Aborting makes the reply finish with OperationCanceledError, reported as Timeout.
    QTimer::singleShot(m_options.timeoutMs, call.reply, &QNetworkReply::abort);
}

qint64 RestClient::backoffMs(int attempt) const
{
    const qint64 ceiling = std::min<qint64>(
        m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << std::min(attempt, 20));
    const qint64 half = std::max<qint64>(1, ceiling / 2);
    return half + QRandomGenerator::global()->bounded(half + 1);
}

bool RestClient::retryLater(RateLimiter::Ticket ticket, Call &call, const QString &why)
{
    if (!call.request.retryOnServerError.value_or(false)
        || call.serverRetries >= m_options.maxServerRetries)
        return false;
    const qint64 delay = backoffMs(call.serverRetries++);
    qCInfo(lcDiscordRest).noquote() << call.request.route.routeKey() << why << "- retry"
                                    << call.serverRetries << "in" << delay << "ms";
    m_limiter.requeueFront(ticket, m_monotonic.elapsed() + delay);
    pump();
    return true;
}

void RestClient::onReplyFinished(RateLimiter::Ticket ticket)
{
    const auto found = m_calls.find(ticket);
    if (found == m_calls.end())
        return;
    Call &call = *found->second;
    QNetworkReply *reply = std::exchange(call.reply, nullptr);
    reply->deleteLater();
    const QString routeKey = call.request.route.routeKey();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    Q_EMIT requestFinished(routeKey, status, call.sentAt.elapsed());

    if (status == 0) {
        m_limiter.complete(ticket, RateLimitInfo {});
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError;
        RestError error = RestError::make(
            timedOut ? RestError::Kind::Timeout : RestError::Kind::Network, reply->errorString());
        error.route = routeKey;
        if (retryLater(ticket, call, error.toString()))
            return;
        finish(ticket, fail(std::move(error)));
        return;
    }

    QJsonParseError parseError {};
    const QJsonDocument json
        = body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const bool jsonOk
        = body.isEmpty() || (parseError.error == QJsonParseError::NoError && !json.isNull());
    const RateLimitInfo info = RateLimitInfo::parse(
        status, [reply](const QByteArray &name) { return reply->rawHeader(name); }, json.object());
    m_limiter.complete(ticket, info);

    if (status == 429) {
        const double retryAfter = info.retryAfter.value_or(info.resetAfter.value_or(1.0));
        qCWarning(lcDiscordRest).noquote()
            << "429 on" << routeKey << "retry_after" << retryAfter << "scope" << info.scope
            << "global" << info.isGlobal429();
        Q_EMIT rateLimited(routeKey, retryAfter, info.isGlobal429());
        const bool cloudflare = !jsonOk && !info.limit;
        if (!cloudflare && call.rateLimitRetries < m_options.maxRateLimitRetries) {
            ++call.rateLimitRetries;
            m_limiter.requeueFront(ticket);
            pump();
            return;
        }
        RestError error = RestError::fromBody(status, json);
        error.kind = RestError::Kind::RateLimited;
        error.retryAfter = retryAfter;
        error.route = routeKey;
        finish(ticket, fail(std::move(error)));
        return;
    }
    // A 401 on an interaction webhook (50027, token older than 15 min) says nothing about the bot
    // token.
    if (status == 401 && !call.request.route.isInteractionRoute()) {
        RestError error = RestError::fromBody(status, json);
        error.kind = RestError::Kind::Unauthorized;
        error.route = routeKey;
        stopAfterUnauthorized(); // before finish() pumps the queue again
        finish(ticket, fail(std::move(error)));
        return;
    }
    if (status >= 500 && retryLater(ticket, call, QStringLiteral("HTTP %1").arg(status)))
        return;
    if (!jsonOk) {
        qCWarning(lcDiscordRest).noquote() << "non-JSON reply (HTTP" << status << ") on" << routeKey
                                           << ":" << QString::fromUtf8(excerpt(body));
        RestError error
            = RestError::make(RestError::Kind::InvalidJson,
                              QStringLiteral("the reply is not JSON: ") + parseError.errorString());
        error.httpStatus = status;
        error.route = routeKey;
        finish(ticket, fail(std::move(error)));
        return;
    }
    if (status >= 200 && status < 300) {
        finish(ticket, RestResponse {status, json});
        return;
    }
    RestError error = RestError::fromBody(status, json);
    error.route = routeKey;
    qCInfo(lcDiscordRest) << error;
    finish(ticket, fail(std::move(error)));
}

void RestClient::finish(RateLimiter::Ticket ticket, RestResult result)
{
    const auto found = m_calls.find(ticket);
    if (found == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(found->second);
    m_calls.erase(found);
    m_limiter.release(ticket);
    call->promise.addResult(std::move(result));
    call->promise.finish();
    pump();
}

void RestClient::failQueued(const RestError &error)
{
    for (const RateLimiter::Ticket ticket : m_limiter.takeAllQueued()) {
        const auto found = m_calls.find(ticket);
        if (found == m_calls.end())
            continue;
        std::unique_ptr<Call> call = std::move(found->second);
        m_calls.erase(found);
        RestError copy = error;
        copy.route = call->request.route.routeKey();
        call->promise.addResult(fail(std::move(copy)));
        call->promise.finish();
    }
}

void RestClient::stop()
{
    m_stopped = true;
    m_limiter.stop();
    failQueued(
        RestError::make(RestError::Kind::Stopped, QStringLiteral("the REST client was stopped")));
}

void RestClient::stopAfterUnauthorized()
{
    if (m_stopped)
        return;
    qCCritical(lcDiscordRest)
        << "401 Unauthorized: the token is invalid; stopping all REST traffic";
    m_stopped = true;
    m_limiter.stop();
    failQueued(RestError::make(RestError::Kind::Stopped,
                               QStringLiteral("REST traffic stopped after a 401 (invalid token)")));
    Q_EMIT unauthorized();
}

} // namespace ballsdex::discord

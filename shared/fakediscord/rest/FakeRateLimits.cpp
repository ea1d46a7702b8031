// SPDX-License-Identifier: MIT
#include "FakeRateLimits.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>

#include <cmath>

namespace ballsdex::fakediscord {

namespace {

QByteArray seconds(qint64 ms)
{
    return QByteArray::number(static_cast<double>(ms) / 1000.0, 'f', 3);
}

} // namespace

void FakeRateLimits::blockGlobally(double retryAfterSeconds, qint64 nowMs)
{
    m_globalBlockedUntil = nowMs + static_cast<qint64>(std::ceil(retryAfterSeconds * 1000.0));
}

void FakeRateLimits::reset()
{
    m_buckets.clear();
    m_global = {};
    m_globalBlockedUntil = 0;
}

QString FakeRateLimits::bucketHash(const QString &routeKey) const
{
    const RouteLimit limit = m_routes.value(routeKey, m_default);
    if (!limit.bucket.isEmpty())
        return limit.bucket;
    return QString::fromLatin1(
        QCryptographicHash::hash(routeKey.toUtf8(), QCryptographicHash::Md5).toHex().left(16));
}

HttpResponse FakeRateLimits::tooManyRequests(double retryAfter, bool global, const QString &scope)
{
    QJsonObject body {{QStringLiteral("message"), QStringLiteral("You are being rate limited.")},
                      {QStringLiteral("retry_after"), std::round(retryAfter * 1000.0) / 1000.0},
                      {QStringLiteral("global"), global}};
    if (global)
        body.insert(QStringLiteral("code"), 0);
    HttpResponse response = HttpResponse::json(429, QJsonDocument(body));
    response.setHeader("Retry-After",
                       QByteArray::number(static_cast<qint64>(std::ceil(retryAfter))));
    response.setHeader("X-RateLimit-Scope", scope.toLatin1());
    if (global)
        response.setHeader("X-RateLimit-Global", "true");
    return response;
}

std::optional<HttpResponse> FakeRateLimits::admit(const QString &routeKey, const QString &majors,
                                                  bool interaction, qint64 nowMs,
                                                  QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (!interaction) {
        if (nowMs < m_globalBlockedUntil)
            return tooManyRequests(static_cast<double>(m_globalBlockedUntil - nowMs) / 1000.0, true,
                                   QStringLiteral("global"));
        if (nowMs >= m_global.resetAt) {
            m_global.remaining = m_globalLimit;
            m_global.resetAt = nowMs + 1000;
        }
        if (m_global.remaining <= 0)
            return tooManyRequests(static_cast<double>(m_global.resetAt - nowMs) / 1000.0, true,
                                   QStringLiteral("global"));
        --m_global.remaining;
    }

    const RouteLimit limit = m_routes.value(routeKey, m_default);
    const QString hash = bucketHash(routeKey);
    Window &window = m_buckets[hash + QLatin1Char('|') + majors];
    if (nowMs >= window.resetAt) {
        window.remaining = limit.limit;
        window.resetAt = nowMs + limit.windowMs;
    }
    const qint64 resetAfter = window.resetAt - nowMs;
    const bool over = window.remaining <= 0;
    if (!over)
        --window.remaining;
    headers = {
        {"X-RateLimit-Limit", QByteArray::number(limit.limit)},
        {"X-RateLimit-Remaining", QByteArray::number(window.remaining)},
        {"X-RateLimit-Reset", seconds(QDateTime::currentMSecsSinceEpoch() + resetAfter)},
        {"X-RateLimit-Reset-After", seconds(resetAfter)},
        {"X-RateLimit-Bucket", hash.toLatin1()},
    };
    if (!over)
        return std::nullopt;
    HttpResponse response
        = tooManyRequests(static_cast<double>(resetAfter) / 1000.0, false, QStringLiteral("user"));
    for (const auto &[name, value] : headers)
        response.setHeader(name, value);
    return response;
}

} // namespace ballsdex::fakediscord

// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ballsdex::fakediscord {

/// One route's limit: `limit` requests per `windowMs`, in the bucket named `bucket` (routes that
/// name the same bucket share it; empty = a hash derived from the route).
struct RouteLimit
{
    int limit = 50;
    int windowMs = 1000;
    QString bucket;
};

/// Discord's per-route buckets (split by major parameters) and the global per-second limit, with
/// the real headers (spec §4.2) and 429 bodies (§4.3). Time is passed in, in milliseconds.
class FakeRateLimits final
{
public:
    void setDefaultLimit(RouteLimit limit) { m_default = std::move(limit); }
    void setRouteLimit(const QString &routeKey, RouteLimit limit)
    {
        m_routes.insert(routeKey, std::move(limit));
    }
    void setGlobalLimit(int perSecond) { m_globalLimit = perSecond; }
    /// Every non-interaction request gets a global 429 until now + retryAfter.
    void blockGlobally(double retryAfterSeconds, qint64 nowMs);
    void reset();

    /// Counts the request; returns the 429 to send if it is over a limit. `headers` receives the
    /// bucket headers to put on whatever answer is sent.
    std::optional<HttpResponse> admit(const QString &routeKey, const QString &majors,
                                      bool interaction, qint64 nowMs,
                                      QList<std::pair<QByteArray, QByteArray>> &headers);

    [[nodiscard]] QString bucketHash(const QString &routeKey) const;
    [[nodiscard]] static HttpResponse tooManyRequests(double retryAfter, bool global,
                                                      const QString &scope);

private:
    struct Window
    {
        int remaining = 0;
        qint64 resetAt = 0;
    };

    RouteLimit m_default;
    QHash<QString, RouteLimit> m_routes;
    QHash<QString, Window> m_buckets;
    int m_globalLimit = 50;
    Window m_global;
    qint64 m_globalBlockedUntil = 0;
};

} // namespace ballsdex::fakediscord

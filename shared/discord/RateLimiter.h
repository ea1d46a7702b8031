// SPDX-License-Identifier: MIT
#pragma once

#include "Route.h"

#include <QJsonObject>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ballsdex::discord {

/// What a response says about rate limits (spec §4.2, §4.3).
struct RateLimitInfo
{
    int status = 0;
    std::optional<int> limit;
    std::optional<int> remaining;
    std::optional<double> resetAfter; ///< seconds
    QString bucket; ///< X-RateLimit-Bucket
    bool global = false; ///< 429 only: body `global` or X-RateLimit-Global
    QString scope; ///< 429 only: user, global or shared
    std::optional<double> retryAfter; ///< 429 only: body `retry_after`, else Retry-After

    using HeaderLookup = std::function<QByteArray(const QByteArray &name)>;
    [[nodiscard]] static RateLimitInfo parse(int status, const HeaderLookup &header,
                                             const QJsonObject &body);
    [[nodiscard]] bool isGlobal429() const
    {
        return status == 429 && (global || scope == QLatin1String("global"));
    }
};

/// The REST scheduler of spec §4.5 as plain C++: per-bucket FIFO queues keyed by route (then by
/// the server's bucket hash) plus major parameters, the global 50/s limit and 429 pauses that
/// interaction routes ignore, and a breaker on invalid responses. Time comes from the clock.
class RateLimiter final
{
public:
    using Clock = std::function<qint64()>; ///< monotonic milliseconds
    using Ticket = quint64;

    struct Options
    {
        int globalPerSecond = 50;
        /// Discord bans an IP at 10,000 invalid responses in 10 minutes; stop far below that.
        int invalidRequestThreshold = 1000;
        qint64 invalidWindowMs = 10 * 60 * 1000;
    };

    struct BucketState
    {
        QString key;
        bool known = false; ///< a response told us the limits (or that there are none)
        bool limited = false;
        int limit = 0;
        int remaining = 0;
        qint64 resetAt = 0;
        qint64 blockedUntil = 0; ///< set by a 429
        int inFlight = 0;
        qsizetype queued = 0;
    };

    explicit RateLimiter(Clock clock);
    RateLimiter(Clock clock, Options options);

    /// Queues a request at the end of its bucket's FIFO.
    Ticket enqueue(const Route &route);
    /// Tickets that may be sent now, in order; each counts as in flight until complete().
    std::vector<Ticket> takeReady();
    /// Learns from the response of an in-flight ticket (headers, bucket hash, 429, 401/403).
    void complete(Ticket ticket, const RateLimitInfo &info);
    /// After complete(): puts the ticket back at the head of its bucket, not before notBefore.
    void requeueFront(Ticket ticket, qint64 notBefore = 0);
    /// After complete(): forgets the ticket.
    void release(Ticket ticket);
    /// Drops every queued (not in-flight) ticket and returns them, oldest first per bucket.
    std::vector<Ticket> takeAllQueued();

    /// Stops all dispatching (after a 401) until resume().
    void stop() { m_stopped = true; }
    void resume() { m_stopped = false; }
    [[nodiscard]] bool isStopped() const { return m_stopped; }

    /// Milliseconds until time alone lets a queued ticket go; nullopt if none is waiting on time.
    [[nodiscard]] std::optional<qint64> msUntilNextReady() const;

    [[nodiscard]] int invalidRequestCount() const;
    [[nodiscard]] bool isBreakerOpen() const;
    [[nodiscard]] bool isGloballyBlocked() const { return m_clock() < m_globalBlockedUntil; }
    [[nodiscard]] QString bucketKeyFor(const Route &route) const;
    [[nodiscard]] BucketState bucketState(const Route &route) const;
    [[nodiscard]] qsizetype queuedCount() const;
    [[nodiscard]] qsizetype inFlightCount() const;

private:
    struct Bucket
    {
        bool known = false;
        bool limited = false;
        int limit = 0;
        int remaining = 0;
        qint64 resetAt = 0;
        qint64 windowMs = 0; ///< the longest Reset-After seen
        qint64 blockedUntil = 0;
        int inFlight = 0;
        std::deque<Ticket> queue;
    };
    struct TicketState
    {
        QString routeKey;
        QString majors;
        QString bucketKey;
        bool exempt = false;
        bool inFlight = false;
        qint64 notBefore = 0;
    };

    [[nodiscard]] QString keyFor(const QString &routeKey, const QString &majors) const;
    [[nodiscard]] bool canDispatch(const Bucket &bucket, const TicketState &ticket, qint64 now,
                                   bool globalOpen) const;
    [[nodiscard]] bool globalOpen(qint64 now) const;
    [[nodiscard]] qint64 globalOpensAt() const;
    void dispatch(Ticket ticket, qint64 now);
    void learn(Bucket &bucket, const RateLimitInfo &info, qint64 now);
    void migrate(const QString &from, const QString &to);
    void prune(qint64 now) const;

    Clock m_clock;
    Options m_options;
    Ticket m_nextTicket = 1;
    std::map<QString, Bucket> m_buckets;
    std::unordered_map<Ticket, TicketState> m_tickets;
    std::map<QString, QString> m_routeHashes;
    mutable std::deque<qint64> m_globalWindow;
    mutable std::deque<qint64> m_invalid;
    qint64 m_globalBlockedUntil = 0;
    bool m_stopped = false;
};

} // namespace ballsdex::discord

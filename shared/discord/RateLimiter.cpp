// SPDX-License-Identifier: MIT
#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace ballsdex::discord {

namespace {

constexpr qint64 GlobalWindowMs = 1000;

std::optional<int> headerInt(const QByteArray &value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

std::optional<double> headerDouble(const QByteArray &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    return ok && number >= 0 ? std::optional<double>(number) : std::nullopt;
}

qint64 secondsToMs(double seconds)
{
    return static_cast<qint64>(std::ceil(seconds * 1000.0));
}

} // namespace

RateLimitInfo RateLimitInfo::parse(int status, const HeaderLookup &header, const QJsonObject &body)
{
    RateLimitInfo info;
    info.status = status;
    info.limit = headerInt(header(QByteArrayLiteral("X-RateLimit-Limit")));
    info.remaining = headerInt(header(QByteArrayLiteral("X-RateLimit-Remaining")));
    info.resetAfter = headerDouble(header(QByteArrayLiteral("X-RateLimit-Reset-After")));
    info.bucket = QString::fromLatin1(header(QByteArrayLiteral("X-RateLimit-Bucket")).trimmed());
    if (status != 429)
        return info;
    info.scope = QString::fromLatin1(header(QByteArrayLiteral("X-RateLimit-Scope")).trimmed());
    info.global = body.value(QLatin1String("global")).toBool()
        || header(QByteArrayLiteral("X-RateLimit-Global")).trimmed().toLower() == "true";
    const QJsonValue retry = body.value(QLatin1String("retry_after"));
    if (retry.isDouble() && retry.toDouble() >= 0)
        info.retryAfter = retry.toDouble();
    else
        info.retryAfter = headerDouble(header(QByteArrayLiteral("Retry-After")));
    return info;
}

RateLimiter::RateLimiter(Clock clock)
    : RateLimiter(std::move(clock), Options {})
{
}

RateLimiter::RateLimiter(Clock clock, Options options)
    : m_clock(std::move(clock))
    , m_options(options)
{
}

QString RateLimiter::keyFor(const QString &routeKey, const QString &majors) const
{
    const auto hash = m_routeHashes.find(routeKey);
    const QString base
        = hash != m_routeHashes.end() ? QStringLiteral("#") + hash->second : routeKey;
    return base + QLatin1Char('|') + majors;
}

RateLimiter::Ticket RateLimiter::enqueue(const Route &route)
{
    const Ticket ticket = m_nextTicket++;
    TicketState state;
    state.routeKey = route.routeKey();
    state.majors = route.majorParameters();
    state.bucketKey = keyFor(state.routeKey, state.majors);
    state.exempt = route.isInteractionRoute();
    m_buckets[state.bucketKey].queue.push_back(ticket);
    m_tickets.emplace(ticket, std::move(state));
    return ticket;
}

void RateLimiter::prune(qint64 now) const
{
    while (!m_globalWindow.empty() && m_globalWindow.front() + GlobalWindowMs <= now)
        m_globalWindow.pop_front();
    while (!m_invalid.empty() && m_invalid.front() + m_options.invalidWindowMs <= now)
        m_invalid.pop_front();
}

bool RateLimiter::globalOpen(qint64 now) const
{
    return now >= m_globalBlockedUntil
        && std::ssize(m_globalWindow) < std::max(1, m_options.globalPerSecond);
}

qint64 RateLimiter::globalOpensAt() const
{
    qint64 at = m_globalBlockedUntil;
    if (std::ssize(m_globalWindow) >= std::max(1, m_options.globalPerSecond))
        at = std::max(at, m_globalWindow.front() + GlobalWindowMs);
    return at;
}

bool RateLimiter::canDispatch(const Bucket &bucket, const TicketState &ticket, qint64 now,
                              bool globalIsOpen) const
{
    if (ticket.notBefore > now || bucket.blockedUntil > now)
        return false;
    if (!ticket.exempt && !globalIsOpen)
        return false;
    if (!bucket.known)
        return bucket.inFlight == 0; // one request discovers the limits
    if (!bucket.limited || now >= bucket.resetAt)
        return true;
    return bucket.remaining > 0;
}

void RateLimiter::dispatch(Ticket ticket, qint64 now)
{
    TicketState &state = m_tickets.at(ticket);
    Bucket &bucket = m_buckets.at(state.bucketKey);
    bucket.queue.pop_front();
    if (bucket.limited) {
        if (now >= bucket.resetAt) {
            bucket.remaining = bucket.limit;
            // Until a response says otherwise, assume the longest window seen so far.
            bucket.resetAt = now + (bucket.windowMs > 0 ? bucket.windowMs : 1000);
        }
        bucket.remaining = std::max(0, bucket.remaining - 1);
    }
    ++bucket.inFlight;
    state.inFlight = true;
    state.notBefore = 0;
    if (!state.exempt)
        m_globalWindow.push_back(now);
}

std::vector<RateLimiter::Ticket> RateLimiter::takeReady()
{
    std::vector<Ticket> ready;
    if (m_stopped)
        return ready;
    const qint64 now = m_clock();
    prune(now);
    if (isBreakerOpen())
        return ready;
    for (;;) {
        std::optional<Ticket> best;
        const bool open = globalOpen(now);
        for (const auto &[key, bucket] : m_buckets) {
            if (bucket.queue.empty())
                continue;
            const Ticket head = bucket.queue.front();
            if ((!best || head < *best) && canDispatch(bucket, m_tickets.at(head), now, open))
                best = head;
        }
        if (!best)
            break;
        dispatch(*best, now);
        ready.push_back(*best);
    }
    return ready;
}

void RateLimiter::migrate(const QString &from, const QString &to)
{
    auto old = m_buckets.find(from);
    if (old == m_buckets.end())
        return;
    Bucket &target = m_buckets[to];
    for (const Ticket ticket : old->second.queue)
        target.queue.push_back(ticket);
    for (auto &[id, state] : m_tickets) {
        if (state.bucketKey != from)
            continue;
        state.bucketKey = to;
        if (state.inFlight)
            ++target.inFlight;
    }
    m_buckets.erase(old);
}

void RateLimiter::learn(Bucket &bucket, const RateLimitInfo &info, qint64 now)
{
    if (info.limit && *info.limit > 0) {
        bucket.known = true;
        bucket.limited = true;
        bucket.limit = *info.limit;
    } else if (!bucket.known && info.status >= 200 && info.status < 300) {
        bucket.known = true; // a success without headers: no per-route limit we can see
    }
    if (bucket.limited && info.remaining && info.resetAfter) {
        const qint64 afterMs = secondsToMs(*info.resetAfter);
        const qint64 resetAt = now + afterMs;
        bucket.windowMs = std::max(bucket.windowMs, afterMs);
        if (now >= bucket.resetAt) {
            bucket.remaining = std::max(0, *info.remaining - bucket.inFlight);
            bucket.resetAt = resetAt;
        } else {
            bucket.remaining = std::min(bucket.remaining, *info.remaining);
            bucket.resetAt = std::max(bucket.resetAt, resetAt);
        }
    }
    if (info.status == 429 && !info.isGlobal429()) {
        const qint64 until
            = now + secondsToMs(info.retryAfter.value_or(info.resetAfter.value_or(1.0)));
        bucket.blockedUntil = std::max(bucket.blockedUntil, until);
        bucket.remaining = 0;
    }
}

void RateLimiter::complete(Ticket ticket, const RateLimitInfo &info)
{
    const auto found = m_tickets.find(ticket);
    if (found == m_tickets.end() || !found->second.inFlight)
        return;
    TicketState &state = found->second;
    const qint64 now = m_clock();
    state.inFlight = false;
    if (auto bucket = m_buckets.find(state.bucketKey); bucket != m_buckets.end())
        bucket->second.inFlight = std::max(0, bucket->second.inFlight - 1);

    // Once the server names the bucket, requests of this route and majors (queued ones too) share
    // the state of every route with the same hash.
    if (!info.bucket.isEmpty())
        m_routeHashes[state.routeKey] = info.bucket;
    if (const QString to = keyFor(state.routeKey, state.majors); to != state.bucketKey) {
        migrate(state.bucketKey, to);
        state.bucketKey = to;
    }
    learn(m_buckets[state.bucketKey], info, now);

    if (info.isGlobal429()) {
        const qint64 until = now + secondsToMs(info.retryAfter.value_or(1.0));
        m_globalBlockedUntil = std::max(m_globalBlockedUntil, until);
    }
    const bool invalid = info.status == 401 || info.status == 403
        || (info.status == 429 && info.scope != QLatin1String("shared"));
    if (invalid)
        m_invalid.push_back(now);
}

void RateLimiter::requeueFront(Ticket ticket, qint64 notBefore)
{
    const auto found = m_tickets.find(ticket);
    if (found == m_tickets.end() || found->second.inFlight)
        return;
    found->second.notBefore = notBefore;
    m_buckets[found->second.bucketKey].queue.push_front(ticket);
}

void RateLimiter::release(Ticket ticket)
{
    const auto found = m_tickets.find(ticket);
    if (found == m_tickets.end() || found->second.inFlight)
        return;
    const QString key = found->second.bucketKey;
    m_tickets.erase(found);
    const auto bucket = m_buckets.find(key);
    if (bucket == m_buckets.end())
        return;
    auto &queue = bucket->second.queue;
    queue.erase(std::remove(queue.begin(), queue.end(), ticket), queue.end());
}

std::vector<RateLimiter::Ticket> RateLimiter::takeAllQueued()
{
    std::vector<Ticket> dropped;
    for (auto &[key, bucket] : m_buckets) {
        for (const Ticket ticket : bucket.queue) {
            dropped.push_back(ticket);
            m_tickets.erase(ticket);
        }
        bucket.queue.clear();
    }
    return dropped;
}

std::optional<qint64> RateLimiter::msUntilNextReady() const
{
    if (m_stopped)
        return std::nullopt;
    const qint64 now = m_clock();
    prune(now);
    std::optional<qint64> earliest;
    const auto consider = [&earliest](qint64 at) {
        if (!earliest || at < *earliest)
            earliest = at;
    };
    const qint64 globalAt = globalOpensAt();
    for (const auto &[key, bucket] : m_buckets) {
        if (bucket.queue.empty())
            continue;
        const TicketState &head = m_tickets.at(bucket.queue.front());
        if (!bucket.known && bucket.inFlight > 0)
            continue; // the in-flight response wakes this bucket
        qint64 at = std::max(head.notBefore, bucket.blockedUntil);
        if (bucket.known && bucket.limited && bucket.remaining <= 0)
            at = std::max(at, bucket.resetAt);
        if (!head.exempt)
            at = std::max(at, globalAt);
        consider(at);
    }
    if (!earliest)
        return std::nullopt;
    if (isBreakerOpen()) {
        // The breaker closes once enough of the oldest invalid responses left the window.
        const auto threshold
            = static_cast<std::size_t>(std::max(1, m_options.invalidRequestThreshold));
        earliest = std::max(*earliest,
                            m_invalid[m_invalid.size() - threshold] + m_options.invalidWindowMs);
    }
    return std::max<qint64>(0, *earliest - now);
}

int RateLimiter::invalidRequestCount() const
{
    prune(m_clock());
    return static_cast<int>(m_invalid.size());
}

bool RateLimiter::isBreakerOpen() const
{
    prune(m_clock());
    return std::ssize(m_invalid) >= std::max(1, m_options.invalidRequestThreshold);
}

QString RateLimiter::bucketKeyFor(const Route &route) const
{
    return keyFor(route.routeKey(), route.majorParameters());
}

RateLimiter::BucketState RateLimiter::bucketState(const Route &route) const
{
    BucketState state;
    state.key = bucketKeyFor(route);
    const auto found = m_buckets.find(state.key);
    if (found == m_buckets.end())
        return state;
    const Bucket &bucket = found->second;
    state.known = bucket.known;
    state.limited = bucket.limited;
    state.limit = bucket.limit;
    state.remaining = bucket.remaining;
    state.resetAt = bucket.resetAt;
    state.blockedUntil = bucket.blockedUntil;
    state.inFlight = bucket.inFlight;
    state.queued = std::ssize(bucket.queue);
    return state;
}

qsizetype RateLimiter::queuedCount() const
{
    qsizetype count = 0;
    for (const auto &[key, bucket] : m_buckets)
        count += std::ssize(bucket.queue);
    return count;
}

qsizetype RateLimiter::inFlightCount() const
{
    return std::count_if(m_tickets.begin(), m_tickets.end(),
                         [](const auto &entry) { return entry.second.inFlight; });
}

} // namespace ballsdex::discord

// SPDX-License-Identifier: MIT
#include "discord/RateLimiter.h"

#include <QTest>

using namespace ballsdex::discord;

namespace {

using Ticket = RateLimiter::Ticket;

Route createMessage(const QString &channel)
{
    return Route(HttpMethod::Post, QStringLiteral("/channels/{channel_id}/messages"),
                 {{QStringLiteral("channel_id"), channel}});
}

Route editMessage(const QString &channel, const QString &message)
{
    return Route(
        HttpMethod::Patch, QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
        {{QStringLiteral("channel_id"), channel}, {QStringLiteral("message_id"), message}});
}

Route callback(const QString &interaction)
{
    return Route(HttpMethod::Post,
                 QStringLiteral("/interactions/{interaction_id}/{interaction_token}/callback"),
                 {{QStringLiteral("interaction_id"), interaction},
                  {QStringLiteral("interaction_token"), QStringLiteral("tok")}});
}

RateLimitInfo ok(int limit, int remaining, double resetAfter, const QString &bucket = {})
{
    RateLimitInfo info;
    info.status = 200;
    info.limit = limit;
    info.remaining = remaining;
    info.resetAfter = resetAfter;
    info.bucket = bucket;
    return info;
}

RateLimitInfo tooMany(double retryAfter, const QString &scope, bool global = false)
{
    RateLimitInfo info;
    info.status = 429;
    info.retryAfter = retryAfter;
    info.scope = scope;
    info.global = global;
    return info;
}

RateLimitInfo status(int code)
{
    RateLimitInfo info;
    info.status = code;
    return info;
}

std::vector<Ticket> ticketsOf(std::initializer_list<Ticket> tickets)
{
    return std::vector<Ticket>(tickets);
}

} // namespace

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1000;
    RateLimiter::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

private Q_SLOTS:
    void init() { m_now = 1000; }

    void routeKeysAndMajorParameters()
    {
        const Route route = editMessage(QStringLiteral("12"), QStringLiteral("34"));
        QCOMPARE(route.routeKey(),
                 QStringLiteral("PATCH /channels/{channel_id}/messages/{message_id}"));
        QCOMPARE(route.path(), QStringLiteral("/channels/12/messages/34"));
        QCOMPARE(route.majorParameters(), QStringLiteral("channel_id=12"));
        QVERIFY(!route.isInteractionRoute());
        const Route cb = callback(QStringLiteral("99"));
        QVERIFY(cb.isInteractionRoute());
        QVERIFY(cb.majorParameters().startsWith(
            QStringLiteral("interaction_id=99&interaction_token=")));
        QVERIFY(!cb.majorParameters().contains(QStringLiteral("=tok"))); // tokens are hashed
        QCOMPARE(cb.loggablePath(), QStringLiteral("/interactions/99/<token>/callback"));
        const Route followup(HttpMethod::Post,
                             QStringLiteral("/webhooks/{application_id}/{interaction_token}"),
                             {{QStringLiteral("application_id"), QStringLiteral("5")},
                              {QStringLiteral("interaction_token"), QStringLiteral("abc")}});
        QVERIFY(followup.isInteractionRoute());
        QVERIFY(followup.majorParameters().startsWith(QStringLiteral("application_id=5&")));
    }

    void unknownBucketSendsOneThenLearns()
    {
        RateLimiter limiter(clock());
        const Ticket a = limiter.enqueue(createMessage(QStringLiteral("1")));
        const Ticket b = limiter.enqueue(createMessage(QStringLiteral("1")));
        const Ticket c = limiter.enqueue(createMessage(QStringLiteral("1")));
        QCOMPARE(limiter.takeReady(), ticketsOf({a}));
        QVERIFY(limiter.takeReady().empty()); // the first answer tells the limit
        QVERIFY(!limiter.msUntilNextReady()); // nothing waits on time
        limiter.complete(a, ok(5, 4, 1.0));
        limiter.release(a);
        QCOMPARE(limiter.takeReady(), ticketsOf({b, c}));
        QCOMPARE(limiter.bucketState(createMessage(QStringLiteral("1"))).remaining, 2);
    }

    void noHeadersMeansNoRouteLimit()
    {
        RateLimiter limiter(clock());
        const Route route(HttpMethod::Get, QStringLiteral("/gateway/bot"));
        const Ticket a = limiter.enqueue(route);
        QCOMPARE(limiter.takeReady().size(), std::size_t(1));
        limiter.complete(a, status(200));
        limiter.release(a);
        for (int i = 0; i < 5; ++i)
            limiter.enqueue(route);
        QCOMPARE(limiter.takeReady().size(), std::size_t(5));
    }

    void limitHoldsUntilReset()
    {
        RateLimiter limiter(clock());
        const Route route = createMessage(QStringLiteral("1"));
        const Ticket first = limiter.enqueue(route);
        QCOMPARE(limiter.takeReady().size(), std::size_t(1));
        limiter.complete(first, ok(2, 1, 0.3));
        limiter.release(first);
        std::vector<Ticket> queued;
        for (int i = 0; i < 4; ++i)
            queued.push_back(limiter.enqueue(route));
        QCOMPARE(limiter.takeReady(), ticketsOf({queued[0]}));
        QCOMPARE(limiter.msUntilNextReady().value_or(-1), qint64(300));
        m_now += 299;
        QVERIFY(limiter.takeReady().empty());
        m_now += 1;
        QCOMPARE(limiter.takeReady(),
                 ticketsOf({queued[1], queued[2]})); // refilled to the limit of 2
        QVERIFY(limiter.takeReady().empty());
    }

    void majorParametersAreIndependent()
    {
        RateLimiter limiter(clock());
        const Ticket one = limiter.enqueue(createMessage(QStringLiteral("1")));
        const Ticket two = limiter.enqueue(createMessage(QStringLiteral("2")));
        QCOMPARE(limiter.takeReady(), ticketsOf({one, two}));
        limiter.complete(one, ok(1, 0, 5.0, QStringLiteral("H")));
        limiter.complete(two, ok(1, 1, 5.0, QStringLiteral("H")));
        limiter.release(one);
        limiter.release(two);
        const Ticket blocked = limiter.enqueue(createMessage(QStringLiteral("1")));
        const Ticket free = limiter.enqueue(createMessage(QStringLiteral("2")));
        QCOMPARE(limiter.takeReady(),
                 ticketsOf({free})); // channel 1 waiting does not hold channel 2
        m_now += 5000;
        QCOMPARE(limiter.takeReady(), ticketsOf({blocked}));
    }

    void routesSharingABucketHashShareRemaining()
    {
        RateLimiter limiter(clock());
        const Route create = createMessage(QStringLiteral("1"));
        const Route edit = editMessage(QStringLiteral("1"), QStringLiteral("7"));
        QVERIFY(limiter.bucketKeyFor(create) != limiter.bucketKeyFor(edit));
        const Ticket a = limiter.enqueue(create);
        QCOMPARE(limiter.takeReady(), ticketsOf({a}));
        limiter.complete(a, ok(3, 2, 1.0, QStringLiteral("H")));
        limiter.release(a);
        const Ticket b = limiter.enqueue(edit);
        QCOMPARE(limiter.takeReady(), ticketsOf({b})); // the edit route is not known to share yet
        limiter.complete(b, ok(3, 1, 1.0, QStringLiteral("H")));
        limiter.release(b);
        QCOMPARE(limiter.bucketKeyFor(create), limiter.bucketKeyFor(edit));
        const Ticket a2 = limiter.enqueue(create);
        const Ticket b2 = limiter.enqueue(edit);
        const Ticket a3 = limiter.enqueue(create);
        QCOMPARE(limiter.takeReady(), ticketsOf({a2}));
        m_now += 1000;
        QCOMPARE(limiter.takeReady(), ticketsOf({b2, a3})); // FIFO across both routes
        // Another channel with the same hash is a separate bucket.
        QVERIFY(limiter.bucketKeyFor(createMessage(QStringLiteral("2")))
                != limiter.bucketKeyFor(create));
    }

    void queuedTicketsFollowTheDiscoveredBucket()
    {
        RateLimiter limiter(clock());
        const Route create = createMessage(QStringLiteral("1"));
        const Ticket a = limiter.enqueue(create);
        const Ticket b = limiter.enqueue(create);
        QCOMPARE(limiter.takeReady(), ticketsOf({a}));
        limiter.complete(a, ok(5, 4, 1.0, QStringLiteral("H")));
        limiter.release(a);
        QCOMPARE(limiter.takeReady(), ticketsOf({b}));
        QCOMPARE(limiter.bucketState(create).inFlight, 1);
        QCOMPARE(limiter.bucketState(create).remaining, 3);
    }

    void fifoWithinABucket()
    {
        RateLimiter limiter(clock());
        const Route route = createMessage(QStringLiteral("1"));
        const Ticket first = limiter.enqueue(route);
        limiter.takeReady();
        limiter.complete(first, ok(1, 0, 0.1));
        limiter.release(first);
        std::vector<Ticket> queued;
        for (int i = 0; i < 5; ++i)
            queued.push_back(limiter.enqueue(route));
        std::vector<Ticket> order;
        for (int round = 0; round < 5; ++round) {
            m_now += 100;
            const auto ready = limiter.takeReady();
            QCOMPARE(ready.size(), std::size_t(1));
            order.push_back(ready.front());
            limiter.complete(ready.front(), ok(1, 0, 0.1));
            limiter.release(ready.front());
        }
        QCOMPARE(order, queued);
    }

    void bucket429BlocksForRetryAfterAndRequeuesAtHead()
    {
        RateLimiter limiter(clock());
        const Route route = createMessage(QStringLiteral("1"));
        const Ticket a = limiter.enqueue(route);
        limiter.takeReady();
        const Ticket b = limiter.enqueue(route);
        limiter.complete(a, tooMany(0.25, QStringLiteral("user")));
        limiter.requeueFront(a);
        QVERIFY(limiter.takeReady().empty());
        QCOMPARE(limiter.msUntilNextReady().value_or(-1), qint64(250));
        m_now += 250;
        QCOMPARE(limiter.takeReady(), ticketsOf({a})); // unknown bucket: one at a time, a first
        limiter.complete(a, status(200));
        limiter.release(a);
        QCOMPARE(limiter.takeReady(), ticketsOf({b}));
        QCOMPARE(limiter.invalidRequestCount(), 1);
    }

    void global429PausesAllButInteractionRoutes()
    {
        RateLimiter limiter(clock());
        const Ticket a = limiter.enqueue(createMessage(QStringLiteral("1")));
        limiter.takeReady();
        limiter.complete(a, tooMany(0.5, QStringLiteral("global"), true));
        limiter.requeueFront(a);
        QVERIFY(limiter.isGloballyBlocked());
        const Ticket other = limiter.enqueue(createMessage(QStringLiteral("2")));
        const Ticket interaction = limiter.enqueue(callback(QStringLiteral("9")));
        QCOMPARE(limiter.takeReady(), ticketsOf({interaction}));
        QCOMPARE(limiter.msUntilNextReady().value_or(-1), qint64(500));
        m_now += 500;
        QCOMPARE(limiter.takeReady(), ticketsOf({a, other}));
    }

    void globalPerSecondLimitExemptsInteractions()
    {
        RateLimiter::Options options;
        options.globalPerSecond = 3;
        RateLimiter limiter(clock(), options);
        std::vector<Ticket> normal;
        for (int i = 0; i < 5; ++i)
            normal.push_back(limiter.enqueue(createMessage(QString::number(i))));
        const Ticket interaction = limiter.enqueue(callback(QStringLiteral("9")));
        const auto first = limiter.takeReady();
        QCOMPARE(first, ticketsOf({normal[0], normal[1], normal[2], interaction}));
        QCOMPARE(limiter.msUntilNextReady().value_or(-1), qint64(1000));
        m_now += 1000;
        QCOMPARE(limiter.takeReady(), ticketsOf({normal[3], normal[4]}));
    }

    void invalidRequestBreaker()
    {
        RateLimiter::Options options;
        options.invalidRequestThreshold = 3;
        options.invalidWindowMs = 60000;
        RateLimiter limiter(clock(), options);
        const RateLimitInfo responses[]
            = {status(401), tooMany(0.001, QStringLiteral("shared")), status(403), status(404),
               tooMany(0.001, QStringLiteral("user"))};
        int channel = 0;
        for (const RateLimitInfo &info : responses) {
            const Ticket t = limiter.enqueue(createMessage(QString::number(channel++)));
            QCOMPARE(limiter.takeReady().size(), std::size_t(1));
            limiter.complete(t, info);
            limiter.release(t);
            m_now += 10;
        }
        QCOMPARE(limiter.invalidRequestCount(), 3); // 401, 403, 429 user; not shared, not 404
        QVERIFY(limiter.isBreakerOpen());
        limiter.enqueue(createMessage(QStringLiteral("x")));
        limiter.enqueue(callback(QStringLiteral("9")));
        QVERIFY(limiter.takeReady().empty()); // everything pauses, interactions too
        // The first invalid answer was at t=1000; the breaker closes when it leaves the window.
        QCOMPARE(limiter.msUntilNextReady().value_or(-1), qint64(1000 + 60000 - m_now));
        m_now = 1000 + 60000;
        QCOMPARE(limiter.takeReady().size(), std::size_t(2));
    }

    void stopHoldsEverything()
    {
        RateLimiter limiter(clock());
        const Ticket a = limiter.enqueue(createMessage(QStringLiteral("1")));
        const Ticket b = limiter.enqueue(createMessage(QStringLiteral("2")));
        limiter.stop();
        QVERIFY(limiter.takeReady().empty());
        QVERIFY(!limiter.msUntilNextReady());
        auto dropped = limiter.takeAllQueued();
        std::sort(dropped.begin(), dropped.end());
        QCOMPARE(dropped, ticketsOf({a, b}));
        QCOMPARE(limiter.queuedCount(), qsizetype(0));
    }

    void retryNotBeforeKeepsOrder()
    {
        RateLimiter limiter(clock());
        const Route route = Route(HttpMethod::Get, QStringLiteral("/gateway/bot"));
        const Ticket a = limiter.enqueue(route);
        limiter.takeReady();
        limiter.complete(a, status(502));
        const Ticket b = limiter.enqueue(route);
        limiter.requeueFront(a, m_now + 40);
        QVERIFY(limiter.takeReady().empty()); // b waits behind a
        QCOMPARE(limiter.msUntilNextReady().value_or(-1), qint64(40));
        m_now += 40;
        QCOMPARE(limiter.takeReady(), ticketsOf({a})); // a 502 taught nothing: still one at a time
        limiter.complete(a, status(200));
        limiter.release(a);
        QCOMPARE(limiter.takeReady(), ticketsOf({b}));
    }

    void parsesHeadersAndBody()
    {
        const QHash<QByteArray, QByteArray> headers {
            {"X-RateLimit-Limit", "5"},           {"X-RateLimit-Remaining", "0"},
            {"X-RateLimit-Reset-After", "0.250"}, {"X-RateLimit-Bucket", "abc"},
            {"X-RateLimit-Scope", "shared"},      {"Retry-After", "1"}};
        const auto lookup = [&headers](const QByteArray &name) {
            return headers.value(name);
        };
        const RateLimitInfo info
            = RateLimitInfo::parse(429, lookup,
                                   QJsonObject {{QStringLiteral("retry_after"), 0.123},
                                                {QStringLiteral("global"), false}});
        QCOMPARE(info.limit.value_or(-1), 5);
        QCOMPARE(info.remaining.value_or(-1), 0);
        QCOMPARE(info.resetAfter.value_or(-1), 0.25);
        QCOMPARE(info.bucket, QStringLiteral("abc"));
        QCOMPARE(info.scope, QStringLiteral("shared"));
        QCOMPARE(info.retryAfter.value_or(-1), 0.123); // the body is more precise than Retry-After
        QVERIFY(!info.isGlobal429());
        const RateLimitInfo headerOnly = RateLimitInfo::parse(429, lookup, QJsonObject());
        QCOMPARE(headerOnly.retryAfter.value_or(-1), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_discord_ratelimiter.moc"

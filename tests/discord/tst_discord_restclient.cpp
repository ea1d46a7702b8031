// SPDX-License-Identifier: MIT
// RestClient against FakeDiscordRest over loopback: spec §7 items 16-24 plus the typed helpers.
#include "discord/DiscordApi.h"
#include "discord/MessageLimits.h"
#include "fakediscord/rest/FakeDiscordRest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ballsdex::discord;
using namespace ballsdex::fakediscord;

namespace {

const QString Token = QStringLiteral("test-token");
const QString CreateKey = QStringLiteral("POST /channels/{channel_id}/messages");
const QString EditKey = QStringLiteral("PATCH /channels/{channel_id}/messages/{message_id}");

RestResult wait(const QFuture<RestResult> &future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 15000))
        return ballsdex::fail(
            RestError::make(RestError::Kind::Timeout, QStringLiteral("test gave up waiting")));
    return future.result();
}

QJsonObject text(const QString &content)
{
    return QJsonObject {{QStringLiteral("content"), content}};
}

int count429(const QList<HttpRequest> &requests)
{
    return static_cast<int>(
        std::count_if(requests.begin(), requests.end(),
                      [](const HttpRequest &r) { return r.responseStatus == 429; }));
}

QString describe(const RestResult &result)
{
    return result ? QStringLiteral("ok %1").arg(result->status) : result.error().toString();
}

} // namespace

class TestRestClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeDiscordRest> m_fake;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<DiscordApi> m_api;

    void makeClient(const QString &token, RestClient::Options options = {})
    {
        options.baseUrl = m_fake->baseUrl();
        options.backoffBaseMs = 20;
        options.backoffMaxMs = 80;
        options.timeoutMs = std::min(options.timeoutMs, 5000);
        m_api.reset();
        m_client = std::make_unique<RestClient>(token, options);
        m_api = std::make_unique<DiscordApi>(*m_client, m_fake->applicationId().toLongLong());
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeDiscordRest>();
        m_fake->setBotToken(Token);
        QVERIFY(m_fake->listen());
        makeClient(Token);
    }
    void cleanup()
    {
        m_api.reset();
        m_client.reset();
        m_fake.reset();
    }

    void sendsDiscordHeaders()
    {
        const RestResult result = wait(m_api->currentUser());
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->object().value(QStringLiteral("id")).toString(), m_fake->applicationId());
        const HttpRequest request = m_fake->requests().constLast();
        QCOMPARE(request.path, QStringLiteral("/api/v10/users/@me"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bot ") + Token.toUtf8());
        QVERIFY(request.header("User-Agent").startsWith("DiscordBot (https://"));
        QVERIFY(m_fake->requestsFor(QStringLiteral("GET /users/@me")).size() == 1);
    }

    void gatewayBotAndApplication()
    {
        const RestResult gateway = wait(m_api->gatewayBot());
        QVERIFY2(gateway, qPrintable(describe(gateway)));
        QCOMPARE(gateway->object().value(QStringLiteral("shards")).toInt(), 1);
        QCOMPARE(gateway->object()
                     .value(QStringLiteral("session_start_limit"))
                     .toObject()
                     .value(QStringLiteral("max_concurrency"))
                     .toInt(),
                 1);
        const RestResult app = wait(m_api->currentApplication());
        QVERIFY(app);
        QCOMPARE(app->object().value(QStringLiteral("id")).toString(), m_fake->applicationId());
        const RestResult emojis = wait(m_api->applicationEmojis());
        QVERIFY(emojis);
        QVERIFY(emojis->object().value(QStringLiteral("items")).isArray());
    }

    // §7.16
    void bucket429WaitsRetryAfterAndRetriesOnce()
    {
        m_fake->injectRateLimits(1, 0.2, QStringLiteral("user"), CreateKey);
        QSignalSpy limited(m_client.get(), &RestClient::rateLimited);
        const RestResult result = wait(m_api->createMessage(1, text(QStringLiteral("hi"))));
        QVERIFY2(result, qPrintable(describe(result)));
        const QList<HttpRequest> sent = m_fake->requestsFor(CreateKey);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).responseStatus, 429);
        QCOMPARE(sent.at(1).responseStatus, 200);
        QVERIFY2(sent.at(1).receivedAtMs - sent.at(0).receivedAtMs >= 200,
                 qPrintable(QString::number(sent.at(1).receivedAtMs - sent.at(0).receivedAtMs)));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.at(0).at(1).toDouble(), 0.2);
        QCOMPARE(m_fake->channelMessages(QStringLiteral("1")).size(), 1);
    }

    // §7.17
    void sharedBucketIsDiscoveredAndMajorsStayIndependent()
    {
        m_fake->setRouteLimit(CreateKey, RouteLimit {2, 300, QStringLiteral("msgbucket")});
        m_fake->setRouteLimit(EditKey, RouteLimit {2, 300, QStringLiteral("msgbucket")});
        const RestResult created = wait(m_api->createMessage(1, text(QStringLiteral("a"))));
        QVERIFY(created);
        const qint64 messageId
            = created->object().value(QStringLiteral("id")).toString().toLongLong();
        QVERIFY(wait(m_api->editMessage(1, messageId, text(QStringLiteral("b")))));
        const Route create(HttpMethod::Post, QStringLiteral("/channels/{channel_id}/messages"),
                           {{QStringLiteral("channel_id"), QStringLiteral("1")}});
        const Route edit(HttpMethod::Patch,
                         QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
                         {{QStringLiteral("channel_id"), QStringLiteral("1")},
                          {QStringLiteral("message_id"), QStringLiteral("5")}});
        QCOMPARE(m_client->limiter().bucketKeyFor(create), m_client->limiter().bucketKeyFor(edit));
        QCOMPARE(m_client->limiter().bucketState(create).remaining, 0);

        // The shared bucket of channel 1 is empty: these wait; channel 2 goes at once.
        const auto blockedCreate = m_api->createMessage(1, text(QStringLiteral("c")));
        const auto blockedEdit = m_api->editMessage(1, messageId, text(QStringLiteral("d")));
        const auto otherChannel = m_api->createMessage(2, text(QStringLiteral("e")));
        QVERIFY(wait(otherChannel));
        QVERIFY(!blockedCreate.isFinished());
        QVERIFY(wait(blockedCreate));
        QVERIFY(wait(blockedEdit));
        QCOMPARE(count429(m_fake->requests()), 0);
        const QList<HttpRequest> all = m_fake->requests();
        QCOMPARE(all.at(2).path,
                 QStringLiteral("/api/v10/channels/2/messages")); // overtook channel 1
    }

    // §7.18
    void parallelSendsRespectTheLimitInOrder()
    {
        m_fake->setRouteLimit(CreateKey, RouteLimit {5, 300, {}});
        QList<QFuture<RestResult>> futures;
        for (int i = 0; i < 8; ++i)
            futures.append(m_api->createMessage(7, text(QStringLiteral("m%1").arg(i))));
        for (const auto &future : futures)
            QVERIFY2(wait(future), qPrintable(describe(future.result())));
        const QList<HttpRequest> sent = m_fake->requestsFor(CreateKey);
        QCOMPARE(sent.size(), 8);
        QCOMPARE(count429(sent), 0);
        for (int i = 1; i < 5; ++i)
            QVERIFY(sent.at(i).receivedAtMs - sent.at(0).receivedAtMs < 300);
        QVERIFY2(sent.at(5).receivedAtMs - sent.at(0).receivedAtMs >= 295,
                 qPrintable(QString::number(sent.at(5).receivedAtMs - sent.at(0).receivedAtMs)));
        const QList<QJsonObject> messages = m_fake->channelMessages(QStringLiteral("7"));
        QCOMPARE(messages.size(), 8);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(messages.at(i).value(QStringLiteral("content")).toString(),
                     QStringLiteral("m%1").arg(i));
    }

    // §7.19
    void global429PausesAllButInteractionRoutes()
    {
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("3"));
        m_fake->injectGlobalRateLimit(0.4);
        QSignalSpy limited(m_client.get(), &RestClient::rateLimited);
        const auto message = m_api->createMessage(3, text(QStringLiteral("spawn")));
        QTRY_COMPARE(limited.size(), 1);
        QVERIFY(limited.at(0).at(2).toBool()); // global
        QVERIFY(m_client->limiter().isGloballyBlocked());
        const auto other = m_api->channel(3);
        const RestResult callback = wait(m_api->interactionCallback(
            interaction.id.toLongLong(), interaction.token,
            QJsonObject {{QStringLiteral("type"), 4},
                         {QStringLiteral("data"), text(QStringLiteral("pong"))}}));
        QVERIFY2(callback, qPrintable(describe(callback)));
        QVERIFY(!message.isFinished()); // still paused while the interaction went through
        QVERIFY(!other.isFinished());
        QVERIFY(wait(message));
        QVERIFY(wait(other));
        QCOMPARE(count429(m_fake->requests()), 1); // nothing else was sent into the global pause
        const QList<HttpRequest> creates = m_fake->requestsFor(CreateKey);
        QCOMPARE(creates.size(), 2);
        QVERIFY(creates.at(1).receivedAtMs - creates.at(0).receivedAtMs >= 400);
    }

    // §7.20
    void sharedScope429IsNotAnInvalidRequest()
    {
        m_fake->injectRateLimits(1, 0.05, QStringLiteral("shared"), CreateKey);
        QVERIFY(wait(m_api->createMessage(1, text(QStringLiteral("x")))));
        QCOMPARE(m_client->limiter().invalidRequestCount(), 0);
        m_fake->injectRateLimits(1, 0.05, QStringLiteral("user"), CreateKey);
        QVERIFY(wait(m_api->createMessage(1, text(QStringLiteral("y")))));
        QCOMPARE(m_client->limiter().invalidRequestCount(), 1);
        QCOMPARE(m_fake->invalidRequestCount(), 1);
    }

    void unauthorizedStopsAllTraffic()
    {
        makeClient(QStringLiteral("wrong"));
        QSignalSpy unauthorized(m_client.get(), &RestClient::unauthorized);
        const auto first = m_api->createMessage(1, text(QStringLiteral("a")));
        const auto second = m_api->createMessage(1, text(QStringLiteral("b")));
        const RestResult a = wait(first);
        const RestResult b = wait(second);
        QVERIFY(!a);
        QCOMPARE(a.error().kind, RestError::Kind::Unauthorized);
        QCOMPARE(a.error().httpStatus, 401);
        QVERIFY(!b);
        QCOMPARE(b.error().kind, RestError::Kind::Stopped);
        QCOMPARE(unauthorized.size(), 1);
        QVERIFY(m_client->isStopped());
        const RestResult later = wait(m_api->gatewayBot());
        QCOMPARE(later.error().kind, RestError::Kind::Stopped);
        QCOMPARE(m_fake->requests().size(), 1); // only the first request reached the server
        m_client->setToken(Token);
        QVERIFY(wait(m_api->gatewayBot()));
    }

    void forbiddenAndNotFoundAreNotRetried()
    {
        m_fake->setChannelForbidden(QStringLiteral("9"), true);
        const RestResult forbidden = wait(m_api->createMessage(9, text(QStringLiteral("a"))));
        QVERIFY(!forbidden);
        QCOMPARE(forbidden.error().kind, RestError::Kind::Http);
        QCOMPARE(forbidden.error().httpStatus, 403);
        QCOMPARE(forbidden.error().discordCode, 50013);
        const RestResult missing = wait(m_api->message(1, 12345));
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().discordCode, 10008);
        QCOMPARE(m_fake->requests().size(), 2);
        QCOMPARE(m_client->limiter().invalidRequestCount(), 1); // the 403
    }

    // §7.21
    void serverErrorsRetryWithTheSameNonce()
    {
        m_fake->injectServerErrors(2, 502, CreateKey, true);
        const RestResult result = wait(m_api->createMessage(4, text(QStringLiteral("once"))));
        QVERIFY2(result, qPrintable(describe(result)));
        const QList<HttpRequest> sent = m_fake->requestsFor(CreateKey);
        QCOMPARE(sent.size(), 3);
        const QString nonce = sent.at(0).json().object().value(QStringLiteral("nonce")).toString();
        QVERIFY(!nonce.isEmpty());
        QVERIFY(nonce.size() <= 25);
        for (const HttpRequest &request : sent) {
            QCOMPARE(request.json().object().value(QStringLiteral("nonce")).toString(), nonce);
            QVERIFY(request.json().object().value(QStringLiteral("enforce_nonce")).toBool());
        }
        QVERIFY(sent.at(1).receivedAtMs - sent.at(0).receivedAtMs >= 10); // backoff, base 20 ms
        QCOMPARE(m_fake->channelMessages(QStringLiteral("4")).size(),
                 1); // deduplicated by the nonce
    }

    void serverErrorsGiveUpAfterTheRetries()
    {
        RestClient::Options options;
        options.maxServerRetries = 2;
        makeClient(Token, options);
        m_fake->injectServerErrors(5, 500);
        const RestResult result = wait(m_api->gatewayBot());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RestError::Kind::Http);
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(m_fake->requests().size(), 3);
    }

    void plainPostsAreNotRetriedOnServerErrors()
    {
        m_fake->injectServerErrors(1, 500);
        const RestResult result = wait(m_api->createDm(42));
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(m_fake->requests().size(), 1);
    }

    // §7.23
    void multipartUploadIsServedBack()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'p');
        QJsonObject message = text(QStringLiteral("A wild countryball appeared!"));
        message.insert(
            QStringLiteral("embeds"),
            QJsonArray {QJsonObject {
                {QStringLiteral("title"), QStringLiteral("France")},
                {QStringLiteral("image"),
                 QJsonObject {{QStringLiteral("url"), QStringLiteral("attachment://ball.png")}}}}});
        const RestResult result = wait(
            m_api->createMessage(5, message,
                                 {RestFile {QStringLiteral("ball.png"), png,
                                            QStringLiteral("image/png"), QStringLiteral("art")}}));
        QVERIFY2(result, qPrintable(describe(result)));
        const HttpRequest request = m_fake->requestsFor(CreateKey).constLast();
        QVERIFY(request.header("Content-Type").startsWith("multipart/form-data; boundary="));
        QCOMPARE(request.parts.size(), 2);
        QVERIFY(request.part("payload_json"));
        const MultipartPart *file = request.part("files[0]");
        QVERIFY(file);
        QCOMPARE(file->filename, QStringLiteral("ball.png"));
        QCOMPARE(file->data, png);
        const QJsonObject payload
            = QJsonDocument::fromJson(request.part("payload_json")->data).object();
        QCOMPARE(payload.value(QStringLiteral("attachments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInt(),
                 0);
        const QJsonObject attachment
            = result->object().value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(attachment.value(QStringLiteral("filename")).toString(),
                 QStringLiteral("ball.png"));
        QCOMPARE(attachment.value(QStringLiteral("description")).toString(), QStringLiteral("art"));
        QNetworkAccessManager network;
        QNetworkReply *download = network.get(
            QNetworkRequest(QUrl(attachment.value(QStringLiteral("url")).toString())));
        QTRY_VERIFY(download->isFinished());
        QCOMPARE(download->readAll(), png);
        download->deleteLater();
    }

    void editKeepsListedAttachments()
    {
        const RestResult created = wait(m_api->createMessage(
            5, text(QStringLiteral("x")),
            {RestFile {QStringLiteral("a.png"), "aaa", QStringLiteral("image/png"), {}}}));
        QVERIFY(created);
        const QString id = created->object().value(QStringLiteral("id")).toString();
        const QJsonObject old
            = created->object().value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QJsonObject edit = text(QStringLiteral("y"));
        edit.insert(
            QStringLiteral("attachments"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), old.value(QStringLiteral("id"))}}});
        const RestResult edited = wait(m_api->editMessage(
            5, id.toLongLong(), edit,
            {RestFile {QStringLiteral("b.png"), "bbb", QStringLiteral("image/png"), {}}}));
        QVERIFY2(edited, qPrintable(describe(edited)));
        const QJsonArray attachments
            = edited->object().value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("filename")).toString(),
                 QStringLiteral("a.png"));
        QCOMPARE(attachments.at(1).toObject().value(QStringLiteral("filename")).toString(),
                 QStringLiteral("b.png"));
        const RestResult dropped = wait(m_api->editMessage(
            5, id.toLongLong(), QJsonObject {{QStringLiteral("attachments"), QJsonArray()}}));
        QVERIFY(dropped);
        QVERIFY(dropped->object().value(QStringLiteral("attachments")).toArray().isEmpty());
    }

    // §7.24
    void validationErrorsAreTypedFieldErrors()
    {
        const QJsonObject tooLong {
            {QStringLiteral("embeds"),
             QJsonArray {QJsonObject {{QStringLiteral("title"), QString(300, QLatin1Char('t'))}}}}};
        const RestResult local = wait(m_api->createMessage(1, tooLong));
        QCOMPARE(local.error().kind, RestError::Kind::Invalid);
        QVERIFY(local.error().fieldErrors.contains(
            QStringLiteral("embeds.0.title: Must be 256 or fewer in length.")));
        QCOMPARE(m_fake->requests().size(), 0); // never sent

        RestRequest raw;
        raw.route = Route(HttpMethod::Post, QStringLiteral("/channels/{channel_id}/messages"),
                          {{QStringLiteral("channel_id"), QStringLiteral("1")}});
        raw.json = QJsonDocument(tooLong);
        const RestResult remote = wait(m_client->send(raw));
        QVERIFY(!remote);
        QCOMPARE(remote.error().kind, RestError::Kind::Http);
        QCOMPARE(remote.error().httpStatus, 400);
        QCOMPARE(remote.error().discordCode, 50035);
        QCOMPARE(remote.error().fieldErrors,
                 QStringList {QStringLiteral("embeds.0.title: Must be 256 or fewer in length.")});

        const RestResult clamped = wait(m_api->createMessage(1, MessageLimits::clamped(tooLong)));
        QVERIFY2(clamped, qPrintable(describe(clamped)));
    }

    void nonJsonReplyIsATypedError()
    {
        m_fake->injectNonJson(1);
        const RestResult result = wait(m_api->currentUser());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RestError::Kind::InvalidJson);
        QCOMPARE(result.error().httpStatus, 200);
        QVERIFY(wait(m_api->currentUser())); // the client carries on
    }

    void networkErrorsAreTyped()
    {
        RestClient::Options options;
        options.maxServerRetries = 1;
        makeClient(Token, options);
        m_fake.reset(); // nothing listens on that port any more
        const RestResult result = wait(m_api->gatewayBot());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RestError::Kind::Network);
    }

    void interactionFlow()
    {
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("8"));
        const RestResult deferred = wait(m_api->interactionCallback(
            interaction.id.toLongLong(), interaction.token,
            QJsonObject {{QStringLiteral("type"), 5},
                         {QStringLiteral("data"), QJsonObject {{QStringLiteral("flags"), 64}}}},
            {}, true));
        QVERIFY2(deferred, qPrintable(describe(deferred)));
        const QJsonObject summary
            = deferred->object().value(QStringLiteral("interaction")).toObject();
        QVERIFY(summary.value(QStringLiteral("response_message_loading")).toBool());
        QVERIFY(summary.value(QStringLiteral("response_message_ephemeral")).toBool());
        const RestResult edited
            = wait(m_api->editOriginal(interaction.token, text(QStringLiteral("done"))));
        QVERIFY2(edited, qPrintable(describe(edited)));
        QCOMPARE(edited->object().value(QStringLiteral("id")).toString(),
                 summary.value(QStringLiteral("response_message_id")).toString());
        QCOMPARE(edited->object().value(QStringLiteral("flags")).toInt(),
                 64); // loading cleared, still ephemeral
        const RestResult followup = wait(
            m_api->createFollowup(interaction.token,
                                  QJsonObject {{QStringLiteral("content"), QStringLiteral("psst")},
                                               {QStringLiteral("flags"), 64}}));
        QVERIFY(followup);
        QCOMPARE(followup->object().value(QStringLiteral("flags")).toInt(), 64);
        const RestResult again = wait(m_api->interactionCallback(
            interaction.id.toLongLong(), interaction.token,
            QJsonObject {{QStringLiteral("type"), 4},
                         {QStringLiteral("data"), text(QStringLiteral("x"))}}));
        QCOMPARE(again.error().discordCode, 40060);
    }

    void expiredInteractionTokenDoesNotStopTheBot()
    {
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("8"));
        QVERIFY(wait(m_api->interactionCallback(
            interaction.id.toLongLong(), interaction.token,
            QJsonObject {{QStringLiteral("type"), 4},
                         {QStringLiteral("data"), text(QStringLiteral("x"))}})));
        m_fake->advanceClock(FakeDiscordRest::TokenLifetimeMs + 1000);
        QSignalSpy unauthorized(m_client.get(), &RestClient::unauthorized);
        const RestResult late
            = wait(m_api->editOriginal(interaction.token, text(QStringLiteral("late"))));
        QVERIFY(!late);
        QCOMPARE(late.error().kind, RestError::Kind::Http);
        QCOMPARE(late.error().discordCode, 50027);
        QCOMPARE(unauthorized.size(), 0);
        QVERIFY(!m_client->isStopped());
        QVERIFY(wait(m_api->gatewayBot()));
    }

    void commandsBulkOverwrite()
    {
        const QJsonArray commands {
            QJsonObject {{QStringLiteral("name"), QStringLiteral("balls")},
                         {QStringLiteral("description"), QStringLiteral("Your balls")}}};
        const RestResult first = wait(m_api->bulkOverwriteGlobalCommands(commands));
        QVERIFY2(first, qPrintable(describe(first)));
        const QString id = first->array().at(0).toObject().value(QStringLiteral("id")).toString();
        const RestResult second = wait(m_api->bulkOverwriteGlobalCommands(commands));
        QCOMPARE(second->array().at(0).toObject().value(QStringLiteral("id")).toString(), id);
        const RestResult listed = wait(m_api->globalCommands());
        QCOMPARE(listed->array().size(), 1);
        const RestResult bad = wait(m_api->bulkOverwriteGuildCommands(
            5,
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Bad Name")},
                                     {QStringLiteral("description"), QStringLiteral("x")}}}));
        QCOMPARE(bad.error().discordCode, 50035);
        QCOMPARE(bad.error().fieldErrors,
                 QStringList {QStringLiteral("0.name: Command name is invalid")});
    }

    void auditLogReasonIsUrlEncoded()
    {
        RestRequest request;
        request.route = Route(HttpMethod::Get, QStringLiteral("/gateway/bot"));
        request.auditLogReason = QStringLiteral("spam & abuse é");
        QVERIFY(wait(m_client->send(request)));
        QCOMPARE(m_fake->requests().constLast().header("X-Audit-Log-Reason"),
                 QByteArray("spam%20%26%20abuse%20%C3%A9"));
    }

    void slowRepliesTimeOut()
    {
        RestClient::Options options;
        options.timeoutMs = 100;
        options.maxServerRetries = 0;
        makeClient(Token, options);
        m_fake->setResponseDelay(400);
        const RestResult result = wait(m_api->gatewayBot());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RestError::Kind::Timeout);
    }

    void invalidRequestBreakerPausesTraffic()
    {
        RestClient::Options options;
        options.limiter.invalidRequestThreshold = 2;
        makeClient(Token, options);
        QSignalSpy tripped(m_client.get(), &RestClient::invalidRequestLimitReached);
        m_fake->setChannelForbidden(QStringLiteral("9"), true);
        QCOMPARE(wait(m_api->createMessage(9, text(QStringLiteral("a")))).error().httpStatus, 403);
        QCOMPARE(wait(m_api->createMessage(9, text(QStringLiteral("b")))).error().httpStatus, 403);
        QCOMPARE(tripped.size(), 1);
        QVERIFY(m_client->limiter().isBreakerOpen());
        const auto held = m_api->gatewayBot();
        QCOMPARE(m_client->limiter().queuedCount(), qsizetype(1)); // held back, not sent
        QCOMPARE(m_fake->requests().size(), 2);
        m_client->stop();
        QTRY_VERIFY(held.isFinished());
        QCOMPARE(held.result().error().kind, RestError::Kind::Stopped);
    }

    void stopFailsQueuedRequests()
    {
        m_fake->setRouteLimit(CreateKey, RouteLimit {1, 5000, {}});
        QVERIFY(wait(m_api->createMessage(1, text(QStringLiteral("a")))));
        const auto queued = m_api->createMessage(1, text(QStringLiteral("b")));
        QCOMPARE(m_client->limiter().queuedCount(), qsizetype(1)); // waiting for the 5 s reset
        QVERIFY(!queued.isFinished());
        m_client->stop();
        QTRY_VERIFY(queued.isFinished());
        QCOMPARE(queued.result().error().kind, RestError::Kind::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_discord_restclient.moc"

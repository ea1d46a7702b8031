// SPDX-License-Identifier: MIT
// FakeDiscordRest on its own, spoken to with raw HTTP: header checks, limits and their headers,
// interaction rules, payload validation, multipart checks, command sync and HTTP framing.
#include "fakediscord/rest/FakeDiscordRest.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ballsdex::fakediscord;

namespace {

const QByteArray Token = "tok";
const QByteArray UserAgent = "DiscordBot (https://example.org, 1.0)";

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] int code() const { return json().value(QStringLiteral("code")).toInt(); }
};

void flatten(const QJsonObject &node, const QString &path, QStringList &out)
{
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it.key() == QLatin1String("_errors")) {
            out.append(path);
            continue;
        }
        flatten(it.value().toObject(),
                path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    }
}

QStringList errorPaths(const Reply &reply)
{
    QStringList out;
    flatten(reply.json().value(QStringLiteral("errors")).toObject(), QString(), out);
    return out;
}

QJsonArray repeatArray(int count, const QJsonValue &value)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(value);
    return out;
}

QJsonObject button(const QString &id)
{
    return QJsonObject {{QStringLiteral("type"), 2},
                        {QStringLiteral("style"), 1},
                        {QStringLiteral("label"), QStringLiteral("b")},
                        {QStringLiteral("custom_id"), id}};
}

QJsonObject row(const QJsonArray &children)
{
    return QJsonObject {{QStringLiteral("type"), 1}, {QStringLiteral("components"), children}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFakeDiscordRest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeDiscordRest> m_fake;
    QNetworkAccessManager m_network;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json",
               const QList<std::pair<QByteArray, QByteArray>> &headers
               = {{"Authorization", "Bot " + Token}, {"User-Agent", UserAgent}})
    {
        QUrl url = m_fake->rootUrl();
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        Reply out;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            out.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return out;
    }
    Reply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, compact(body));
    }
    QString api(const QString &path) const { return QStringLiteral("/api/v10") + path; }
    Reply callback(const FakeInteraction &interaction, const QJsonObject &body,
                   const QString &query = {})
    {
        return post(api(QStringLiteral("/interactions/%1/%2/callback")
                            .arg(interaction.id, interaction.token))
                        + query,
                    body);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeDiscordRest>();
        m_fake->setBotToken(QString::fromLatin1(Token));
        QVERIFY(m_fake->listen());
        QCOMPARE(m_fake->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }
    void cleanup() { m_fake.reset(); }

    // §7.22
    void headerValidation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<QByteArray>("agent");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        const QString path = QStringLiteral("/api/v10/applications/@me");
        QTest::newRow("ok") << path << QByteArray("Bot tok") << UserAgent << QByteArray() << 200
                            << 0;
        QTest::newRow("no auth") << path << QByteArray() << UserAgent << QByteArray() << 401 << 0;
        QTest::newRow("wrong token")
            << path << QByteArray("Bot nope") << UserAgent << QByteArray() << 401 << 0;
        QTest::newRow("bare token")
            << path << QByteArray("tok") << UserAgent << QByteArray() << 401 << 0;
        QTest::newRow("unknown bearer")
            << path << QByteArray("Bearer x") << UserAgent << QByteArray() << 401 << 0;
        QTest::newRow("browser agent") << path << QByteArray("Bot tok") << QByteArray("Mozilla/5.0")
                                       << QByteArray() << 400 << 0;
        QTest::newRow("text body")
            << QStringLiteral("/api/v10/users/@me/channels") << QByteArray("Bot tok") << UserAgent
            << QByteArray("text/plain") << 400 << 50035;
        QTest::newRow("no version")
            << QStringLiteral("/api/applications/@me") << QByteArray("Bot tok") << UserAgent
            << QByteArray() << 404 << 0;
        QTest::newRow("v9") << QStringLiteral("/api/v9/applications/@me") << QByteArray("Bot tok")
                            << UserAgent << QByteArray() << 404 << 0;
    }
    void headerValidation()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, auth);
        QFETCH(QByteArray, agent);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(int, code);
        QList<std::pair<QByteArray, QByteArray>> headers {{"User-Agent", agent}};
        if (!auth.isEmpty())
            headers.append({"Authorization", auth});
        const QByteArray body = contentType.isEmpty() ? QByteArray() : QByteArray("recipient_id=1");
        const Reply reply
            = send(contentType.isEmpty() ? "GET" : "POST", path, body, contentType, headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
        QCOMPARE(m_fake->requests().size(), 1); // recorded either way
        if (code == 50035)
            QCOMPARE(reply.json()
                         .value(QStringLiteral("errors"))
                         .toObject()
                         .value(QStringLiteral("_errors"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("CONTENT_TYPE_INVALID"));
    }

    void bucketHeadersAndPerRoute429()
    {
        m_fake->setRouteLimit(QStringLiteral("GET /users/@me"),
                              RouteLimit {2, 500, QStringLiteral("abc")});
        const Reply first = send("GET", api(QStringLiteral("/users/@me")));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.headers.value("x-ratelimit-limit"), QByteArray("2"));
        QCOMPARE(first.headers.value("x-ratelimit-remaining"), QByteArray("1"));
        QCOMPARE(first.headers.value("x-ratelimit-bucket"), QByteArray("abc"));
        QVERIFY(first.headers.value("x-ratelimit-reset-after").toDouble() <= 0.5);
        QVERIFY(first.headers.value("x-ratelimit-reset").toDouble()
                > QDateTime::currentSecsSinceEpoch() - 1);
        QCOMPARE(
            send("GET", api(QStringLiteral("/users/@me"))).headers.value("x-ratelimit-remaining"),
            QByteArray("0"));
        const Reply limited = send("GET", api(QStringLiteral("/users/@me")));
        QCOMPARE(limited.status, 429);
        const double retryAfter = limited.json().value(QStringLiteral("retry_after")).toDouble();
        QVERIFY(retryAfter > 0 && retryAfter <= 0.5);
        QCOMPARE(limited.json().value(QStringLiteral("global")).toBool(), false);
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("1"));
        QCOMPARE(limited.headers.value("x-ratelimit-scope"), QByteArray("user"));
        QCOMPARE(limited.headers.value("x-ratelimit-bucket"), QByteArray("abc"));
        QCOMPARE(m_fake->invalidRequestCount(), 1);
    }

    void globalLimitSparesInteractions()
    {
        m_fake->setGlobalLimit(2);
        QCOMPARE(send("GET", api(QStringLiteral("/gateway/bot"))).status, 200);
        QCOMPARE(send("GET", api(QStringLiteral("/gateway/bot"))).status, 200);
        const Reply limited = send("GET", api(QStringLiteral("/users/@me")));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.json().value(QStringLiteral("global")).toBool());
        QCOMPARE(limited.headers.value("x-ratelimit-global"), QByteArray("true"));
        QCOMPARE(limited.headers.value("x-ratelimit-scope"), QByteArray("global"));
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("1"));
        QCOMPARE(callback(interaction, QJsonObject {{QStringLiteral("type"), 5}}).status, 204);
    }

    // §7.25, §7.26
    void interactionDeadlineAndDoubleAck()
    {
        const FakeInteraction late = m_fake->createInteraction(QStringLiteral("1"));
        m_fake->advanceClock(FakeDiscordRest::InteractionDeadlineMs + 1);
        const Reply expired = callback(late, QJsonObject {{QStringLiteral("type"), 5}});
        QCOMPARE(expired.status, 404);
        QCOMPARE(expired.code(), 10062);
        const FakeInteraction fresh = m_fake->createInteraction(QStringLiteral("1"));
        QCOMPARE(callback(fresh, QJsonObject {{QStringLiteral("type"), 5}}).status, 204);
        const Reply twice = callback(
            fresh,
            QJsonObject {{QStringLiteral("type"), 4},
                         {QStringLiteral("data"),
                          QJsonObject {{QStringLiteral("content"), QStringLiteral("x")}}}});
        QCOMPARE(twice.status, 400);
        QCOMPARE(twice.code(), 40060);
        FakeInteraction wrongToken = fresh;
        wrongToken.token = QStringLiteral("nope");
        QCOMPARE(callback(wrongToken, QJsonObject {{QStringLiteral("type"), 5}}).code(), 10062);
    }

    void webhookBeforeCallback()
    {
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("1"));
        const QString base = api(
            QStringLiteral("/webhooks/%1/%2").arg(m_fake->applicationId(), interaction.token));
        const Reply followup
            = post(base, QJsonObject {{QStringLiteral("content"), QStringLiteral("x")}});
        QCOMPARE(followup.status, 404);
        QCOMPARE(followup.code(), 10015);
        QCOMPARE(send("GET", base + QStringLiteral("/messages/@original")).code(), 10008);
        QCOMPARE(
            send("GET",
                 api(QStringLiteral("/webhooks/1/%1/messages/@original").arg(interaction.token)))
                .code(),
            10015);
    }

    // §7.28
    void ephemeralReplyWithResponse()
    {
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("1"));
        const Reply reply = callback(
            interaction,
            QJsonObject {{QStringLiteral("type"), 4},
                         {QStringLiteral("data"),
                          QJsonObject {{QStringLiteral("content"), QStringLiteral("secret")},
                                       {QStringLiteral("flags"), 64}}}},
            QStringLiteral("?with_response=true"));
        QCOMPARE(reply.status, 200);
        const QJsonObject summary = reply.json().value(QStringLiteral("interaction")).toObject();
        QVERIFY(summary.value(QStringLiteral("response_message_ephemeral")).toBool());
        QVERIFY(!summary.value(QStringLiteral("response_message_loading")).toBool());
        const QString messageId = summary.value(QStringLiteral("response_message_id")).toString();
        QVERIFY(!messageId.isEmpty());
        QCOMPARE(reply.json()
                     .value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("secret"));
        QVERIFY(m_fake->interaction(interaction.id)->ephemeral);
        QVERIFY(m_fake->channelMessages(QStringLiteral("1"))
                    .isEmpty()); // ephemeral: not in the channel
    }

    void followupAfterDeferFillsTheLoadingMessage()
    {
        const FakeInteraction interaction = m_fake->createInteraction(QStringLiteral("1"));
        QCOMPARE(callback(interaction, QJsonObject {{QStringLiteral("type"), 5}}).status, 204);
        const QString original = m_fake->interaction(interaction.id)->originalMessageId;
        QVERIFY(m_fake->message(original)->value(QStringLiteral("flags")).toInt() & 128);
        const QString base = api(
            QStringLiteral("/webhooks/%1/%2").arg(m_fake->applicationId(), interaction.token));
        const Reply first
            = post(base, QJsonObject {{QStringLiteral("content"), QStringLiteral("one")}});
        QCOMPARE(first.json().value(QStringLiteral("id")).toString(), original);
        QCOMPARE(first.json().value(QStringLiteral("flags")).toInt() & 128, 0);
        const Reply second
            = post(base, QJsonObject {{QStringLiteral("content"), QStringLiteral("two")}});
        QVERIFY(second.json().value(QStringLiteral("id")).toString() != original);
        QCOMPARE(m_fake->interaction(interaction.id)->followupIds.size(), 1);
        const QString followupPath = base + QStringLiteral("/messages/")
            + second.json().value(QStringLiteral("id")).toString();
        QCOMPARE(send("PATCH", followupPath,
                      compact(QJsonObject {{QStringLiteral("content"), QStringLiteral("2")}}))
                     .json()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("2"));
        QCOMPARE(send("DELETE", followupPath).status, 204);
        QCOMPARE(send("GET", followupPath).code(), 10008);
    }

    void componentCallbacks()
    {
        const Reply created
            = post(api(QStringLiteral("/channels/1/messages")),
                   QJsonObject {{QStringLiteral("content"), QStringLiteral("spawn")},
                                {QStringLiteral("components"),
                                 QJsonArray {row(QJsonArray {button(QStringLiteral("catch"))})}}});
        QCOMPARE(created.status, 200);
        const QString source = created.json().value(QStringLiteral("id")).toString();
        const FakeInteraction click = m_fake->createInteraction(QStringLiteral("1"), 3, source);
        QCOMPARE(callback(click,
                          QJsonObject {
                              {QStringLiteral("type"), 7},
                              {QStringLiteral("data"),
                               QJsonObject {{QStringLiteral("content"), QStringLiteral("caught")},
                                            {QStringLiteral("components"), QJsonArray()}}}})
                     .status,
                 204);
        QCOMPARE(m_fake->message(source)->value(QStringLiteral("content")).toString(),
                 QStringLiteral("caught"));
        const FakeInteraction command = m_fake->createInteraction(QStringLiteral("1"), 2);
        const Reply wrong = callback(command, QJsonObject {{QStringLiteral("type"), 6}});
        QCOMPARE(wrong.code(), 50035);
        QCOMPARE(errorPaths(wrong), QStringList {QStringLiteral("type")});
    }

    void autocompleteAndModalRules()
    {
        const FakeInteraction autocomplete = m_fake->createInteraction(QStringLiteral("1"), 4);
        const QJsonObject choice {{QStringLiteral("name"), QStringLiteral("France")},
                                  {QStringLiteral("value"), QStringLiteral("fr")}};
        const Reply tooMany = callback(
            autocomplete,
            QJsonObject {{QStringLiteral("type"), 8},
                         {QStringLiteral("data"),
                          QJsonObject {{QStringLiteral("choices"), repeatArray(26, choice)}}}});
        QCOMPARE(errorPaths(tooMany), QStringList {QStringLiteral("data.choices")});
        QCOMPARE(callback(autocomplete,
                          QJsonObject {
                              {QStringLiteral("type"), 8},
                              {QStringLiteral("data"),
                               QJsonObject {{QStringLiteral("choices"), repeatArray(25, choice)}}}})
                     .status,
                 204);

        const FakeInteraction command = m_fake->createInteraction(QStringLiteral("1"), 2);
        const QJsonObject modal {{QStringLiteral("custom_id"), QStringLiteral("m")},
                                 {QStringLiteral("title"), QString(46, QLatin1Char('t'))},
                                 {QStringLiteral("components"),
                                  QJsonArray {QJsonObject {{QStringLiteral("type"), 18}}}}};
        QCOMPARE(errorPaths(callback(
                     command,
                     QJsonObject {{QStringLiteral("type"), 9}, {QStringLiteral("data"), modal}})),
                 QStringList {QStringLiteral("data.title")});
        const FakeInteraction submit = m_fake->createInteraction(QStringLiteral("1"), 5);
        QJsonObject fine = modal;
        fine.insert(QStringLiteral("title"), QStringLiteral("Trade"));
        QCOMPARE(callback(submit,
                          QJsonObject {{QStringLiteral("type"), 9}, {QStringLiteral("data"), fine}})
                     .status,
                 400);
    }

    // §7.24
    void messageValidation_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("path");
        const auto embeds = [](const QJsonArray &list) {
            return QJsonObject {{QStringLiteral("embeds"), list}};
        };
        const auto components = [](const QJsonArray &rows) {
            return QJsonObject {{QStringLiteral("components"), rows}};
        };
        QTest::newRow("content") << QJsonObject {{QStringLiteral("content"),
                                                  QString(2001, QLatin1Char('c'))}}
                                 << QStringLiteral("content");
        QTest::newRow("11 embeds")
            << embeds(repeatArray(11, QJsonObject {{QStringLiteral("title"), QStringLiteral("t")}}))
            << QStringLiteral("embeds");
        QTest::newRow("total 6000") << embeds(repeatArray(
            2, QJsonObject {{QStringLiteral("description"), QString(3001, QLatin1Char('d'))}}))
                                    << QStringLiteral("embeds");
        QTest::newRow("description") << embeds(
            {QJsonObject {{QStringLiteral("description"), QString(4097, QLatin1Char('d'))}}})
                                     << QStringLiteral("embeds.0.description");
        QTest::newRow("26 fields") << embeds({QJsonObject {
            {QStringLiteral("fields"),
             repeatArray(26,
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("n")},
                                      {QStringLiteral("value"), QStringLiteral("v")}})}}})
                                   << QStringLiteral("embeds.0.fields");
        QTest::newRow("field value") << embeds(
            {QJsonObject {{QStringLiteral("fields"),
                           QJsonArray {QJsonObject {
                               {QStringLiteral("name"), QStringLiteral("n")},
                               {QStringLiteral("value"), QString(1025, QLatin1Char('v'))}}}}}})
                                     << QStringLiteral("embeds.0.fields.0.value");
        QTest::newRow("footer") << embeds({QJsonObject {
            {QStringLiteral("footer"),
             QJsonObject {{QStringLiteral("text"), QString(2049, QLatin1Char('f'))}}}}})
                                << QStringLiteral("embeds.0.footer.text");
        QTest::newRow("custom_id 101")
            << components({row({button(QString(101, QLatin1Char('i')))})})
            << QStringLiteral("components.0.components.0.custom_id");
        QTest::newRow("custom_id empty") << components({row({button(QString())})})
                                         << QStringLiteral("components.0.components.0.custom_id");
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(button(QString::number(i)));
        QTest::newRow("6 buttons")
            << components({row(six)}) << QStringLiteral("components.0.components");
        QJsonArray rows;
        for (int i = 0; i < 6; ++i)
            rows.append(row({button(QString::number(i))}));
        QTest::newRow("6 rows") << components(rows) << QStringLiteral("components");
        const QJsonObject option {{QStringLiteral("label"), QStringLiteral("l")},
                                  {QStringLiteral("value"), QStringLiteral("v")}};
        QTest::newRow("26 options") << components(
            {row({QJsonObject {{QStringLiteral("type"), 3},
                               {QStringLiteral("custom_id"), QStringLiteral("s")},
                               {QStringLiteral("options"), repeatArray(26, option)}}})})
                                    << QStringLiteral("components.0.components.0.options");
        QTest::newRow("mentions")
            << QJsonObject {{QStringLiteral("content"), QStringLiteral("x")},
                            {QStringLiteral("allowed_mentions"),
                             QJsonObject {
                                 {QStringLiteral("parse"), QJsonArray {QStringLiteral("users")}},
                                 {QStringLiteral("users"), QJsonArray {QStringLiteral("1")}}}}}
            << QStringLiteral("allowed_mentions");
        QTest::newRow("v2 with content")
            << QJsonObject {{QStringLiteral("flags"), 1 << 15},
                            {QStringLiteral("content"), QStringLiteral("x")},
                            {QStringLiteral("components"),
                             QJsonArray {
                                 QJsonObject {{QStringLiteral("type"), 10},
                                              {QStringLiteral("content"), QStringLiteral("t")}}}}}
            << QStringLiteral("content");
        QTest::newRow("nonce 26") << QJsonObject {{QStringLiteral("content"), QStringLiteral("x")},
                                                  {QStringLiteral("nonce"),
                                                   QString(26, QLatin1Char('1'))}}
                                  << QStringLiteral("nonce");
    }
    void messageValidation()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, path);
        const Reply reply = post(api(QStringLiteral("/channels/1/messages")), payload);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), 50035);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid Form Body"));
        QVERIFY2(errorPaths(reply).contains(path), qPrintable(QString::fromUtf8(reply.body)));
        QVERIFY(m_fake->channelMessages(QStringLiteral("1")).isEmpty());
    }

    void emptyAndBrokenBodies()
    {
        QCOMPARE(post(api(QStringLiteral("/channels/1/messages")),
                      QJsonObject {{QStringLiteral("content"), QStringLiteral("  ")}})
                     .code(),
                 50006);
        QCOMPARE(send("POST", api(QStringLiteral("/channels/1/messages")), "{not json").code(),
                 50109);
        QCOMPARE(send("GET", api(QStringLiteral("/channels/1/messages/5"))).code(), 10008);
        m_fake->setStrictChannels(true);
        QCOMPARE(post(api(QStringLiteral("/channels/77/messages")),
                      QJsonObject {{QStringLiteral("content"), QStringLiteral("x")}})
                     .code(),
                 10003);
    }

    void nonceDeduplication()
    {
        QJsonObject payload {{QStringLiteral("content"), QStringLiteral("x")},
                             {QStringLiteral("nonce"), QStringLiteral("n1")},
                             {QStringLiteral("enforce_nonce"), true}};
        const Reply first = post(api(QStringLiteral("/channels/1/messages")), payload);
        const Reply second = post(api(QStringLiteral("/channels/1/messages")), payload);
        QCOMPARE(second.json().value(QStringLiteral("id")),
                 first.json().value(QStringLiteral("id")));
        payload.remove(QStringLiteral("enforce_nonce"));
        QVERIFY(post(api(QStringLiteral("/channels/1/messages")), payload)
                    .json()
                    .value(QStringLiteral("id"))
                != first.json().value(QStringLiteral("id")));
        QCOMPARE(m_fake->channelMessages(QStringLiteral("1")).size(), 2);
    }

    // §7.23
    void multipartChecks_data()
    {
        QTest::addColumn<QByteArray>("payloadJson");
        QTest::addColumn<QByteArray>("partName");
        QTest::addColumn<int>("fileBytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path"); // or the code for non-50035 answers
        QTest::newRow("ok") << QByteArray(
            "{\"content\":\"x\",\"attachments\":[{\"id\":0,\"filename\":\"a.png\"}],\"embeds\":[{"
            "\"image\":{\"url\":\"attachment://a.png\"}}]}")
                            << QByteArray("files[0]") << 10 << 200 << QString();
        QTest::newRow("unknown attachment id")
            << QByteArray("{\"attachments\":[{\"id\":3}]}") << QByteArray("files[0]") << 10 << 400
            << QStringLiteral("attachments.0.id");
        QTest::newRow("missing embed file")
            << QByteArray("{\"embeds\":[{\"image\":{\"url\":\"attachment://b.png\"}}]}")
            << QByteArray("files[0]") << 10 << 400 << QStringLiteral("embeds.0.image.url");
        QTest::newRow("bad part name") << QByteArray("{\"content\":\"x\"}") << QByteArray("file")
                                       << 10 << 400 << QStringLiteral("file");
        QTest::newRow("file too big") << QByteArray("{\"content\":\"x\"}") << QByteArray("files[0]")
                                      << 2048 << 413 << QStringLiteral("40005");
    }
    void multipartChecks()
    {
        QFETCH(QByteArray, payloadJson);
        QFETCH(QByteArray, partName);
        QFETCH(int, fileBytes);
        QFETCH(int, status);
        QFETCH(QString, path);
        m_fake->setUploadLimits(1 << 20, 1024);
        const QByteArray boundary = "xYzBoundary";
        QByteArray body = "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: "
              "application/json\r\n\r\n"
            + payloadJson + "\r\n";
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName
            + "\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"
            + QByteArray(fileBytes, 'p') + "\r\n";
        body += "--" + boundary + "--\r\n";
        const Reply reply = send("POST", api(QStringLiteral("/channels/1/messages")), body,
                                 "multipart/form-data; boundary=" + boundary);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            const QJsonObject attachment
                = reply.json().value(QStringLiteral("attachments")).toArray().at(0).toObject();
            QCOMPARE(attachment.value(QStringLiteral("size")).toInt(), fileBytes);
            QCOMPARE(m_fake->attachmentData(attachment.value(QStringLiteral("url")).toString()),
                     QByteArray(fileBytes, 'p'));
        } else if (status == 400) {
            QVERIFY2(errorPaths(reply).contains(path), qPrintable(QString::fromUtf8(reply.body)));
        } else {
            QCOMPARE(QString::number(reply.code()), path);
        }
        const HttpRequest recorded = m_fake->requests().constLast();
        QCOMPARE(recorded.parts.size(), 2);
        QCOMPARE(recorded.parts.at(1).filename, QStringLiteral("a.png"));
    }

    void chunkedBodiesOnAKeptAliveConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_fake->rootUrl().port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray json = "{\"content\":\"chunked\"}";
        QByteArray request = "POST /api/v10/channels/1/messages HTTP/1.1\r\nHost: "
                             "x\r\nAuthorization: Bot tok\r\nUser-Agent: "
            + UserAgent
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        request += QByteArray::number(8, 16) + "\r\n" + json.left(8) + "\r\n"
            + QByteArray::number(json.size() - 8, 16) + "\r\n" + json.mid(8) + "\r\n0\r\n\r\n";
        request
            += "GET /api/v10/gateway HTTP/1.1\r\nHost: x\r\nAuthorization: Bot tok\r\nUser-Agent: "
            + UserAgent + "\r\n\r\n";
        socket.write(request);
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.count("HTTP/1.1 200") == 2
                    && received.contains("gateway.discord.gg");
            },
            5000));
        QCOMPARE(m_fake->channelMessages(QStringLiteral("1"))
                     .at(0)
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("chunked"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    // §7.31
    void commandOverwrite()
    {
        const QString path
            = api(QStringLiteral("/applications/%1/commands").arg(m_fake->applicationId()));
        const auto command = [](const QString &name, const QString &description) {
            return QJsonObject {{QStringLiteral("name"), name},
                                {QStringLiteral("description"), description}};
        };
        const Reply first
            = send("PUT", path,
                   QJsonDocument(QJsonArray {command(QStringLiteral("balls"), QStringLiteral("a")),
                                             command(QStringLiteral("trade"), QStringLiteral("b"))})
                       .toJson());
        QCOMPARE(first.status, 200);
        const QJsonArray created = QJsonDocument::fromJson(first.body).array();
        const Reply second = send(
            "PUT", path,
            QJsonDocument(QJsonArray {command(QStringLiteral("balls"), QStringLiteral("a")),
                                      command(QStringLiteral("config"), QStringLiteral("c"))})
                .toJson());
        const QJsonArray now = QJsonDocument::fromJson(second.body).array();
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(0).toObject().value(QStringLiteral("id")),
                 created.at(0).toObject().value(QStringLiteral("id")));
        QCOMPARE(now.at(0).toObject().value(QStringLiteral("version")),
                 created.at(0).toObject().value(QStringLiteral("version")));
        QCOMPARE(m_fake->commands().size(), 2); // "trade" was deleted
        QCOMPARE(m_fake->commandCreatesToday(), 3);
        const Reply changed = send(
            "PUT", path,
            QJsonDocument(QJsonArray {command(QStringLiteral("balls"), QStringLiteral("new"))})
                .toJson());
        QVERIFY(QJsonDocument::fromJson(changed.body)
                    .array()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("version"))
                != created.at(0).toObject().value(QStringLiteral("version")));
    }

    void commandValidation_data()
    {
        QTest::addColumn<QJsonArray>("commands");
        QTest::addColumn<QString>("path");
        const auto named = [](const QString &name) {
            return QJsonObject {{QStringLiteral("name"), name},
                                {QStringLiteral("description"), QStringLiteral("d")}};
        };
        QTest::newRow("upper case")
            << QJsonArray {named(QStringLiteral("Balls"))} << QStringLiteral("0.name");
        QTest::newRow("space") << QJsonArray {named(QStringLiteral("my balls"))}
                               << QStringLiteral("0.name");
        QTest::newRow("33 chars") << QJsonArray {named(QString(33, QLatin1Char('a')))}
                                  << QStringLiteral("0.name");
        QJsonObject noDescription = named(QStringLiteral("x"));
        noDescription.remove(QStringLiteral("description"));
        QTest::newRow("no description")
            << QJsonArray {noDescription} << QStringLiteral("0.description");
        QJsonObject many = named(QStringLiteral("x"));
        QJsonArray options;
        for (int i = 0; i < 26; ++i)
            options.append(QJsonObject {{QStringLiteral("type"), 3},
                                        {QStringLiteral("name"), QStringLiteral("o%1").arg(i)},
                                        {QStringLiteral("description"), QStringLiteral("d")}});
        many.insert(QStringLiteral("options"), options);
        QTest::newRow("26 options") << QJsonArray {many} << QStringLiteral("0.options");
        QJsonObject order = named(QStringLiteral("x"));
        order.insert(QStringLiteral("options"),
                     QJsonArray {QJsonObject {{QStringLiteral("type"), 3},
                                              {QStringLiteral("name"), QStringLiteral("a")},
                                              {QStringLiteral("description"), QStringLiteral("d")}},
                                 QJsonObject {{QStringLiteral("type"), 3},
                                              {QStringLiteral("name"), QStringLiteral("b")},
                                              {QStringLiteral("description"), QStringLiteral("d")},
                                              {QStringLiteral("required"), true}}});
        QTest::newRow("required after optional")
            << QJsonArray {order} << QStringLiteral("0.options.1.required");
        QJsonObject nested = named(QStringLiteral("x"));
        nested.insert(QStringLiteral("options"),
                      QJsonArray {QJsonObject {
                          {QStringLiteral("type"), 2},
                          {QStringLiteral("name"), QStringLiteral("g")},
                          {QStringLiteral("description"), QStringLiteral("d")},
                          {QStringLiteral("options"),
                           QJsonArray {QJsonObject {
                               {QStringLiteral("type"), 3},
                               {QStringLiteral("name"), QStringLiteral("p")},
                               {QStringLiteral("description"), QStringLiteral("d")}}}}}});
        QTest::newRow("parameter in group")
            << QJsonArray {nested} << QStringLiteral("0.options.0.options.0.type");
        QTest::newRow("duplicate")
            << QJsonArray {named(QStringLiteral("x")), named(QStringLiteral("x"))}
            << QStringLiteral("1.name");
        QJsonObject huge = named(QStringLiteral("x"));
        QJsonArray big;
        for (int i = 0; i < 25; ++i) {
            QJsonArray choices;
            for (int c = 0; c < 25; ++c)
                choices.append(
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("c%1").arg(c)},
                                 {QStringLiteral("value"), QString(20, QLatin1Char('v'))}});
            big.append(QJsonObject {{QStringLiteral("type"), 3},
                                    {QStringLiteral("name"), QStringLiteral("o%1").arg(i)},
                                    {QStringLiteral("description"), QStringLiteral("d")},
                                    {QStringLiteral("choices"), choices}});
        }
        huge.insert(QStringLiteral("options"), big);
        QTest::newRow("over 8000") << QJsonArray {huge} << QStringLiteral("0");
    }
    void commandValidation()
    {
        QFETCH(QJsonArray, commands);
        QFETCH(QString, path);
        const Reply reply = send(
            "PUT",
            api(QStringLiteral("/applications/%1/guilds/5/commands").arg(m_fake->applicationId())),
            QJsonDocument(commands).toJson());
        QCOMPARE(reply.code(), 50035);
        QVERIFY2(errorPaths(reply).contains(path), qPrintable(QString::fromUtf8(reply.body)));
        QVERIFY(m_fake->commands(QStringLiteral("5")).isEmpty());
    }

    void dailyCommandCreateBudget()
    {
        const QString path = api(
            QStringLiteral("/applications/%1/guilds/5/commands").arg(m_fake->applicationId()));
        const auto batch = [](const QString &prefix) {
            QJsonArray out;
            for (int i = 0; i < 100; ++i)
                out.append(
                    QJsonObject {{QStringLiteral("name"), QString(prefix + QString::number(i))},
                                 {QStringLiteral("description"), QStringLiteral("d")}});
            return QJsonDocument(out).toJson();
        };
        QCOMPARE(send("PUT", path, batch(QStringLiteral("a"))).status, 200);
        QCOMPARE(send("PUT", path, batch(QStringLiteral("b"))).status, 200);
        QCOMPARE(send("PUT", path, batch(QStringLiteral("b"))).status, 200); // nothing new: free
        const Reply over = send("PUT", path, batch(QStringLiteral("c")));
        QCOMPARE(over.code(), 30034);
        QCOMPARE(m_fake->commandCreatesToday(QStringLiteral("5")), 200);
        m_fake->advanceClock(24LL * 3600 * 1000);
        QCOMPARE(send("PUT", path, batch(QStringLiteral("c"))).status, 200);
    }

    void coreLookups()
    {
        m_fake->addUser(QJsonObject {{QStringLiteral("id"), QStringLiteral("42")},
                                     {QStringLiteral("username"), QStringLiteral("u")}});
        m_fake->addGuildMember(
            QStringLiteral("5"),
            QJsonObject {{QStringLiteral("user"),
                          QJsonObject {{QStringLiteral("id"), QStringLiteral("42")}}},
                         {QStringLiteral("roles"), QJsonArray()}});
        QCOMPARE(send("GET", api(QStringLiteral("/guilds/5/members/42"))).status, 200);
        QCOMPARE(send("GET", api(QStringLiteral("/guilds/5/members/43"))).code(), 10007);
        QCOMPARE(send("GET", api(QStringLiteral("/users/43"))).code(), 10013);
        const Reply dm = post(api(QStringLiteral("/users/@me/channels")),
                              QJsonObject {{QStringLiteral("recipient_id"), QStringLiteral("42")}});
        QCOMPARE(dm.json().value(QStringLiteral("type")).toInt(), 1);
        QCOMPARE(post(api(QStringLiteral("/users/@me/channels")),
                      QJsonObject {{QStringLiteral("recipient_id"), QStringLiteral("42")}})
                     .json()
                     .value(QStringLiteral("id")),
                 dm.json().value(QStringLiteral("id")));
        QCOMPARE(send("GET", api(QStringLiteral("/gateway/bot")))
                     .json()
                     .value(QStringLiteral("url"))
                     .toString(),
                 QStringLiteral("wss://gateway.discord.gg"));
    }

    void routesCanBeAddedFromOutside()
    {
        m_fake->http().route("POST", QStringLiteral("/api/oauth2/token"), [](HttpRequest &) {
            return HttpResponse::json(
                200,
                QJsonDocument(QJsonObject {{QStringLiteral("access_token"), QStringLiteral("a")}}));
        });
        m_fake->apiRoute("GET", QStringLiteral("/users/@me/guilds"), [](HttpRequest &) {
            return HttpResponse::json(200, QJsonDocument(QJsonArray()));
        });
        QCOMPARE(send("POST", QStringLiteral("/api/oauth2/token"), "grant_type=x",
                      "application/x-www-form-urlencoded", {})
                     .status,
                 200);
        QCOMPARE(send("GET", api(QStringLiteral("/users/@me/guilds")), {}, {},
                      {{"User-Agent", UserAgent}})
                     .status,
                 401); // the pipeline applies
        m_fake->addBearerToken(QStringLiteral("user-token"));
        QCOMPARE(send("GET", api(QStringLiteral("/users/@me/guilds")), {}, {},
                      {{"Authorization", "Bearer user-token"}, {"User-Agent", UserAgent}})
                     .status,
                 200);
    }

    void responseDelay()
    {
        m_fake->setResponseDelay(150);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(send("GET", api(QStringLiteral("/gateway/bot"))).status, 200);
        QVERIFY(timer.elapsed() >= 150);
    }
};

QTEST_GUILESS_MAIN(TestFakeDiscordRest)
#include "tst_fakediscordrest.moc"

// SPDX-License-Identifier: MIT
#pragma once

#include "FakeHttpServer.h"
#include "FakeRateLimits.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>
#include <optional>

namespace ballsdex::fakediscord {

/// An interaction the fake knows, with what the bot did with it.
struct FakeInteraction
{
    QString id;
    QString token;
    QString channelId;
    QString guildId;
    QString sourceMessageId; ///< the message a component interaction came from
    int type = 2; ///< 2 command, 3 component, 4 autocomplete, 5 modal submit
    qint64 createdAtMs = 0; ///< on the fake's clock (nowMs())
    bool acknowledged = false;
    int callbackType = 0;
    bool ephemeral = false;
    QString originalMessageId;
    QStringList followupIds;
    QJsonObject lastCallback; ///< the body of the initial callback
};

/// Discord's REST API on 127.0.0.1 for tests (spec §4, §7 items 16-31): header checks with
/// Discord-shaped errors, per-route buckets and the global limit with real headers and 429s,
/// fault injection, a record of every request, and in-memory channels, messages, interactions,
/// application commands, users, members and emojis. Uploaded files are served back under
/// /attachments/<channel>/<id>/<filename>. The clock (interaction deadlines, token expiry, limit
/// windows, the daily command budget) is real time plus an offset tests can advance.
class FakeDiscordRest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeDiscordRest)

public:
    using Handler = FakeHttpServer::Handler;
    static constexpr qint64 InteractionDeadlineMs = 3000;
    static constexpr qint64 TokenLifetimeMs = 15 * 60 * 1000;
    static constexpr int DailyCommandCreates = 200;

    explicit FakeDiscordRest(QObject *parent = nullptr);

    bool listen();
    /// http://127.0.0.1:<port>/api/v10
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl rootUrl() const { return m_http.url(); }
    [[nodiscard]] FakeHttpServer &http() { return m_http; }
    /// Adds a route under /api/v10 that goes through the whole pipeline (auth, faults, limits).
    /// pathTemplate uses Discord's names: "/channels/{channel_id}/messages".
    void apiRoute(const QByteArray &method, const QString &pathTemplate, Handler handler);

    void setBotToken(const QString &token) { m_botToken = token; }
    [[nodiscard]] QString botToken() const { return m_botToken; }
    void addBearerToken(const QString &token) { m_bearerTokens.insert(token); }
    [[nodiscard]] QString applicationId() const { return m_applicationId; }
    [[nodiscard]] QJsonObject botUser() const;

    [[nodiscard]] qint64 nowMs() const { return m_http.elapsedMs() + m_clockOffsetMs; }
    void advanceClock(qint64 ms) { m_clockOffsetMs += ms; }
    [[nodiscard]] QString nextId();

    void setRouteLimit(const QString &routeKey, RouteLimit limit)
    {
        m_limits.setRouteLimit(routeKey, limit);
    }
    void setDefaultRouteLimit(RouteLimit limit) { m_limits.setDefaultLimit(limit); }
    void setGlobalLimit(int perSecond) { m_limits.setGlobalLimit(perSecond); }
    void setUploadLimits(qint64 requestBytes, qint64 fileBytes);

    /// The next `count` requests whose route key contains `routeFilter` (all if empty) get a 429.
    void injectRateLimits(int count, double retryAfter,
                          const QString &scope = QStringLiteral("user"),
                          const QString &routeFilter = {});
    /// A global 429 for every non-interaction request during the next retryAfter seconds.
    void injectGlobalRateLimit(double retryAfter);
    /// The next `count` matching requests get `status`; with processFirst the request takes
    /// effect before the error is returned (a lost response).
    void injectServerErrors(int count, int status = 500, const QString &routeFilter = {},
                            bool processFirst = false);
    /// The next `count` matching requests get a 200 answer with an HTML body.
    void injectNonJson(int count, const QString &routeFilter = {});
    void setResponseDelay(int ms) { m_delayMs = ms; }

    [[nodiscard]] const QList<HttpRequest> &requests() const { return m_http.requests(); }
    void clearRequests() { m_http.clearRequests(); }
    /// Recorded requests for "POST /channels/{channel_id}/messages" (routeKey without /api/v10).
    [[nodiscard]] QList<HttpRequest> requestsFor(const QString &routeKey) const;
    /// 401/403/429 (not scope shared) answers in the last 10 minutes.
    [[nodiscard]] int invalidRequestCount() const;

    void addChannel(const QString &channelId, const QString &guildId = {}, int type = 0);
    void setChannelForbidden(const QString &channelId, bool forbidden);
    /// Off by default: unknown channels are created on first use. On: unknown → 404 10003.
    void setStrictChannels(bool strict) { m_strictChannels = strict; }
    [[nodiscard]] QList<QJsonObject> channelMessages(const QString &channelId) const;
    [[nodiscard]] std::optional<QJsonObject> message(const QString &messageId) const;
    [[nodiscard]] QByteArray attachmentData(const QString &url) const;

    FakeInteraction createInteraction(const QString &channelId = {}, int type = 2,
                                      const QString &sourceMessageId = {},
                                      const QString &guildId = {});
    void registerInteraction(const FakeInteraction &interaction);
    [[nodiscard]] std::optional<FakeInteraction> interaction(const QString &interactionId) const;

    [[nodiscard]] QJsonArray commands(const QString &guildId = {}) const;
    [[nodiscard]] int commandCreatesToday(const QString &guildId = {}) const;

    void setGatewayBot(const QJsonObject &gatewayBot) { m_gatewayBot = gatewayBot; }
    void setApplication(const QJsonObject &application);
    void addUser(const QJsonObject &user)
    {
        m_users.insert(user.value(QLatin1String("id")).toString(), user);
    }
    void addGuild(const QJsonObject &guild)
    {
        m_guilds.insert(guild.value(QLatin1String("id")).toString(), guild);
    }
    void addGuildMember(const QString &guildId, const QJsonObject &member);
    void addApplicationEmoji(const QJsonObject &emoji) { m_emojis.append(emoji); }

Q_SIGNALS:
    void requestRecorded(const ballsdex::fakediscord::HttpRequest &request);
    void messageCreated(const QJsonObject &message);
    void interactionResponded(const QString &interactionId, int callbackType);

private:
    struct Fault
    {
        enum class Kind { RateLimit, ServerError, NonJson } kind = Kind::ServerError;
        int remaining = 0;
        QString routeFilter;
        double retryAfter = 0;
        QString scope;
        int status = 500;
        bool processFirst = false;
    };
    struct Upload
    {
        QString id; ///< n of files[n]
        QString filename;
        QByteArray contentType;
        QByteArray data;
    };
    struct Body
    {
        QJsonObject payload;
        QJsonValue json; ///< the whole JSON body (arrays for command overwrites)
        QList<Upload> uploads;
    };
    struct Channel
    {
        QString id;
        QString guildId;
        int type = 0;
        bool forbidden = false;
        QStringList messageIds;
        QHash<QString, QString> nonces;
    };
    struct CommandScope
    {
        QList<QJsonObject> commands;
        int createsToday = 0;
        qint64 dayStartMs = 0;
    };

    HttpResponse pipeline(HttpRequest &request, const QString &routeKey, bool interaction,
                          const Handler &handler);
    std::optional<HttpResponse> checkHeaders(const HttpRequest &request) const;
    std::optional<HttpResponse> takeFault(HttpRequest &request, const QString &routeKey,
                                          const Handler &handler);
    Result<Body, HttpResponse> parseBody(const HttpRequest &request, bool allowFiles) const;
    QJsonArray storeUploads(const QString &channelId, const Body &body);
    Channel *channel(const QString &channelId);
    QJsonObject newMessage(const QString &channelId, const QJsonObject &payload, const Body &body);
    std::optional<HttpResponse> applyEdit(QJsonObject &message, const Body &body);

    void registerCoreRoutes();
    void registerMessageRoutes();
    void registerInteractionRoutes();
    void registerCommandRoutes();
    HttpResponse onCallback(HttpRequest &request);
    HttpResponse onWebhook(HttpRequest &request);
    HttpResponse onBulkOverwrite(HttpRequest &request, const QString &guildId);
    FakeInteraction *interactionByToken(const QString &applicationId, const QString &token,
                                        std::optional<HttpResponse> &error);

    FakeHttpServer m_http;
    FakeRateLimits m_limits;
    QString m_botToken = QStringLiteral("fake-bot-token");
    QSet<QString> m_bearerTokens;
    QString m_applicationId;
    qint64 m_clockOffsetMs = 0;
    quint32 m_idCounter = 0;
    int m_delayMs = 0;
    qint64 m_requestLimit = 25LL * 1024 * 1024;
    qint64 m_fileLimit = 10LL * 1024 * 1024;
    std::deque<Fault> m_faults;
    mutable std::deque<qint64> m_invalid;
    bool m_strictChannels = false;
    QHash<QString, Channel> m_channels;
    QHash<QString, QJsonObject> m_messages;
    QHash<QString, std::pair<QByteArray, QByteArray>> m_files; ///< path → (content type, data)
    QHash<QString, FakeInteraction> m_interactions;
    QHash<QString, QString> m_interactionTokens; ///< token → interaction id
    QHash<QString, CommandScope> m_commands; ///< "" = global, else guild id
    QJsonObject m_gatewayBot;
    QJsonObject m_application;
    QHash<QString, QJsonObject> m_users;
    QHash<QString, QJsonObject> m_guilds;
    QHash<QString, QJsonObject> m_members; ///< "guild/user" → member
    QJsonArray m_emojis;
};

} // namespace ballsdex::fakediscord

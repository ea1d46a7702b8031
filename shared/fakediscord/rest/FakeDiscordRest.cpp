// SPDX-License-Identifier: MIT
#include "FakeDiscordRest.h"

#include "ErrorTree.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ballsdex::fakediscord {

namespace {

constexpr qint64 DiscordEpochMs = 1420070400000LL;
constexpr qint64 InvalidWindowMs = 10 * 60 * 1000;
const QString ApiPrefix = QStringLiteral("/api/v10");

bool isInteractionTemplate(const QString &pathTemplate)
{
    return pathTemplate.startsWith(QLatin1String("/interactions/"))
        || pathTemplate.startsWith(QLatin1String("/webhooks/{application_id}/{interaction_token}"));
}

QString majorsOf(const HttpRequest &request)
{
    QStringList parts;
    for (const char *name : {"channel_id", "guild_id", "interaction_id", "interaction_token"}) {
        const QString value = request.params.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            parts.append(QString::fromLatin1(name) + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1Char('&'));
}

bool matchesFilter(const QString &routeKey, const QString &filter)
{
    return filter.isEmpty() || routeKey.contains(filter);
}

} // namespace

FakeDiscordRest::FakeDiscordRest(QObject *parent)
    : QObject(parent)
{
    m_applicationId = nextId();
    m_application = QJsonObject {{QStringLiteral("id"), m_applicationId},
                                 {QStringLiteral("name"), QStringLiteral("BallsDex")},
                                 {QStringLiteral("description"), QString()},
                                 {QStringLiteral("bot_public"), true},
                                 {QStringLiteral("bot_require_code_grant"), false},
                                 {QStringLiteral("flags"), 0},
                                 {QStringLiteral("bot"), botUser()}};
    m_gatewayBot = QJsonObject {{QStringLiteral("url"), QStringLiteral("wss://gateway.discord.gg")},
                                {QStringLiteral("shards"), 1},
                                {QStringLiteral("session_start_limit"),
                                 QJsonObject {{QStringLiteral("total"), 1000},
                                              {QStringLiteral("remaining"), 1000},
                                              {QStringLiteral("reset_after"), 86400000},
                                              {QStringLiteral("max_concurrency"), 1}}}};
    m_http.setFallback([this](HttpRequest &request) {
        if (!request.path.startsWith(ApiPrefix + QLatin1Char('/')))
            return discordError(404, 0, QStringLiteral("404: Not Found"));
        if (auto error = checkHeaders(request))
            return *error;
        return discordError(404, 0, QStringLiteral("404: Not Found"));
    });
    connect(&m_http, &FakeHttpServer::requestHandled, this, &FakeDiscordRest::requestRecorded);
    registerCoreRoutes();
    registerMessageRoutes();
    registerInteractionRoutes();
    registerCommandRoutes();
}

bool FakeDiscordRest::listen()
{
    return m_http.listen(0);
}

QUrl FakeDiscordRest::baseUrl() const
{
    QUrl url = m_http.url();
    url.setPath(ApiPrefix);
    return url;
}

QJsonObject FakeDiscordRest::botUser() const
{
    return QJsonObject {{QStringLiteral("id"), m_applicationId},
                        {QStringLiteral("username"), QStringLiteral("BallsDex")},
                        {QStringLiteral("discriminator"), QStringLiteral("0")},
                        {QStringLiteral("global_name"), QJsonValue::Null},
                        {QStringLiteral("avatar"), QJsonValue::Null},
                        {QStringLiteral("bot"), true}};
}

QString FakeDiscordRest::nextId()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
    const quint64 id = (quint64(wall - DiscordEpochMs) << 22) | (m_idCounter++ & 0x3FFFFF);
    return QString::number(id);
}

void FakeDiscordRest::setUploadLimits(qint64 requestBytes, qint64 fileBytes)
{
    m_requestLimit = requestBytes;
    m_fileLimit = fileBytes;
}

void FakeDiscordRest::setApplication(const QJsonObject &application)
{
    m_application = application;
    if (application.contains(QLatin1String("id")))
        m_applicationId = application.value(QLatin1String("id")).toString();
}

void FakeDiscordRest::addGuildMember(const QString &guildId, const QJsonObject &member)
{
    const QString userId
        = member.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
    m_members.insert(guildId + QLatin1Char('/') + userId, member);
}

void FakeDiscordRest::injectRateLimits(int count, double retryAfter, const QString &scope,
                                       const QString &routeFilter)
{
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.remaining = count;
    fault.retryAfter = retryAfter;
    fault.scope = scope;
    fault.routeFilter = routeFilter;
    m_faults.push_back(fault);
}

void FakeDiscordRest::injectGlobalRateLimit(double retryAfter)
{
    m_limits.blockGlobally(retryAfter, nowMs());
}

void FakeDiscordRest::injectServerErrors(int count, int status, const QString &routeFilter,
                                         bool processFirst)
{
    Fault fault;
    fault.kind = Fault::Kind::ServerError;
    fault.remaining = count;
    fault.status = status;
    fault.routeFilter = routeFilter;
    fault.processFirst = processFirst;
    m_faults.push_back(fault);
}

void FakeDiscordRest::injectNonJson(int count, const QString &routeFilter)
{
    Fault fault;
    fault.kind = Fault::Kind::NonJson;
    fault.remaining = count;
    fault.routeFilter = routeFilter;
    m_faults.push_back(fault);
}

QList<HttpRequest> FakeDiscordRest::requestsFor(const QString &routeKey) const
{
    QList<HttpRequest> out;
    for (const HttpRequest &request : m_http.requests()) {
        const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ')
            + request.routePattern.mid(ApiPrefix.size());
        if (request.routePattern.startsWith(ApiPrefix) && key == routeKey)
            out.append(request);
    }
    return out;
}

int FakeDiscordRest::invalidRequestCount() const
{
    while (!m_invalid.empty() && m_invalid.front() + InvalidWindowMs <= nowMs())
        m_invalid.pop_front();
    return static_cast<int>(m_invalid.size());
}

void FakeDiscordRest::apiRoute(const QByteArray &method, const QString &pathTemplate,
                               Handler handler)
{
    const QString routeKey = QString::fromLatin1(method) + QLatin1Char(' ') + pathTemplate;
    const bool interaction = isInteractionTemplate(pathTemplate);
    m_http.route(method, ApiPrefix + pathTemplate,
                 [this, routeKey, interaction, handler = std::move(handler)](HttpRequest &request) {
                     HttpResponse response = pipeline(request, routeKey, interaction, handler);
                     response.delayMs += m_delayMs;
                     const bool invalid = response.status == 401 || response.status == 403
                         || (response.status == 429
                             && response.header("X-RateLimit-Scope") != "shared");
                     if (invalid)
                         m_invalid.push_back(nowMs());
                     return response;
                 });
}

std::optional<HttpResponse> FakeDiscordRest::checkHeaders(const HttpRequest &request) const
{
    const QByteArray auth = request.header("Authorization");
    const bool botOk = !m_botToken.isEmpty() && auth == "Bot " + m_botToken.toUtf8();
    const bool bearerOk
        = auth.startsWith("Bearer ") && m_bearerTokens.contains(QString::fromUtf8(auth.mid(7)));
    if (!botOk && !bearerOk)
        return discordError(401, 0, QStringLiteral("401: Unauthorized"));
    static const QRegularExpression userAgent(QStringLiteral("^DiscordBot \\([^,()]+, [^()]+\\)"));
    if (!userAgent.match(QString::fromUtf8(request.header("User-Agent"))).hasMatch())
        return discordError(
            400, 0, QStringLiteral("Invalid User-Agent: expected \"DiscordBot (url, version)\""));
    if (!request.body.isEmpty()) {
        const QByteArray type = request.header("Content-Type").toLower();
        const bool ok = type.startsWith("application/json")
            || type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data");
        if (!ok) {
            ErrorTree errors;
            errors.add(
                QString(), QStringLiteral("CONTENT_TYPE_INVALID"),
                QStringLiteral("Expected \"Content-Type\" header to be one of {'application/json', "
                               "'application/x-www-form-urlencoded', 'multipart/form-data'}."));
            return errors.response();
        }
    }
    return std::nullopt;
}

std::optional<HttpResponse>
FakeDiscordRest::takeFault(HttpRequest &request, const QString &routeKey, const Handler &handler)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!matchesFilter(routeKey, it->routeFilter))
            continue;
        const Fault fault = *it;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        switch (fault.kind) {
        case Fault::Kind::RateLimit: {
            HttpResponse response
                = FakeRateLimits::tooManyRequests(fault.retryAfter, false, fault.scope);
            response.setHeader("X-RateLimit-Bucket", m_limits.bucketHash(routeKey).toLatin1());
            response.setHeader("X-RateLimit-Remaining", "0");
            return response;
        }
        case Fault::Kind::ServerError:
            if (fault.processFirst)
                (void)handler(request);
            if (fault.status == 500)
                return discordError(500, 0, QStringLiteral("500: Internal Server Error"));
            return HttpResponse::raw(fault.status, "text/html",
                                     "<html><body><h1>" + QByteArray::number(fault.status)
                                         + " Bad Gateway</h1></body></html>");
        case Fault::Kind::NonJson:
            return HttpResponse::raw(200, "text/html",
                                     "<html><body>Service temporarily unavailable</body></html>");
        }
    }
    return std::nullopt;
}

HttpResponse FakeDiscordRest::pipeline(HttpRequest &request, const QString &routeKey,
                                       bool interaction, const Handler &handler)
{
    if (auto error = checkHeaders(request))
        return *error;
    if (auto fault = takeFault(request, routeKey, handler))
        return *fault;
    QList<std::pair<QByteArray, QByteArray>> limitHeaders;
    if (auto limited
        = m_limits.admit(routeKey, majorsOf(request), interaction, nowMs(), limitHeaders))
        return *limited;
    HttpResponse response = handler(request);
    for (const auto &[name, value] : limitHeaders)
        response.setHeader(name, value);
    return response;
}

Result<FakeDiscordRest::Body, HttpResponse> FakeDiscordRest::parseBody(const HttpRequest &request,
                                                                       bool allowFiles) const
{
    Body body;
    if (request.body.size() > m_requestLimit)
        return fail(discordError(413, 40005, QStringLiteral("Request entity too large")));
    const QByteArray type = request.header("Content-Type").toLower();
    QByteArray json = request.body;
    if (type.startsWith("multipart/form-data")) {
        if (!request.multipartError.isEmpty())
            return fail(discordError(
                400, 50035, QStringLiteral("Invalid Form Body: ") + request.multipartError));
        const MultipartPart *payload = request.part("payload_json");
        json = payload ? payload->data : QByteArrayLiteral("{}");
        static const QRegularExpression fileName(QStringLiteral("^files\\[(\\d+)\\]$"));
        for (const MultipartPart &part : request.parts) {
            if (part.name == "payload_json")
                continue;
            const auto match = fileName.match(QString::fromLatin1(part.name));
            if (!match.hasMatch() || !allowFiles) {
                ErrorTree errors;
                errors.add(QString::fromLatin1(part.name),
                           QStringLiteral("FILE_UPLOAD_INVALID_FIELD"),
                           QStringLiteral("Unexpected form field; files must be named files[n]"));
                return fail(errors.response());
            }
            if (part.data.size() > m_fileLimit)
                return fail(discordError(413, 40005, QStringLiteral("Request entity too large")));
            body.uploads.append(
                Upload {match.captured(1), part.filename, part.contentType, part.data});
        }
    }
    if (json.trimmed().isEmpty())
        return body;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            discordError(400, 50109, QStringLiteral("The request body contains invalid JSON.")));
    body.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    body.payload = document.object();
    return body;
}

} // namespace ballsdex::fakediscord

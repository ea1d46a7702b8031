// SPDX-License-Identifier: MIT
// Gateway discovery, application, users, guilds, members, emojis and attachment downloads.
#include "ErrorTree.h"
#include "FakeDiscordRest.h"

namespace ballsdex::fakediscord {

namespace {

HttpResponse ok(const QJsonObject &object)
{
    return HttpResponse::json(200, QJsonDocument(object));
}

QString param(const HttpRequest &request, const char *name)
{
    return request.params.value(QString::fromLatin1(name));
}

} // namespace

void FakeDiscordRest::registerCoreRoutes()
{
    apiRoute("GET", QStringLiteral("/gateway/bot"),
             [this](HttpRequest &) { return ok(m_gatewayBot); });
    apiRoute("GET", QStringLiteral("/gateway"), [this](HttpRequest &) {
        return ok(QJsonObject {{QStringLiteral("url"), m_gatewayBot.value(QLatin1String("url"))}});
    });
    apiRoute("GET", QStringLiteral("/applications/@me"),
             [this](HttpRequest &) { return ok(m_application); });
    apiRoute("GET", QStringLiteral("/users/@me"), [this](HttpRequest &) { return ok(botUser()); });
    apiRoute("GET", QStringLiteral("/users/{user_id}"), [this](HttpRequest &request) {
        const QString id = param(request, "user_id");
        if (id == m_applicationId)
            return ok(botUser());
        if (!m_users.contains(id))
            return discordError(404, 10013, QStringLiteral("Unknown User"));
        return ok(m_users.value(id));
    });
    apiRoute("POST", QStringLiteral("/users/@me/channels"), [this](HttpRequest &request) {
        auto body = parseBody(request, false);
        if (!body)
            return body.error();
        const QString recipient = body->payload.value(QLatin1String("recipient_id")).toString();
        if (!m_users.contains(recipient)) {
            ErrorTree errors;
            errors.add(QStringLiteral("recipient_id"), QStringLiteral("NUMBER_TYPE_COERCE"),
                       QStringLiteral("Value is not a known user."));
            return errors.response();
        }
        for (const Channel &existing : std::as_const(m_channels)) {
            if (existing.type == 1 && existing.guildId == QLatin1String("dm:") + recipient)
                return ok(QJsonObject {
                    {QStringLiteral("id"), existing.id},
                    {QStringLiteral("type"), 1},
                    {QStringLiteral("recipients"), QJsonArray {m_users.value(recipient)}}});
        }
        const QString id = nextId();
        addChannel(id, QLatin1String("dm:") + recipient, 1);
        return ok(
            QJsonObject {{QStringLiteral("id"), id},
                         {QStringLiteral("type"), 1},
                         {QStringLiteral("recipients"), QJsonArray {m_users.value(recipient)}}});
    });
    apiRoute("GET", QStringLiteral("/guilds/{guild_id}"), [this](HttpRequest &request) {
        const QString id = param(request, "guild_id");
        if (!m_guilds.contains(id))
            return discordError(404, 10004, QStringLiteral("Unknown Guild"));
        return ok(m_guilds.value(id));
    });
    apiRoute("GET", QStringLiteral("/guilds/{guild_id}/channels"), [this](HttpRequest &request) {
        const QString id = param(request, "guild_id");
        if (!m_guilds.contains(id))
            return discordError(404, 10004, QStringLiteral("Unknown Guild"));
        QJsonArray channels;
        for (const Channel &existing : std::as_const(m_channels)) {
            if (existing.guildId == id)
                channels.append(QJsonObject {{QStringLiteral("id"), existing.id},
                                             {QStringLiteral("type"), existing.type},
                                             {QStringLiteral("guild_id"), id}});
        }
        return HttpResponse::json(200, QJsonDocument(channels));
    });
    apiRoute("GET", QStringLiteral("/guilds/{guild_id}/members/{user_id}"),
             [this](HttpRequest &request) {
                 const QString key
                     = param(request, "guild_id") + QLatin1Char('/') + param(request, "user_id");
                 if (!m_members.contains(key))
                     return discordError(404, 10007, QStringLiteral("Unknown Member"));
                 return ok(m_members.value(key));
             });
    apiRoute("GET", QStringLiteral("/applications/{application_id}/emojis"),
             [this](HttpRequest &request) {
                 if (param(request, "application_id") != m_applicationId)
                     return discordError(404, 10002, QStringLiteral("Unknown Application"));
                 return ok(QJsonObject {{QStringLiteral("items"), m_emojis}});
             });
    apiRoute(
        "POST", QStringLiteral("/applications/{application_id}/emojis"),
        [this](HttpRequest &request) {
            if (param(request, "application_id") != m_applicationId)
                return discordError(404, 10002, QStringLiteral("Unknown Application"));
            auto body = parseBody(request, false);
            if (!body)
                return body.error();
            ErrorTree errors;
            const QString name = body->payload.value(QLatin1String("name")).toString();
            if (name.size() < 2 || name.size() > 32)
                errors.badLength(QStringLiteral("name"), 2, 32);
            if (!body->payload.value(QLatin1String("image"))
                     .toString()
                     .startsWith(QLatin1String("data:image/")))
                errors.required(QStringLiteral("image"));
            if (m_emojis.size() >= 2000)
                return discordError(400, 30056, QStringLiteral("Maximum number of emojis reached"));
            if (!errors.isEmpty())
                return errors.response();
            const QJsonObject emoji {
                {QStringLiteral("id"), nextId()},        {QStringLiteral("name"), name},
                {QStringLiteral("roles"), QJsonArray()}, {QStringLiteral("require_colons"), true},
                {QStringLiteral("managed"), false},      {QStringLiteral("animated"), false},
                {QStringLiteral("available"), true},     {QStringLiteral("user"), botUser()}};
            m_emojis.append(emoji);
            return HttpResponse::json(201, QJsonDocument(emoji));
        });
    m_http.route("GET", QStringLiteral("/attachments/{channel_id}/{attachment_id}/{filename}"),
                 [this](HttpRequest &request) {
                     const auto found = m_files.find(request.path);
                     if (found == m_files.end())
                         return HttpResponse::raw(404, "text/plain", "no such attachment");
                     return HttpResponse::raw(200, found->first, found->second);
                 });
}

} // namespace ballsdex::fakediscord

// SPDX-License-Identifier: MIT
// The Bearer endpoints (spec §5.7): /users/@me, /users/@me/guilds,
// /users/@me/guilds/{guild_id}/member and /oauth2/@me, through the REST fake's pipeline.
#include "FakeDiscordOAuth.h"
#include "fakediscord/rest/ErrorTree.h"

#include <QDateTime>
#include <QJsonArray>

namespace ballsdex::fakediscord {

namespace {

HttpResponse unauthorized()
{
    return discordError(401, 0, QStringLiteral("401: Unauthorized"));
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray auth = request.header("Authorization");
    return auth.startsWith("Bearer ") ? QString::fromUtf8(auth.mid(7)) : QString();
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

FakeDiscordOAuth::BearerCheck FakeDiscordOAuth::bearer(const HttpRequest &request,
                                                       const QString &scope) const
{
    BearerCheck check;
    check.grant = m_grants.grantOfAccessToken(bearerToken(request), m_rest.nowMs());
    if (!check.grant) {
        check.error = unauthorized();
    } else if (!scope.isEmpty() && !check.grant->scopes.contains(scope)) {
        check.error = m_missingScope == MissingScopeStyle::Unauthorized
            ? unauthorized()
            : discordError(403, 50001, QStringLiteral("Missing Access"));
        check.grant = nullptr;
    }
    return check;
}

QJsonObject FakeDiscordOAuth::userJson(const QString &userId, const QStringList &scopes) const
{
    const auto user = m_users.constFind(userId);
    if (user == m_users.cend())
        return QJsonObject {{QStringLiteral("id"), userId}};
    return user->toJson(scopes.contains(QLatin1String("email")));
}

QJsonObject FakeDiscordOAuth::partialGuild(const GuildMembership &membership, bool withCounts) const
{
    QJsonObject guild = m_guilds.value(membership.guildId);
    guild.insert(QStringLiteral("banner"), QJsonValue::Null);
    guild.insert(QStringLiteral("owner"), membership.owner);
    guild.insert(QStringLiteral("permissions"), membership.permissions);
    guild.insert(QStringLiteral("features"), QJsonArray());
    if (withCounts) {
        const quint64 key = membership.guildId.toULongLong();
        const auto members
            = std::count_if(m_memberships.begin(), m_memberships.end(),
                            [key](const auto &guilds) { return guilds.contains(key); });
        guild.insert(QStringLiteral("approximate_member_count"), static_cast<int>(members));
        guild.insert(QStringLiteral("approximate_presence_count"), 0);
    }
    return guild;
}

QJsonObject FakeDiscordOAuth::memberJson(const QString &userId,
                                         const GuildMembership &membership) const
{
    QJsonObject user = userJson(userId, {});
    for (const char *privateKey : {"mfa_enabled", "locale", "flags", "premium_type"})
        user.remove(QLatin1String(privateKey));
    return QJsonObject {{QStringLiteral("user"), user},
                        {QStringLiteral("nick"), orNull(membership.nick)},
                        {QStringLiteral("avatar"), QJsonValue::Null},
                        {QStringLiteral("banner"), QJsonValue::Null},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(membership.roleIds)},
                        {QStringLiteral("joined_at"), membership.joinedAt},
                        {QStringLiteral("premium_since"), QJsonValue::Null},
                        {QStringLiteral("deaf"), false},
                        {QStringLiteral("mute"), false},
                        {QStringLiteral("flags"), 0},
                        {QStringLiteral("pending"), membership.pending},
                        {QStringLiteral("communication_disabled_until"), QJsonValue::Null}};
}

void FakeDiscordOAuth::registerUserRoutes()
{
    // Replaces FakeDiscordRest's bot-only GET /users/@me (same method and pattern); the bot
    // token keeps getting the bot user.
    m_rest.apiRoute("GET", QStringLiteral("/users/@me"), [this](HttpRequest &request) {
        if (request.header("Authorization").startsWith("Bot "))
            return HttpResponse::json(200, QJsonDocument(m_rest.botUser()));
        const BearerCheck check = bearer(request, QStringLiteral("identify"));
        if (check.error)
            return *check.error;
        return HttpResponse::json(
            200, QJsonDocument(userJson(check.grant->userId, check.grant->scopes)));
    });

    m_rest.apiRoute("GET", QStringLiteral("/users/@me/guilds"), [this](HttpRequest &request) {
        const BearerCheck check = bearer(request, QStringLiteral("guilds"));
        if (check.error)
            return *check.error;
        bool limitOk = true;
        const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? 200 : limitText.toInt(&limitOk);
        if (!limitOk || limit < 1 || limit > 200) {
            ErrorTree errors;
            errors.add(QStringLiteral("limit"), QStringLiteral("NUMBER_TYPE_MAX"),
                       QStringLiteral("int value should be between 1 and 200."));
            return errors.response();
        }
        const quint64 after = request.query.queryItemValue(QStringLiteral("after")).toULongLong();
        const QString beforeText = request.query.queryItemValue(QStringLiteral("before"));
        const quint64 before = beforeText.isEmpty() ? ~quint64(0) : beforeText.toULongLong();
        const bool withCounts
            = request.query.queryItemValue(QStringLiteral("with_counts")) == QLatin1String("true");
        QList<QJsonObject> selected;
        const auto memberships = m_memberships.value(check.grant->userId);
        for (auto it = memberships.begin(); it != memberships.end(); ++it) {
            if (it.key() > after && it.key() < before)
                selected.append(partialGuild(it.value(), withCounts));
        }
        // With only "before", Discord pages backwards: the guilds closest to it.
        if (selected.size() > limit)
            selected = !beforeText.isEmpty() && after == 0 ? selected.mid(selected.size() - limit)
                                                           : selected.mid(0, limit);
        QJsonArray guilds;
        for (const QJsonObject &guild : std::as_const(selected))
            guilds.append(guild);
        return HttpResponse::json(200, QJsonDocument(guilds));
    });

    m_rest.apiRoute(
        "GET", QStringLiteral("/users/@me/guilds/{guild_id}/member"), [this](HttpRequest &request) {
            const BearerCheck check = bearer(request, QStringLiteral("guilds.members.read"));
            if (check.error)
                return *check.error;
            const QString guildId = request.params.value(QStringLiteral("guild_id"));
            if (!m_guilds.contains(guildId))
                return discordError(404, 10004, QStringLiteral("Unknown Guild"));
            const auto memberships = m_memberships.value(check.grant->userId);
            const auto found = memberships.constFind(guildId.toULongLong());
            if (found == memberships.cend())
                return discordError(404, 10007, QStringLiteral("Unknown Member"));
            return HttpResponse::json(
                200, QJsonDocument(memberJson(check.grant->userId, found.value())));
        });

    m_rest.apiRoute("GET", QStringLiteral("/oauth2/@me"), [this](HttpRequest &request) {
        const BearerCheck check = bearer(request, QString());
        if (check.error)
            return *check.error;
        const qint64 expiry
            = m_grants.accessTokenExpiry(bearerToken(request)).value_or(m_rest.nowMs());
        const QDateTime expires = QDateTime::currentDateTimeUtc().addMSecs(expiry - m_rest.nowMs());
        QJsonObject body {
            {QStringLiteral("application"),
             QJsonObject {{QStringLiteral("id"), check.grant->clientId},
                          {QStringLiteral("name"), QStringLiteral("BallsDex")},
                          {QStringLiteral("icon"), QJsonValue::Null},
                          {QStringLiteral("description"), QString()},
                          {QStringLiteral("hook"), true},
                          {QStringLiteral("bot_public"), true},
                          {QStringLiteral("bot_require_code_grant"), false},
                          {QStringLiteral("verify_key"), QStringLiteral("0")}}},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(check.grant->scopes)},
            {QStringLiteral("expires"), expires.toString(Qt::ISODateWithMs)}};
        if (check.grant->scopes.contains(QLatin1String("identify")))
            body.insert(QStringLiteral("user"), userJson(check.grant->userId, {}));
        return HttpResponse::json(200, QJsonDocument(body));
    });
}

} // namespace ballsdex::fakediscord

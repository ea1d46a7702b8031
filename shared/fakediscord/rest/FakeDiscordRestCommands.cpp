// SPDX-License-Identifier: MIT
// Application commands: list and bulk overwrite (global and guild) with validation, stable ids
// for unchanged names and the 200-creates-per-day budget (30034).
#include "CommandValidator.h"
#include "ErrorTree.h"
#include "FakeDiscordRest.h"

namespace ballsdex::fakediscord {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QString param(const HttpRequest &request, const char *name)
{
    return request.params.value(QString::fromLatin1(name));
}

QString identity(const QJsonObject &command)
{
    return QString::number(command.value(QLatin1String("type")).toInt(1)) + QLatin1Char(':')
        + command.value(QLatin1String("name")).toString();
}

/// The fields that make a command "the same" for versioning.
QJsonObject essence(QJsonObject command)
{
    for (const char *field : {"id", "application_id", "version", "guild_id"})
        command.remove(QString::fromLatin1(field));
    return command;
}

} // namespace

QJsonArray FakeDiscordRest::commands(const QString &guildId) const
{
    QJsonArray out;
    for (const QJsonObject &command : m_commands.value(guildId).commands)
        out.append(command);
    return out;
}

int FakeDiscordRest::commandCreatesToday(const QString &guildId) const
{
    const CommandScope scope = m_commands.value(guildId);
    return nowMs() - scope.dayStartMs >= DayMs ? 0 : scope.createsToday;
}

void FakeDiscordRest::registerCommandRoutes()
{
    const auto checkApp = [this](const HttpRequest &request) -> std::optional<HttpResponse> {
        if (param(request, "application_id") != m_applicationId)
            return discordError(404, 10002, QStringLiteral("Unknown Application"));
        return std::nullopt;
    };
    apiRoute("GET", QStringLiteral("/applications/{application_id}/commands"),
             [this, checkApp](HttpRequest &request) {
                 if (auto error = checkApp(request))
                     return *error;
                 return HttpResponse::json(200, QJsonDocument(commands()));
             });
    apiRoute("GET", QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands"),
             [this, checkApp](HttpRequest &request) {
                 if (auto error = checkApp(request))
                     return *error;
                 return HttpResponse::json(200,
                                           QJsonDocument(commands(param(request, "guild_id"))));
             });
    apiRoute("PUT", QStringLiteral("/applications/{application_id}/commands"),
             [this, checkApp](HttpRequest &request) {
                 if (auto error = checkApp(request))
                     return *error;
                 return onBulkOverwrite(request, QString());
             });
    apiRoute("PUT", QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands"),
             [this, checkApp](HttpRequest &request) {
                 if (auto error = checkApp(request))
                     return *error;
                 return onBulkOverwrite(request, param(request, "guild_id"));
             });
}

HttpResponse FakeDiscordRest::onBulkOverwrite(HttpRequest &request, const QString &guildId)
{
    auto body = parseBody(request, false);
    if (!body)
        return body.error();
    if (!body->json.isArray()) {
        ErrorTree errors;
        errors.add(QString(), QStringLiteral("BASE_TYPE_ARRAY"),
                   QStringLiteral("Must be an array."));
        return errors.response();
    }
    const QJsonArray wanted = body->json.toArray();
    ErrorTree errors;
    validateCommands(wanted, errors);
    if (!errors.isEmpty())
        return errors.response();

    CommandScope &scope = m_commands[guildId];
    if (nowMs() - scope.dayStartMs >= DayMs) {
        scope.dayStartMs = nowMs();
        scope.createsToday = 0;
    }
    QHash<QString, QJsonObject> existing;
    for (const QJsonObject &command : std::as_const(scope.commands))
        existing.insert(identity(command), command);
    int creates = 0;
    for (const QJsonValue &value : wanted) {
        if (!existing.contains(identity(value.toObject())))
            ++creates;
    }
    if (scope.createsToday + creates > DailyCommandCreates)
        return discordError(
            400, 30034,
            QStringLiteral("Max number of daily application command creates has been "
                           "reached (200)"));
    scope.createsToday += creates;

    QList<QJsonObject> next;
    QJsonArray out;
    for (const QJsonValue &value : wanted) {
        QJsonObject command = value.toObject();
        if (!command.contains(QLatin1String("type")))
            command.insert(QStringLiteral("type"), 1);
        if (!command.contains(QLatin1String("description")))
            command.insert(QStringLiteral("description"), QString());
        if (!command.contains(QLatin1String("default_member_permissions")))
            command.insert(QStringLiteral("default_member_permissions"), QJsonValue::Null);
        if (!command.contains(QLatin1String("nsfw")))
            command.insert(QStringLiteral("nsfw"), false);
        const auto previous = existing.constFind(identity(command));
        const bool known = previous != existing.constEnd();
        const bool changed = !known || essence(*previous) != essence(command);
        command.insert(QStringLiteral("id"),
                       known ? previous->value(QLatin1String("id")).toString() : nextId());
        command.insert(QStringLiteral("application_id"), m_applicationId);
        command.insert(QStringLiteral("version"),
                       changed ? nextId() : previous->value(QLatin1String("version")).toString());
        if (!guildId.isEmpty())
            command.insert(QStringLiteral("guild_id"), guildId);
        next.append(command);
        out.append(command);
    }
    scope.commands = next;
    return HttpResponse::json(200, QJsonDocument(out));
}

} // namespace ballsdex::fakediscord

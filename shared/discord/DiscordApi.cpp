// SPDX-License-Identifier: MIT
#include "DiscordApi.h"

#include "MessageLimits.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace ballsdex::discord {

namespace {

QString id(DiscordApi::Snowflake value)
{
    return QString::number(value);
}

using M = HttpMethod;

const QString ChannelId = QStringLiteral("channel_id");
const QString MessageId = QStringLiteral("message_id");
const QString GuildId = QStringLiteral("guild_id");
const QString UserId = QStringLiteral("user_id");
const QString AppId = QStringLiteral("application_id");
const QString Token = QStringLiteral("interaction_token");

} // namespace

DiscordApi::DiscordApi(RestClient &client, Snowflake applicationId)
    : m_client(client)
    , m_applicationId(applicationId)
{
}

QString DiscordApi::newNonce()
{
    // Milliseconds since the epoch plus 5 random digits: 18 characters, unique enough per bot.
    const quint64 random = QRandomGenerator::global()->bounded(100000U);
    return QString::number(QDateTime::currentMSecsSinceEpoch())
        + QString::number(random).rightJustified(5, QLatin1Char('0'));
}

QFuture<RestResult> DiscordApi::sendSimple(Route route, std::optional<QJsonDocument> json)
{
    RestRequest request;
    request.route = std::move(route);
    request.json = std::move(json);
    return m_client.send(std::move(request));
}

QFuture<RestResult> DiscordApi::sendMessage(Route route, QJsonObject message, QList<RestFile> files,
                                            bool retry)
{
    const QStringList problems = MessageLimits::problems(message);
    if (!problems.isEmpty()) {
        RestError error = RestError::make(RestError::Kind::Invalid,
                                          QStringLiteral("the message breaks Discord's limits"));
        error.fieldErrors = problems;
        error.route = route.routeKey();
        return RestClient::finished(fail(std::move(error)));
    }
    RestRequest request;
    request.route = std::move(route);
    request.json = QJsonDocument(message);
    request.files = std::move(files);
    request.retryOnServerError = retry;
    return m_client.send(std::move(request));
}

QFuture<RestResult> DiscordApi::gatewayBot()
{
    return sendSimple(Route(M::Get, QStringLiteral("/gateway/bot")));
}

QFuture<RestResult> DiscordApi::currentApplication()
{
    return sendSimple(Route(M::Get, QStringLiteral("/applications/@me")));
}

QFuture<RestResult> DiscordApi::currentUser()
{
    return sendSimple(Route(M::Get, QStringLiteral("/users/@me")));
}

QFuture<RestResult> DiscordApi::user(Snowflake userId)
{
    return sendSimple(Route(M::Get, QStringLiteral("/users/{user_id}"), {{UserId, id(userId)}}));
}

QFuture<RestResult> DiscordApi::channel(Snowflake channelId)
{
    return sendSimple(
        Route(M::Get, QStringLiteral("/channels/{channel_id}"), {{ChannelId, id(channelId)}}));
}

QFuture<RestResult> DiscordApi::guild(Snowflake guildId)
{
    return sendSimple(
        Route(M::Get, QStringLiteral("/guilds/{guild_id}"), {{GuildId, id(guildId)}}));
}

QFuture<RestResult> DiscordApi::guildMember(Snowflake guildId, Snowflake userId)
{
    return sendSimple(Route(M::Get, QStringLiteral("/guilds/{guild_id}/members/{user_id}"),
                            {{GuildId, id(guildId)}, {UserId, id(userId)}}));
}

QFuture<RestResult> DiscordApi::createDm(Snowflake userId)
{
    return sendSimple(Route(M::Post, QStringLiteral("/users/@me/channels")),
                      QJsonDocument(QJsonObject {{QStringLiteral("recipient_id"), id(userId)}}));
}

QFuture<RestResult> DiscordApi::createMessage(Snowflake channelId, QJsonObject message,
                                              QList<RestFile> files)
{
    if (!message.contains(QLatin1String("nonce")))
        message.insert(QStringLiteral("nonce"), newNonce());
    message.insert(QStringLiteral("enforce_nonce"), true);
    return sendMessage(Route(M::Post, QStringLiteral("/channels/{channel_id}/messages"),
                             {{ChannelId, id(channelId)}}),
                       std::move(message), std::move(files), true);
}

QFuture<RestResult> DiscordApi::editMessage(Snowflake channelId, Snowflake messageId,
                                            QJsonObject message, QList<RestFile> files)
{
    return sendMessage(Route(M::Patch,
                             QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
                             {{ChannelId, id(channelId)}, {MessageId, id(messageId)}}),
                       std::move(message), std::move(files), true);
}

QFuture<RestResult> DiscordApi::message(Snowflake channelId, Snowflake messageId)
{
    return sendSimple(Route(M::Get, QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
                            {{ChannelId, id(channelId)}, {MessageId, id(messageId)}}));
}

QFuture<RestResult> DiscordApi::deleteMessage(Snowflake channelId, Snowflake messageId)
{
    return sendSimple(Route(M::Delete,
                            QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
                            {{ChannelId, id(channelId)}, {MessageId, id(messageId)}}));
}

QFuture<RestResult> DiscordApi::interactionCallback(Snowflake interactionId, const QString &token,
                                                    QJsonObject response, QList<RestFile> files,
                                                    bool withResponse)
{
    Route route(M::Post,
                QStringLiteral("/interactions/{interaction_id}/{interaction_token}/callback"),
                {{QStringLiteral("interaction_id"), id(interactionId)}, {Token, token}});
    const QStringList problems
        = MessageLimits::problems(response.value(QLatin1String("data")).toObject());
    if (!problems.isEmpty()) {
        RestError error = RestError::make(RestError::Kind::Invalid,
                                          QStringLiteral("the response breaks Discord's limits"));
        for (const QString &problem : problems)
            error.fieldErrors.append(QStringLiteral("data.") + problem);
        error.route = route.routeKey();
        return RestClient::finished(fail(std::move(error)));
    }
    RestRequest request;
    request.route = std::move(route);
    request.json = QJsonDocument(response);
    request.files = std::move(files);
    // A retried callback that did land answers 40060, which callers treat as "already sent".
    request.retryOnServerError = true;
    if (withResponse)
        request.query.addQueryItem(QStringLiteral("with_response"), QStringLiteral("true"));
    return m_client.send(std::move(request));
}

QFuture<RestResult> DiscordApi::originalResponse(const QString &token)
{
    return sendSimple(Route(
        M::Get, QStringLiteral("/webhooks/{application_id}/{interaction_token}/messages/@original"),
        {{AppId, app()}, {Token, token}}));
}

QFuture<RestResult> DiscordApi::editOriginal(const QString &token, QJsonObject message,
                                             QList<RestFile> files)
{
    return sendMessage(
        Route(M::Patch,
              QStringLiteral("/webhooks/{application_id}/{interaction_token}/messages/@original"),
              {{AppId, app()}, {Token, token}}),
        std::move(message), std::move(files), true);
}

QFuture<RestResult> DiscordApi::deleteOriginal(const QString &token)
{
    return sendSimple(
        Route(M::Delete,
              QStringLiteral("/webhooks/{application_id}/{interaction_token}/messages/@original"),
              {{AppId, app()}, {Token, token}}));
}

QFuture<RestResult> DiscordApi::createFollowup(const QString &token, QJsonObject message,
                                               QList<RestFile> files)
{
    return sendMessage(Route(M::Post,
                             QStringLiteral("/webhooks/{application_id}/{interaction_token}"),
                             {{AppId, app()}, {Token, token}}),
                       std::move(message), std::move(files), false);
}

QFuture<RestResult> DiscordApi::editFollowup(const QString &token, Snowflake messageId,
                                             QJsonObject message, QList<RestFile> files)
{
    return sendMessage(
        Route(
            M::Patch,
            QStringLiteral("/webhooks/{application_id}/{interaction_token}/messages/{message_id}"),
            {{AppId, app()}, {Token, token}, {MessageId, id(messageId)}}),
        std::move(message), std::move(files), true);
}

QFuture<RestResult> DiscordApi::deleteFollowup(const QString &token, Snowflake messageId)
{
    return sendSimple(Route(
        M::Delete,
        QStringLiteral("/webhooks/{application_id}/{interaction_token}/messages/{message_id}"),
        {{AppId, app()}, {Token, token}, {MessageId, id(messageId)}}));
}

QFuture<RestResult> DiscordApi::globalCommands()
{
    return sendSimple(
        Route(M::Get, QStringLiteral("/applications/{application_id}/commands"), {{AppId, app()}}));
}

QFuture<RestResult> DiscordApi::guildCommands(Snowflake guildId)
{
    return sendSimple(
        Route(M::Get, QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands"),
              {{AppId, app()}, {GuildId, id(guildId)}}));
}

QFuture<RestResult> DiscordApi::bulkOverwriteGlobalCommands(const QJsonArray &commands)
{
    return sendSimple(
        Route(M::Put, QStringLiteral("/applications/{application_id}/commands"), {{AppId, app()}}),
        QJsonDocument(commands));
}

QFuture<RestResult> DiscordApi::bulkOverwriteGuildCommands(Snowflake guildId,
                                                           const QJsonArray &commands)
{
    return sendSimple(
        Route(M::Put, QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands"),
              {{AppId, app()}, {GuildId, id(guildId)}}),
        QJsonDocument(commands));
}

QFuture<RestResult> DiscordApi::applicationEmojis()
{
    return sendSimple(
        Route(M::Get, QStringLiteral("/applications/{application_id}/emojis"), {{AppId, app()}}));
}

} // namespace ballsdex::discord

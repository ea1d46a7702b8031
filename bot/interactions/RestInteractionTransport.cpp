// SPDX-License-Identifier: MIT
#include "RestInteractionTransport.h"

#include <QCoro/QCoroFuture>

namespace ballsdex::interactions {

namespace {

QList<discord::RestFile> restFiles(const QList<FileUpload> &files)
{
    QList<discord::RestFile> result;
    for (const FileUpload &file : files) {
        result.append(
            discord::RestFile {file.filename, file.data, file.contentType, file.description});
    }
    return result;
}

TransportResult toResult(const discord::RestResult &result)
{
    if (!result) {
        return ballsdex::fail(RestInteractionTransport::toTransportError(result.error()));
    }
    return result->object(); // empty for 204 No Content
}

} // namespace

RestInteractionTransport::RestInteractionTransport(discord::DiscordApi &api)
    : m_api(api)
{
}

TransportError RestInteractionTransport::toTransportError(const discord::RestError &error)
{
    using RestKind = discord::RestError::Kind;
    TransportError::Kind kind = TransportError::Kind::Http;
    switch (error.kind) {
    case RestKind::Network:
    case RestKind::Timeout:
    case RestKind::Stopped:
    case RestKind::RateLimited:
        kind = TransportError::Kind::Network;
        break;
    case RestKind::Invalid:
        kind = TransportError::Kind::Refused;
        break;
    case RestKind::Http:
    case RestKind::Unauthorized:
    case RestKind::InvalidJson:
        kind = TransportError::Kind::Http;
        break;
    }
    if (error.discordCode == 10062) {
        kind = TransportError::Kind::UnknownInteraction;
    } else if (error.discordCode == 40060) {
        kind = TransportError::Kind::AlreadyAcknowledged;
    }
    return TransportError {kind, error.httpStatus, error.discordCode, error.toString()};
}

void RestInteractionTransport::useApplication(Snowflake applicationId)
{
    if (applicationId != 0 && m_api.applicationId() != applicationId) {
        m_api.setApplicationId(applicationId);
    }
}

QCoro::Task<TransportResult> RestInteractionTransport::createCallback(Snowflake interactionId,
                                                                      QString token, int type,
                                                                      QJsonObject data,
                                                                      QList<FileUpload> files)
{
    QJsonObject response;
    response.insert(QStringLiteral("type"), type);
    if (!data.isEmpty()) {
        response.insert(QStringLiteral("data"), data);
    }
    const auto future
        = m_api.interactionCallback(interactionId, token, response, restFiles(files), true);
    const discord::RestResult result = co_await future;
    co_return toResult(result);
}

QCoro::Task<TransportResult> RestInteractionTransport::editOriginal(Snowflake applicationId,
                                                                    QString token, QJsonObject data,
                                                                    QList<FileUpload> files)
{
    useApplication(applicationId);
    const auto future = m_api.editOriginal(token, data, restFiles(files));
    const discord::RestResult result = co_await future;
    co_return toResult(result);
}

QCoro::Task<TransportResult> RestInteractionTransport::editFollowup(Snowflake applicationId,
                                                                    QString token,
                                                                    Snowflake messageId,
                                                                    QJsonObject data)
{
    useApplication(applicationId);
    const auto future = m_api.editFollowup(token, messageId, data);
    const discord::RestResult result = co_await future;
    co_return toResult(result);
}

QCoro::Task<TransportResult> RestInteractionTransport::createFollowup(Snowflake applicationId,
                                                                      QString token,
                                                                      QJsonObject data,
                                                                      QList<FileUpload> files)
{
    useApplication(applicationId);
    const auto future = m_api.createFollowup(token, data, restFiles(files));
    const discord::RestResult result = co_await future;
    co_return toResult(result);
}

QCoro::Task<TransportResult>
RestInteractionTransport::editMessage(Snowflake channelId, Snowflake messageId, QJsonObject data)
{
    const auto future = m_api.editMessage(channelId, messageId, data);
    const discord::RestResult result = co_await future;
    co_return toResult(result);
}

QCoro::Task<Result<QJsonArray, TransportError>> RestInteractionTransport::bulkOverwriteCommands(
    Snowflake applicationId, std::optional<Snowflake> guildId, QJsonArray commands)
{
    useApplication(applicationId);
    const auto future = guildId ? m_api.bulkOverwriteGuildCommands(*guildId, commands)
                                : m_api.bulkOverwriteGlobalCommands(commands);
    const discord::RestResult result = co_await future;
    if (!result) {
        co_return ballsdex::fail(toTransportError(result.error()));
    }
    co_return result->array();
}

QCoro::Task<Result<QJsonArray, TransportError>>
RestInteractionTransport::fetchCommands(Snowflake applicationId, std::optional<Snowflake> guildId)
{
    useApplication(applicationId);
    QFuture<discord::RestResult> future;
    if (guildId)
        future = m_api.guildCommands(*guildId);
    else
        future = m_api.globalCommands();
    const discord::RestResult result = co_await future;
    if (!result) {
        co_return ballsdex::fail(toTransportError(result.error()));
    }
    co_return result->array();
}

} // namespace ballsdex::interactions

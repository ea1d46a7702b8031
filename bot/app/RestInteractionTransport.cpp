// SPDX-License-Identifier: MIT
#include "app/RestInteractionTransport.h"

#include "discord/DiscordApi.h"

#include <QCoroFuture>

namespace ballsdex::bot {
namespace {

using interactions::TransportError;
using interactions::TransportResult;

TransportError toTransportError(const discord::RestError &error)
{
    TransportError converted;
    converted.httpStatus = error.httpStatus;
    converted.discordCode = error.discordCode;
    converted.message = error.toString();
    switch (error.kind) {
    case discord::RestError::Kind::Http:
    case discord::RestError::Kind::Unauthorized:
    case discord::RestError::Kind::RateLimited:
        if (error.discordCode == 10062)
            converted.kind = TransportError::Kind::UnknownInteraction;
        else if (error.discordCode == 40060)
            converted.kind = TransportError::Kind::AlreadyAcknowledged;
        else
            converted.kind = TransportError::Kind::Http;
        break;
    case discord::RestError::Kind::Network:
    case discord::RestError::Kind::Timeout:
    case discord::RestError::Kind::InvalidJson:
        converted.kind = TransportError::Kind::Network;
        break;
    case discord::RestError::Kind::Stopped:
    case discord::RestError::Kind::Invalid:
        converted.kind = TransportError::Kind::Refused;
        break;
    }
    return converted;
}

QList<discord::RestFile> toRestFiles(const QList<interactions::FileUpload> &files)
{
    QList<discord::RestFile> converted;
    converted.reserve(files.size());
    for (const interactions::FileUpload &file : files)
        converted.append({file.filename, file.data, file.contentType, file.description});
    return converted;
}

QCoro::Task<TransportResult> toObject(QFuture<discord::RestResult> future)
{
    const discord::RestResult result = co_await future;
    if (!result)
        co_return fail(toTransportError(result.error()));
    co_return result->object();
}

} // namespace

RestInteractionTransport::RestInteractionTransport(discord::DiscordApi &api)
    : m_api(api)
{
}

QCoro::Task<TransportResult>
RestInteractionTransport::createCallback(Snowflake interactionId, QString token, int type,
                                         QJsonObject data, QList<interactions::FileUpload> files)
{
    QJsonObject response {{QStringLiteral("type"), type}};
    if (!data.isEmpty())
        response.insert(QStringLiteral("data"), data);
    const bool withResponse = type == 4 || type == 5 || type == 7;
    co_return co_await toObject(
        m_api.interactionCallback(interactionId, token, response, toRestFiles(files), withResponse));
}

QCoro::Task<TransportResult>
RestInteractionTransport::editOriginal(Snowflake, QString token, QJsonObject data,
                                       QList<interactions::FileUpload> files)
{
    co_return co_await toObject(m_api.editOriginal(token, data, toRestFiles(files)));
}

QCoro::Task<TransportResult> RestInteractionTransport::editFollowup(Snowflake, QString token,
                                                                    Snowflake messageId,
                                                                    QJsonObject data)
{
    co_return co_await toObject(m_api.editFollowup(token, messageId, data));
}

QCoro::Task<TransportResult>
RestInteractionTransport::createFollowup(Snowflake, QString token, QJsonObject data,
                                         QList<interactions::FileUpload> files)
{
    co_return co_await toObject(m_api.createFollowup(token, data, toRestFiles(files)));
}

QCoro::Task<TransportResult>
RestInteractionTransport::editMessage(Snowflake channelId, Snowflake messageId, QJsonObject data)
{
    co_return co_await toObject(m_api.editMessage(channelId, messageId, data));
}

QCoro::Task<Result<QJsonArray, TransportError>>
RestInteractionTransport::bulkOverwriteCommands(Snowflake, std::optional<Snowflake> guildId,
                                                QJsonArray commands)
{
    // GCC 12 miscompiles a conditional expression inside co_await: pick the call first.
    QFuture<discord::RestResult> call;
    if (guildId)
        call = m_api.bulkOverwriteGuildCommands(*guildId, commands);
    else
        call = m_api.bulkOverwriteGlobalCommands(commands);
    const discord::RestResult result = co_await call;
    if (!result)
        co_return fail(toTransportError(result.error()));
    co_return result->array();
}

} // namespace ballsdex::bot

// SPDX-License-Identifier: MIT
#include "features/player/RestDirectMessages.h"

#include "discord/DiscordApi.h"
#include "util/Logging.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

constexpr int CannotSendToUser = 50007;
constexpr int EntityTooLarge = 40005;
constexpr int PayloadTooLargeStatus = 413;

QList<discord::RestFile> restFiles(const QList<interactions::FileUpload> &files)
{
    QList<discord::RestFile> result;
    for (const interactions::FileUpload &file : files)
        result.append(
            discord::RestFile {file.filename, file.data, file.contentType, file.description});
    return result;
}

} // namespace

RestDirectMessages::RestDirectMessages(discord::DiscordApi &api)
    : m_api(api)
{
}

DirectMessageResult RestDirectMessages::classify(const discord::RestError &error)
{
    if (error.discordCode == CannotSendToUser)
        return DirectMessageResult::Closed;
    if (error.discordCode == EntityTooLarge || error.httpStatus == PayloadTooLargeStatus)
        return DirectMessageResult::TooLarge;
    return DirectMessageResult::Failed;
}

QCoro::Task<DirectMessageResult> RestDirectMessages::send(domain::Snowflake userId,
                                                          interactions::Message message)
{
    auto channelFuture = m_api.createDm(userId);
    const discord::RestResult channel = co_await channelFuture;
    if (!channel) {
        const DirectMessageResult result = classify(channel.error());
        if (result == DirectMessageResult::Failed)
            qCWarning(lcBot).noquote() << "could not open a DM channel:" << channel.error();
        co_return result;
    }
    const domain::Snowflake channelId
        = channel->object().value(QLatin1String("id")).toString().toLongLong();
    if (channelId <= 0) {
        qCWarning(lcBot) << "Discord answered a DM channel without an id";
        co_return DirectMessageResult::Failed;
    }
    auto sendFuture = m_api.createMessage(channelId, message.toJson(), restFiles(message.files()));
    const discord::RestResult sent = co_await sendFuture;
    if (!sent) {
        const DirectMessageResult result = classify(sent.error());
        if (result == DirectMessageResult::Failed)
            qCWarning(lcBot).noquote() << "could not send a DM:" << sent.error();
        co_return result;
    }
    co_return DirectMessageResult::Sent;
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/InteractionTransport.h"

namespace ballsdex::discord {
class DiscordApi;
}

namespace ballsdex::bot {

/// The interaction framework's REST calls, made with the shared Discord REST client.
class RestInteractionTransport final : public interactions::InteractionTransport
{
public:
    using Snowflake = domain::Snowflake;

    explicit RestInteractionTransport(discord::DiscordApi &api);

    QCoro::Task<interactions::TransportResult>
    createCallback(Snowflake interactionId, QString token, int type, QJsonObject data,
                   QList<interactions::FileUpload> files) override;
    QCoro::Task<interactions::TransportResult>
    editOriginal(Snowflake applicationId, QString token, QJsonObject data,
                 QList<interactions::FileUpload> files) override;
    QCoro::Task<interactions::TransportResult> editFollowup(Snowflake applicationId, QString token,
                                                            Snowflake messageId,
                                                            QJsonObject data) override;
    QCoro::Task<interactions::TransportResult>
    createFollowup(Snowflake applicationId, QString token, QJsonObject data,
                   QList<interactions::FileUpload> files) override;
    QCoro::Task<interactions::TransportResult> editMessage(Snowflake channelId, Snowflake messageId,
                                                           QJsonObject data) override;
    QCoro::Task<Result<QJsonArray, interactions::TransportError>>
    bulkOverwriteCommands(Snowflake applicationId, std::optional<Snowflake> guildId,
                          QJsonArray commands) override;

private:
    discord::DiscordApi &m_api;
};

} // namespace ballsdex::bot

// SPDX-License-Identifier: MIT
#pragma once

#include "InteractionTransport.h"
#include "discord/DiscordApi.h"

namespace ballsdex::interactions {

/// The production transport: shared/discord's DiscordApi (rate limits, retries, multipart).
/// Callbacks ask for with_response so views learn their message ids.
class RestInteractionTransport final : public InteractionTransport
{
public:
    explicit RestInteractionTransport(discord::DiscordApi &api);

    QCoro::Task<TransportResult> createCallback(Snowflake interactionId, QString token, int type,
                                                QJsonObject data, QList<FileUpload> files) override;
    QCoro::Task<TransportResult> editOriginal(Snowflake applicationId, QString token,
                                              QJsonObject data, QList<FileUpload> files) override;
    QCoro::Task<TransportResult> editFollowup(Snowflake applicationId, QString token,
                                              Snowflake messageId, QJsonObject data) override;
    QCoro::Task<TransportResult> createFollowup(Snowflake applicationId, QString token,
                                                QJsonObject data, QList<FileUpload> files) override;
    QCoro::Task<TransportResult> editMessage(Snowflake channelId, Snowflake messageId,
                                             QJsonObject data) override;
    QCoro::Task<Result<QJsonArray, TransportError>>
    bulkOverwriteCommands(Snowflake applicationId, std::optional<Snowflake> guildId,
                          QJsonArray commands) override;
    QCoro::Task<Result<QJsonArray, TransportError>>
    fetchCommands(Snowflake applicationId, std::optional<Snowflake> guildId) override;

    [[nodiscard]] static TransportError toTransportError(const discord::RestError &error);

private:
    void useApplication(Snowflake applicationId);

    discord::DiscordApi &m_api;
};

} // namespace ballsdex::interactions

// SPDX-License-Identifier: MIT
#pragma once

#include "RestClient.h"
#include "domain/Ids.h"

namespace ballsdex::discord {

/// Typed helpers for the endpoints a BallsDex bot uses (spec §4.6). Message payloads are checked
/// against MessageLimits first: a payload Discord would refuse fails locally with Kind::Invalid
/// and is never sent (use MessageLimits::clamped() to fit text).
class DiscordApi final
{
public:
    using Snowflake = domain::Snowflake;

    explicit DiscordApi(RestClient &client, Snowflake applicationId = 0);

    void setApplicationId(Snowflake id) { m_applicationId = id; }
    [[nodiscard]] Snowflake applicationId() const { return m_applicationId; }
    [[nodiscard]] RestClient &client() { return m_client; }

    [[nodiscard]] QFuture<RestResult> gatewayBot();
    [[nodiscard]] QFuture<RestResult> currentApplication();
    [[nodiscard]] QFuture<RestResult> currentUser();
    [[nodiscard]] QFuture<RestResult> user(Snowflake userId);
    [[nodiscard]] QFuture<RestResult> channel(Snowflake channelId);
    [[nodiscard]] QFuture<RestResult> guild(Snowflake guildId);
    [[nodiscard]] QFuture<RestResult> guildMember(Snowflake guildId, Snowflake userId);
    [[nodiscard]] QFuture<RestResult> createDm(Snowflake userId);

    /// Adds a nonce with enforce_nonce when missing, so retries after a 5xx cannot duplicate.
    [[nodiscard]] QFuture<RestResult> createMessage(Snowflake channelId, QJsonObject message,
                                                    QList<RestFile> files = {});
    [[nodiscard]] QFuture<RestResult> editMessage(Snowflake channelId, Snowflake messageId,
                                                  QJsonObject message, QList<RestFile> files = {});
    [[nodiscard]] QFuture<RestResult> message(Snowflake channelId, Snowflake messageId);
    [[nodiscard]] QFuture<RestResult> deleteMessage(Snowflake channelId, Snowflake messageId);

    /// POST /interactions/{id}/{token}/callback; response = {type, data?}.
    [[nodiscard]] QFuture<RestResult>
    interactionCallback(Snowflake interactionId, const QString &token, QJsonObject response,
                        QList<RestFile> files = {}, bool withResponse = false);
    [[nodiscard]] QFuture<RestResult> originalResponse(const QString &token);
    [[nodiscard]] QFuture<RestResult> editOriginal(const QString &token, QJsonObject message,
                                                   QList<RestFile> files = {});
    [[nodiscard]] QFuture<RestResult> deleteOriginal(const QString &token);
    [[nodiscard]] QFuture<RestResult> createFollowup(const QString &token, QJsonObject message,
                                                     QList<RestFile> files = {});
    [[nodiscard]] QFuture<RestResult> editFollowup(const QString &token, Snowflake messageId,
                                                   QJsonObject message, QList<RestFile> files = {});
    [[nodiscard]] QFuture<RestResult> deleteFollowup(const QString &token, Snowflake messageId);

    [[nodiscard]] QFuture<RestResult> globalCommands();
    [[nodiscard]] QFuture<RestResult> guildCommands(Snowflake guildId);
    [[nodiscard]] QFuture<RestResult> bulkOverwriteGlobalCommands(const QJsonArray &commands);
    [[nodiscard]] QFuture<RestResult> bulkOverwriteGuildCommands(Snowflake guildId,
                                                                 const QJsonArray &commands);
    [[nodiscard]] QFuture<RestResult> applicationEmojis();

    /// A fresh numeric nonce (≤ 25 characters).
    [[nodiscard]] static QString newNonce();

private:
    QFuture<RestResult> sendMessage(Route route, QJsonObject message, QList<RestFile> files,
                                    bool retry);
    QFuture<RestResult> sendSimple(Route route, std::optional<QJsonDocument> json = std::nullopt);
    [[nodiscard]] QString app() const { return QString::number(m_applicationId); }

    RestClient &m_client;
    Snowflake m_applicationId = 0;
};

} // namespace ballsdex::discord

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ballsdex::interactions {

using domain::Snowflake;

/// A file sent as `files[n]` with an `attachments` entry in payload_json.
struct FileUpload
{
    QString filename;
    QByteArray data;
    QString contentType = QStringLiteral("application/octet-stream");
    QString description;
};

struct TransportError
{
    enum class Kind {
        UnknownInteraction, ///< 10062: token expired or the 3 s deadline was missed
        AlreadyAcknowledged, ///< 40060
        Http, ///< any other Discord error answer
        Network, ///< no answer (after the transport's retries)
        Refused, ///< refused locally (wrong state, invalid payload)
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    int discordCode = 0;
    QString message;

    [[nodiscard]] QString toString() const;
};

/// Success carries the response body (the message object when Discord returns one; empty for 204).
using TransportResult = Result<QJsonObject, TransportError>;

/// The REST calls the interaction framework makes. Production adapts shared/discord's RestClient;
/// tests record. Parameters are taken by value: implementations are coroutines.
class InteractionTransport
{
public:
    virtual ~InteractionTransport() = default;

    /// POST /interactions/{id}/{token}/callback (with_response=true where supported).
    virtual QCoro::Task<TransportResult> createCallback(Snowflake interactionId, QString token,
                                                        int type, QJsonObject data,
                                                        QList<FileUpload> files)
        = 0;
    /// PATCH /webhooks/{app}/{token}/messages/@original
    virtual QCoro::Task<TransportResult> editOriginal(Snowflake applicationId, QString token,
                                                      QJsonObject data, QList<FileUpload> files)
        = 0;
    /// PATCH /webhooks/{app}/{token}/messages/{message}: a followup sent earlier.
    virtual QCoro::Task<TransportResult> editFollowup(Snowflake applicationId, QString token,
                                                      Snowflake messageId, QJsonObject data)
        = 0;
    /// POST /webhooks/{app}/{token}
    virtual QCoro::Task<TransportResult> createFollowup(Snowflake applicationId, QString token,
                                                        QJsonObject data, QList<FileUpload> files)
        = 0;
    /// PATCH /channels/{channel}/messages/{message} (bot token; for views older than the token).
    virtual QCoro::Task<TransportResult> editMessage(Snowflake channelId, Snowflake messageId,
                                                     QJsonObject data)
        = 0;
    /// PUT /applications/{app}/commands or /applications/{app}/guilds/{guild}/commands.
    virtual QCoro::Task<Result<QJsonArray, TransportError>>
    bulkOverwriteCommands(Snowflake applicationId, std::optional<Snowflake> guildId,
                          QJsonArray commands)
        = 0;
    /// GET /applications/{app}/commands or /applications/{app}/guilds/{guild}/commands.
    virtual QCoro::Task<Result<QJsonArray, TransportError>>
    fetchCommands(Snowflake applicationId, std::optional<Snowflake> guildId) = 0;
};

} // namespace ballsdex::interactions

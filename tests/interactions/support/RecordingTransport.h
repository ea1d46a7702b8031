// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/AsyncLatch.h"
#include "interactions/InteractionTransport.h"

#include <QList>

#include <memory>
#include <optional>

namespace ballsdex::interactions::testing {

struct RecordedCall
{
    enum class Kind { Callback, EditOriginal, EditFollowup, Followup, EditMessage, BulkOverwrite };

    Kind kind = Kind::Callback;
    Snowflake interactionId = 0; ///< Callback
    Snowflake applicationId = 0;
    QString token;
    int type = 0; ///< Callback type
    Snowflake channelId = 0;
    Snowflake messageId = 0; ///< EditMessage, EditFollowup
    std::optional<Snowflake> guildId;
    QJsonObject data;
    QJsonArray commands;
    int fileCount = 0;

    [[nodiscard]] int flags() const { return data.value(QLatin1String("flags")).toInt(); }
    [[nodiscard]] QString content() const
    {
        return data.value(QLatin1String("content")).toString();
    }
};

/// Records every call and answers immediately (or, with holdCallbacks(), keeps interaction
/// callbacks pending until releaseCallbacks()).
class RecordingTransport final : public InteractionTransport
{
public:
    QList<RecordedCall> calls;
    /// Failure for the next interaction callback only.
    std::optional<TransportError> nextCallbackError;
    /// Failure for every bulk overwrite while set.
    std::optional<TransportError> bulkError;

    void holdCallbacks() { m_hold = std::make_unique<AsyncLatch>(); }
    void releaseCallbacks();

    [[nodiscard]] QList<RecordedCall> ofKind(RecordedCall::Kind kind) const;
    [[nodiscard]] int count(RecordedCall::Kind kind) const
    {
        return static_cast<int>(ofKind(kind).size());
    }

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
    /// Answers with what the last bulk overwrite of that scope created (remote state).
    QCoro::Task<Result<QJsonArray, TransportError>>
    fetchCommands(Snowflake applicationId, std::optional<Snowflake> guildId) override;
    /// Commands Discord holds per scope (key: guild id, 0 for global), as created by overwrites.
    QHash<Snowflake, QJsonArray> remoteCommands;

private:
    std::unique_ptr<AsyncLatch> m_hold;
    std::unique_ptr<AsyncLatch> m_released;
    Snowflake m_nextMessageId = 900000000000000001LL;
};

} // namespace ballsdex::interactions::testing

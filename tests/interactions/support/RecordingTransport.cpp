// SPDX-License-Identifier: MIT
#include "RecordingTransport.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace ballsdex::interactions::testing {

void RecordingTransport::releaseCallbacks()
{
    auto hold = std::move(m_hold);
    if (hold) {
        hold->open();
        m_released = std::move(hold); // keep it alive until the next hold
    }
}

QList<RecordedCall> RecordingTransport::ofKind(RecordedCall::Kind kind) const
{
    QList<RecordedCall> result;
    for (const RecordedCall &call : calls) {
        if (call.kind == kind) {
            result.append(call);
        }
    }
    return result;
}

QCoro::Task<TransportResult> RecordingTransport::createCallback(Snowflake interactionId,
                                                                QString token, int type,
                                                                QJsonObject data,
                                                                QList<FileUpload> files)
{
    RecordedCall call;
    call.kind = RecordedCall::Kind::Callback;
    call.interactionId = interactionId;
    call.token = token;
    call.type = type;
    call.data = data;
    call.fileCount = static_cast<int>(files.size());
    calls.append(call);
    if (m_hold) {
        AsyncLatch *hold = m_hold.get();
        co_await hold->wait();
    }
    if (nextCallbackError) {
        TransportError error = *std::exchange(nextCallbackError, std::nullopt);
        co_return ballsdex::fail(error);
    }
    QJsonObject response;
    if (type == 4 || type == 5) {
        QJsonObject message;
        message.insert(QStringLiteral("id"), QString::number(m_nextMessageId++));
        QJsonObject resource;
        resource.insert(QStringLiteral("message"), message);
        response.insert(QStringLiteral("resource"), resource);
    }
    co_return response;
}

QCoro::Task<TransportResult> RecordingTransport::editOriginal(Snowflake applicationId,
                                                              QString token, QJsonObject data,
                                                              QList<FileUpload> files)
{
    RecordedCall call;
    call.kind = RecordedCall::Kind::EditOriginal;
    call.applicationId = applicationId;
    call.token = token;
    call.data = data;
    call.fileCount = static_cast<int>(files.size());
    calls.append(call);
    co_return QJsonObject();
}

QCoro::Task<TransportResult> RecordingTransport::editFollowup(Snowflake applicationId,
                                                              QString token, Snowflake messageId,
                                                              QJsonObject data)
{
    RecordedCall call;
    call.kind = RecordedCall::Kind::EditFollowup;
    call.applicationId = applicationId;
    call.token = token;
    call.messageId = messageId;
    call.data = data;
    calls.append(call);
    co_return QJsonObject();
}

QCoro::Task<TransportResult> RecordingTransport::createFollowup(Snowflake applicationId,
                                                                QString token, QJsonObject data,
                                                                QList<FileUpload> files)
{
    RecordedCall call;
    call.kind = RecordedCall::Kind::Followup;
    call.applicationId = applicationId;
    call.token = token;
    call.data = data;
    call.fileCount = static_cast<int>(files.size());
    calls.append(call);
    QJsonObject message;
    message.insert(QStringLiteral("id"), QString::number(m_nextMessageId++));
    co_return message;
}

QCoro::Task<TransportResult> RecordingTransport::editMessage(Snowflake channelId,
                                                             Snowflake messageId, QJsonObject data)
{
    RecordedCall call;
    call.kind = RecordedCall::Kind::EditMessage;
    call.channelId = channelId;
    call.messageId = messageId;
    call.data = data;
    calls.append(call);
    co_return QJsonObject();
}

QCoro::Task<Result<QJsonArray, TransportError>>
RecordingTransport::bulkOverwriteCommands(Snowflake applicationId, std::optional<Snowflake> guildId,
                                          QJsonArray commands)
{
    RecordedCall call;
    call.kind = RecordedCall::Kind::BulkOverwrite;
    call.applicationId = applicationId;
    call.guildId = guildId;
    call.commands = commands;
    calls.append(call);
    if (bulkError) {
        co_return ballsdex::fail(*bulkError);
    }
    QJsonArray created;
    for (const QJsonValue &value : std::as_const(commands)) {
        QJsonObject command = value.toObject();
        // Stable ids per name, as Discord keeps ids of commands matched by name.
        const QByteArray digest = QCryptographicHash::hash(
            command.value(QLatin1String("name")).toString().toUtf8(), QCryptographicHash::Md5);
        const quint64 id = (qFromBigEndian<quint64>(digest.constData()) >> 8) | (1ULL << 55);
        command.insert(QStringLiteral("id"), QString::number(id));
        created.append(command);
    }
    remoteCommands.insert(guildId.value_or(0), created);
    co_return created;
}

QCoro::Task<Result<QJsonArray, TransportError>>
RecordingTransport::fetchCommands(Snowflake, std::optional<Snowflake> guildId)
{
    co_return remoteCommands.value(guildId.value_or(0));
}

} // namespace ballsdex::interactions::testing

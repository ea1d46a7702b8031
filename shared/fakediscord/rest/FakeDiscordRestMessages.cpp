// SPDX-License-Identifier: MIT
// Channels and messages: create (JSON or multipart, nonce dedupe), get, edit, delete, list.
#include "ErrorTree.h"
#include "FakeDiscordRest.h"
#include "MessageValidator.h"

#include <QDateTime>

namespace ballsdex::fakediscord {

namespace {

constexpr int LoadingFlag = 1 << 7;

QString param(const HttpRequest &request, const char *name)
{
    return request.params.value(QString::fromLatin1(name));
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString attachmentEntryId(const QJsonValue &entry)
{
    const QJsonValue id = entry.toObject().value(QLatin1String("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

MessageContext contextFor(const QList<QString> &ids, const QStringList &filenames,
                          const QJsonObject &payload)
{
    MessageContext context;
    for (const QString &id : ids)
        context.uploadIds.insert(id);
    context.uploadFilenames = filenames;
    // An attachments entry may rename its upload; embeds refer to the new name.
    const QJsonArray entries = payload.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &entry : entries) {
        if (context.uploadIds.contains(attachmentEntryId(entry)))
            context.uploadFilenames.append(
                entry.toObject().value(QLatin1String("filename")).toString());
    }
    return context;
}

} // namespace

void FakeDiscordRest::addChannel(const QString &channelId, const QString &guildId, int type)
{
    Channel &created = m_channels[channelId];
    created.id = channelId;
    created.guildId = guildId;
    created.type = type;
}

void FakeDiscordRest::setChannelForbidden(const QString &channelId, bool forbidden)
{
    if (!m_channels.contains(channelId))
        addChannel(channelId);
    m_channels[channelId].forbidden = forbidden;
}

FakeDiscordRest::Channel *FakeDiscordRest::channel(const QString &channelId)
{
    if (!m_channels.contains(channelId)) {
        if (m_strictChannels)
            return nullptr;
        addChannel(channelId);
    }
    return &m_channels[channelId];
}

QList<QJsonObject> FakeDiscordRest::channelMessages(const QString &channelId) const
{
    QList<QJsonObject> out;
    for (const QString &id : m_channels.value(channelId).messageIds)
        out.append(m_messages.value(id));
    return out;
}

std::optional<QJsonObject> FakeDiscordRest::message(const QString &messageId) const
{
    if (!m_messages.contains(messageId))
        return std::nullopt;
    return m_messages.value(messageId);
}

QByteArray FakeDiscordRest::attachmentData(const QString &url) const
{
    return m_files.value(QUrl(url).path()).second;
}

QJsonArray FakeDiscordRest::storeUploads(const QString &channelId, const Body &body)
{
    QJsonArray attachments;
    const QJsonArray entries = body.payload.value(QLatin1String("attachments")).toArray();
    for (const Upload &upload : body.uploads) {
        QJsonObject entry;
        for (const QJsonValue &candidate : entries) {
            if (attachmentEntryId(candidate) == upload.id)
                entry = candidate.toObject();
        }
        const QString filename = entry.value(QLatin1String("filename")).toString(upload.filename);
        const QString id = nextId();
        const QString path
            = QStringLiteral("/attachments/%1/%2/%3")
                  .arg(channelId.isEmpty() ? QStringLiteral("0") : channelId, id, filename);
        m_files.insert(path,
                       {upload.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                     : upload.contentType,
                        upload.data});
        QUrl url = m_http.url();
        url.setPath(path);
        QJsonObject attachment {
            {QStringLiteral("id"), id},
            {QStringLiteral("filename"), filename},
            {QStringLiteral("size"), upload.data.size()},
            {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("proxy_url"), url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("content_type"), QString::fromLatin1(upload.contentType)}};
        if (entry.contains(QLatin1String("description")))
            attachment.insert(QStringLiteral("description"),
                              entry.value(QLatin1String("description")));
        attachments.append(attachment);
    }
    return attachments;
}

QJsonObject FakeDiscordRest::newMessage(const QString &channelId, const QJsonObject &payload,
                                        const Body &body)
{
    QJsonArray embeds = payload.value(QLatin1String("embeds")).toArray();
    for (qsizetype i = 0; i < embeds.size(); ++i) {
        QJsonObject embed = embeds.at(i).toObject();
        embed.insert(QStringLiteral("type"), QStringLiteral("rich"));
        embeds[i] = embed;
    }
    QJsonObject message {
        {QStringLiteral("id"), nextId()},
        {QStringLiteral("channel_id"), channelId},
        {QStringLiteral("type"), 0},
        {QStringLiteral("content"), payload.value(QLatin1String("content")).toString()},
        {QStringLiteral("embeds"), embeds},
        {QStringLiteral("components"), payload.value(QLatin1String("components")).toArray()},
        {QStringLiteral("attachments"), storeUploads(channelId, body)},
        {QStringLiteral("author"), botUser()},
        {QStringLiteral("timestamp"), isoNow()},
        {QStringLiteral("edited_timestamp"), QJsonValue::Null},
        {QStringLiteral("flags"), payload.value(QLatin1String("flags")).toInt()},
        {QStringLiteral("tts"), payload.value(QLatin1String("tts")).toBool()},
        {QStringLiteral("mentions"), QJsonArray()},
        {QStringLiteral("pinned"), false}};
    if (payload.contains(QLatin1String("nonce")))
        message.insert(QStringLiteral("nonce"), payload.value(QLatin1String("nonce")));
    if (const auto found = m_channels.find(channelId); found != m_channels.end()
        && !found->guildId.isEmpty() && !found->guildId.startsWith(QLatin1String("dm:")))
        message.insert(QStringLiteral("guild_id"), found->guildId);
    m_messages.insert(message.value(QLatin1String("id")).toString(), message);
    return message;
}

std::optional<HttpResponse> FakeDiscordRest::applyEdit(QJsonObject &message, const Body &body)
{
    QStringList filenames;
    QList<QString> ids;
    for (const Upload &upload : body.uploads) {
        ids.append(upload.id);
        filenames.append(upload.filename);
    }
    MessageContext context = contextFor(ids, filenames, body.payload);
    const QJsonArray existing = message.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &attachment : existing)
        context.keptAttachments.insert(attachmentEntryId(attachment));
    ErrorTree errors;
    validateMessage(body.payload, context, errors);
    if (!errors.isEmpty())
        return errors.response();

    for (const char *field : {"content", "embeds", "components"}) {
        const QString key = QString::fromLatin1(field);
        if (body.payload.contains(key))
            message.insert(key, body.payload.value(key));
    }
    int flags = message.value(QLatin1String("flags")).toInt() & ~LoadingFlag;
    if (body.payload.contains(QLatin1String("flags")))
        flags |= body.payload.value(QLatin1String("flags")).toInt()
            & (1 << 2); // only SUPPRESS_EMBEDS
    message.insert(QStringLiteral("flags"), flags);
    QJsonArray attachments;
    if (body.payload.contains(QLatin1String("attachments"))) {
        QSet<QString> keep;
        const QJsonArray listed = body.payload.value(QLatin1String("attachments")).toArray();
        for (const QJsonValue &entry : listed)
            keep.insert(attachmentEntryId(entry));
        for (const QJsonValue &attachment : existing) {
            if (keep.contains(attachmentEntryId(attachment)))
                attachments.append(attachment);
        }
    } else {
        attachments = existing;
    }
    const QJsonArray uploaded
        = storeUploads(message.value(QLatin1String("channel_id")).toString(), body);
    for (const QJsonValue &attachment : uploaded)
        attachments.append(attachment);
    message.insert(QStringLiteral("attachments"), attachments);
    message.insert(QStringLiteral("edited_timestamp"), isoNow());
    m_messages.insert(message.value(QLatin1String("id")).toString(), message);
    return std::nullopt;
}

void FakeDiscordRest::registerMessageRoutes()
{
    apiRoute("GET", QStringLiteral("/channels/{channel_id}"), [this](HttpRequest &request) {
        const QString id = param(request, "channel_id");
        if (!m_channels.contains(id))
            return discordError(404, 10003, QStringLiteral("Unknown Channel"));
        const Channel &found = m_channels[id];
        QJsonObject object {{QStringLiteral("id"), id}, {QStringLiteral("type"), found.type}};
        if (!found.guildId.isEmpty() && !found.guildId.startsWith(QLatin1String("dm:")))
            object.insert(QStringLiteral("guild_id"), found.guildId);
        return HttpResponse::json(200, QJsonDocument(object));
    });

    apiRoute(
        "POST", QStringLiteral("/channels/{channel_id}/messages"), [this](HttpRequest &request) {
            const QString channelId = param(request, "channel_id");
            Channel *target = channel(channelId);
            if (!target)
                return discordError(404, 10003, QStringLiteral("Unknown Channel"));
            if (target->forbidden)
                return discordError(403, 50013, QStringLiteral("Missing Permissions"));
            auto body = parseBody(request, true);
            if (!body)
                return body.error();
            QStringList filenames;
            QList<QString> ids;
            for (const Upload &upload : body->uploads) {
                ids.append(upload.id);
                filenames.append(upload.filename);
            }
            ErrorTree errors;
            validateMessage(body->payload, contextFor(ids, filenames, body->payload), errors);
            if (!errors.isEmpty())
                return errors.response();
            if (isEmptyMessage(body->payload, !body->uploads.isEmpty()))
                return discordError(400, 50006, QStringLiteral("Cannot send an empty message"));
            const QString nonce = body->payload.value(QLatin1String("nonce")).toString();
            const bool enforce = body->payload.value(QLatin1String("enforce_nonce")).toBool();
            if (enforce && !nonce.isEmpty() && target->nonces.contains(nonce))
                return HttpResponse::json(
                    200, QJsonDocument(m_messages.value(target->nonces.value(nonce))));
            const QJsonObject created = newMessage(channelId, body->payload, *body);
            const QString id = created.value(QLatin1String("id")).toString();
            target->messageIds.append(id);
            if (!nonce.isEmpty())
                target->nonces.insert(nonce, id);
            Q_EMIT messageCreated(created);
            return HttpResponse::json(200, QJsonDocument(created));
        });

    apiRoute(
        "GET", QStringLiteral("/channels/{channel_id}/messages"), [this](HttpRequest &request) {
            const QString channelId = param(request, "channel_id");
            if (!channel(channelId))
                return discordError(404, 10003, QStringLiteral("Unknown Channel"));
            const int limit
                = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 100);
            const QStringList ids = m_channels[channelId].messageIds;
            QJsonArray out;
            for (qsizetype i = ids.size() - 1; i >= 0 && out.size() < (limit > 0 ? limit : 50); --i)
                out.append(m_messages.value(ids.at(i)));
            return HttpResponse::json(200, QJsonDocument(out));
        });

    const QString single = QStringLiteral("/channels/{channel_id}/messages/{message_id}");
    const auto find = [this](const HttpRequest &request) -> QJsonObject * {
        const QString channelId = param(request, "channel_id");
        const QString id = param(request, "message_id");
        if (!m_channels.value(channelId).messageIds.contains(id) || !m_messages.contains(id))
            return nullptr;
        return &m_messages[id];
    };
    apiRoute("GET", single, [find](HttpRequest &request) {
        QJsonObject *found = find(request);
        if (!found)
            return discordError(404, 10008, QStringLiteral("Unknown Message"));
        return HttpResponse::json(200, QJsonDocument(*found));
    });
    apiRoute("PATCH", single, [this, find](HttpRequest &request) {
        QJsonObject *found = find(request);
        if (!found)
            return discordError(404, 10008, QStringLiteral("Unknown Message"));
        auto body = parseBody(request, true);
        if (!body)
            return body.error();
        QJsonObject edited = *found;
        if (auto error = applyEdit(edited, *body))
            return *error;
        return HttpResponse::json(200, QJsonDocument(edited));
    });
    apiRoute("DELETE", single, [this, find](HttpRequest &request) {
        if (!find(request))
            return discordError(404, 10008, QStringLiteral("Unknown Message"));
        const QString id = param(request, "message_id");
        m_channels[param(request, "channel_id")].messageIds.removeAll(id);
        m_messages.remove(id);
        return HttpResponse::noContent();
    });
}

} // namespace ballsdex::fakediscord

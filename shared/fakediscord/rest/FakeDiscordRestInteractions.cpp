// SPDX-License-Identifier: MIT
// Interaction callbacks (3 s deadline, single acknowledgement) and the interaction webhook:
// @original, followups and followup management (15 min token lifetime).
#include "ErrorTree.h"
#include "FakeDiscordRest.h"
#include "MessageValidator.h"

#include <QRandomGenerator>

namespace ballsdex::fakediscord {

namespace {

constexpr int EphemeralFlag = 1 << 6;
constexpr int LoadingFlag = 1 << 7;
constexpr int SettableFlags = (1 << 2) | EphemeralFlag | (1 << 12) | (1 << 13) | (1 << 15);

QString param(const HttpRequest &request, const char *name)
{
    return request.params.value(QString::fromLatin1(name));
}

HttpResponse invalidResponseType()
{
    ErrorTree errors;
    errors.add(QStringLiteral("type"), QStringLiteral("INTERACTION_RESPONSE_TYPE_INVALID"),
               QStringLiteral("This response type is not valid for this interaction type"));
    return errors.response();
}

} // namespace

FakeInteraction FakeDiscordRest::createInteraction(const QString &channelId, int type,
                                                   const QString &sourceMessageId,
                                                   const QString &guildId)
{
    FakeInteraction interaction;
    interaction.id = nextId();
    QByteArray secret(48, Qt::Uninitialized);
    for (char &byte : secret)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    interaction.token = QStringLiteral("aW50ZXJhY3Rpb246")
        + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding
                                              | QByteArray::OmitTrailingEquals));
    interaction.channelId = channelId;
    interaction.guildId = guildId;
    interaction.type = type;
    interaction.sourceMessageId = sourceMessageId;
    interaction.createdAtMs = nowMs();
    registerInteraction(interaction);
    return interaction;
}

void FakeDiscordRest::registerInteraction(const FakeInteraction &interaction)
{
    m_interactions.insert(interaction.id, interaction);
    m_interactionTokens.insert(interaction.token, interaction.id);
    if (!interaction.channelId.isEmpty() && !m_channels.contains(interaction.channelId))
        addChannel(interaction.channelId, interaction.guildId);
}

std::optional<FakeInteraction> FakeDiscordRest::interaction(const QString &interactionId) const
{
    if (!m_interactions.contains(interactionId))
        return std::nullopt;
    return m_interactions.value(interactionId);
}

void FakeDiscordRest::registerInteractionRoutes()
{
    apiRoute("POST", QStringLiteral("/interactions/{interaction_id}/{interaction_token}/callback"),
             [this](HttpRequest &request) { return onCallback(request); });
    const QString base = QStringLiteral("/webhooks/{application_id}/{interaction_token}");
    const auto webhook = [this](HttpRequest &request) {
        return onWebhook(request);
    };
    apiRoute("POST", base, webhook);
    for (const QByteArray &method :
         {QByteArrayLiteral("GET"), QByteArrayLiteral("PATCH"), QByteArrayLiteral("DELETE")}) {
        apiRoute(method, base + QStringLiteral("/messages/@original"), webhook);
        apiRoute(method, base + QStringLiteral("/messages/{message_id}"), webhook);
    }
}

HttpResponse FakeDiscordRest::onCallback(HttpRequest &request)
{
    const auto found = m_interactions.find(param(request, "interaction_id"));
    if (found == m_interactions.end() || found->token != param(request, "interaction_token")
        || nowMs() - found->createdAtMs > InteractionDeadlineMs)
        return discordError(404, 10062, QStringLiteral("Unknown interaction"));
    FakeInteraction &interaction = *found;
    if (interaction.acknowledged)
        return discordError(400, 40060,
                            QStringLiteral("Interaction has already been acknowledged."));
    auto body = parseBody(request, true);
    if (!body)
        return body.error();
    const int type = body->payload.value(QLatin1String("type")).toInt();
    const QJsonObject data = body->payload.value(QLatin1String("data")).toObject();
    const bool component = interaction.type == 3 || interaction.type == 5;
    const bool autocomplete = interaction.type == 4;
    if (autocomplete != (type == 8))
        return invalidResponseType();
    ErrorTree errors;
    MessageContext context;
    for (const Upload &upload : body->uploads) {
        context.uploadIds.insert(upload.id);
        context.uploadFilenames.append(upload.filename);
    }
    Body messageBody = *body;
    messageBody.payload = data;
    switch (type) {
    case 4: {
        validateMessage(data, context, errors, QStringLiteral("data."));
        if (!errors.isEmpty())
            return errors.response();
        if (isEmptyMessage(data, !body->uploads.isEmpty()))
            return discordError(400, 50006, QStringLiteral("Cannot send an empty message"));
        QJsonObject payload = data;
        payload.insert(QStringLiteral("flags"),
                       data.value(QLatin1String("flags")).toInt() & SettableFlags);
        const QJsonObject created = newMessage(interaction.channelId, payload, messageBody);
        interaction.originalMessageId = created.value(QLatin1String("id")).toString();
        interaction.ephemeral = payload.value(QLatin1String("flags")).toInt() & EphemeralFlag;
        break;
    }
    case 5: {
        const int flags
            = LoadingFlag | (data.value(QLatin1String("flags")).toInt() & EphemeralFlag);
        const QJsonObject created = newMessage(
            interaction.channelId, QJsonObject {{QStringLiteral("flags"), flags}}, Body {});
        interaction.originalMessageId = created.value(QLatin1String("id")).toString();
        interaction.ephemeral = flags & EphemeralFlag;
        break;
    }
    case 6:
        if (!component)
            return invalidResponseType();
        break;
    case 7: {
        if (!component)
            return invalidResponseType();
        validateMessage(data, context, errors, QStringLiteral("data."));
        if (!errors.isEmpty())
            return errors.response();
        if (m_messages.contains(interaction.sourceMessageId)) {
            QJsonObject source = m_messages.value(interaction.sourceMessageId);
            if (auto error = applyEdit(source, messageBody))
                return *error;
        }
        break;
    }
    case 8:
        validateAutocomplete(data, errors);
        break;
    case 9:
        if (interaction.type == 5)
            return invalidResponseType();
        validateModal(data, errors);
        break;
    default:
        return invalidResponseType();
    }
    if (!errors.isEmpty())
        return errors.response();
    interaction.acknowledged = true;
    interaction.callbackType = type;
    interaction.lastCallback = body->payload;
    if (!interaction.originalMessageId.isEmpty() && !interaction.ephemeral
        && m_channels.contains(interaction.channelId))
        m_channels[interaction.channelId].messageIds.append(interaction.originalMessageId);
    Q_EMIT interactionResponded(interaction.id, type);
    if (request.query.queryItemValue(QStringLiteral("with_response")) != QLatin1String("true"))
        return HttpResponse::noContent();
    QJsonObject summary {{QStringLiteral("id"), interaction.id},
                         {QStringLiteral("type"), interaction.type}};
    QJsonObject resource {{QStringLiteral("type"), type}};
    if (!interaction.originalMessageId.isEmpty()) {
        summary.insert(QStringLiteral("response_message_id"), interaction.originalMessageId);
        summary.insert(QStringLiteral("response_message_loading"), type == 5);
        summary.insert(QStringLiteral("response_message_ephemeral"), interaction.ephemeral);
        resource.insert(QStringLiteral("message"), m_messages.value(interaction.originalMessageId));
    }
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject {{QStringLiteral("interaction"), summary},
                                                         {QStringLiteral("resource"), resource}}));
}

FakeInteraction *FakeDiscordRest::interactionByToken(const QString &applicationId,
                                                     const QString &token,
                                                     std::optional<HttpResponse> &error)
{
    const auto id = m_interactionTokens.find(token);
    if (applicationId != m_applicationId || id == m_interactionTokens.end()) {
        error = discordError(404, 10015, QStringLiteral("Unknown Webhook"));
        return nullptr;
    }
    FakeInteraction &interaction = m_interactions[*id];
    if (nowMs() - interaction.createdAtMs > TokenLifetimeMs) {
        error = discordError(401, 50027, QStringLiteral("Invalid Webhook Token"));
        return nullptr;
    }
    return &interaction;
}

HttpResponse FakeDiscordRest::onWebhook(HttpRequest &request)
{
    std::optional<HttpResponse> error;
    FakeInteraction *interaction = interactionByToken(param(request, "application_id"),
                                                      param(request, "interaction_token"), error);
    if (!interaction)
        return *error;
    const bool original = request.routePattern.endsWith(QLatin1String("/@original"));
    const bool create = request.method == "POST";
    QString targetId;
    if (original) {
        const bool editsSource = interaction->callbackType == 6 || interaction->callbackType == 7;
        targetId = editsSource ? interaction->sourceMessageId : interaction->originalMessageId;
    } else if (!create) {
        targetId = param(request, "message_id");
        if (!interaction->followupIds.contains(targetId)
            && targetId != interaction->originalMessageId)
            targetId.clear();
    }
    if (!create
        && (!interaction->acknowledged || targetId.isEmpty() || !m_messages.contains(targetId)))
        return discordError(404, 10008, QStringLiteral("Unknown Message"));
    if (request.method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_messages.value(targetId)));
    if (request.method == "DELETE") {
        m_messages.remove(targetId);
        interaction->followupIds.removeAll(targetId);
        if (auto channel = m_channels.find(interaction->channelId); channel != m_channels.end())
            channel->messageIds.removeAll(targetId);
        return HttpResponse::noContent();
    }
    auto body = parseBody(request, true);
    if (!body)
        return body.error();
    if (create) {
        if (!interaction->acknowledged)
            return discordError(404, 10015, QStringLiteral("Unknown Webhook"));
        const QJsonObject loading = m_messages.value(interaction->originalMessageId);
        // Deprecated path: a followup right after a type-5 defer fills the loading message.
        if (interaction->callbackType == 5
            && (loading.value(QLatin1String("flags")).toInt() & LoadingFlag))
            targetId = interaction->originalMessageId;
    }
    if (!targetId.isEmpty()) {
        QJsonObject edited = m_messages.value(targetId);
        if (auto editError = applyEdit(edited, *body))
            return *editError;
        return HttpResponse::json(200, QJsonDocument(edited));
    }
    MessageContext context;
    for (const Upload &upload : body->uploads) {
        context.uploadIds.insert(upload.id);
        context.uploadFilenames.append(upload.filename);
    }
    ErrorTree errors;
    validateMessage(body->payload, context, errors);
    if (!errors.isEmpty())
        return errors.response();
    if (isEmptyMessage(body->payload, !body->uploads.isEmpty()))
        return discordError(400, 50006, QStringLiteral("Cannot send an empty message"));
    QJsonObject payload = body->payload;
    payload.insert(QStringLiteral("flags"),
                   payload.value(QLatin1String("flags")).toInt() & SettableFlags);
    QJsonObject created = newMessage(interaction->channelId, payload, *body);
    created.insert(QStringLiteral("webhook_id"), m_applicationId);
    const QString id = created.value(QLatin1String("id")).toString();
    m_messages.insert(id, created);
    interaction->followupIds.append(id);
    if (!(payload.value(QLatin1String("flags")).toInt() & EphemeralFlag)
        && m_channels.contains(interaction->channelId))
        m_channels[interaction->channelId].messageIds.append(id);
    return HttpResponse::json(200, QJsonDocument(created));
}

} // namespace ballsdex::fakediscord

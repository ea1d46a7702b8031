// SPDX-License-Identifier: MIT
// Turns what the bot asks of the fake REST API into readable terminal text.
#include "SandboxSession.h"
#include "SlashCommandBuilder.h"
#include "fakediscord/rest/FakeDiscordRest.h"

#include <QDir>
#include <QFile>

namespace ballsdex::sandbox {

namespace {

constexpr int EphemeralFlag = 1 << 6;
const QString ApiPrefix = QStringLiteral("/api/v10");

QString safeFileName(QString name)
{
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_')
            c = u'_';
    }
    return name.isEmpty() ? QStringLiteral("file") : name;
}

} // namespace

SandboxSession::SentInteraction *SandboxSession::interactionByToken(const QString &token)
{
    const auto id = m_interactionIdByToken.constFind(token);
    if (id == m_interactionIdByToken.cend())
        return nullptr;
    const auto found = m_interactions.find(*id);
    return found == m_interactions.end() ? nullptr : &*found;
}

void SandboxSession::onRequest(const fakediscord::HttpRequest &request)
{
    if (!request.routePattern.startsWith(ApiPrefix))
        return;
    m_lastBotActivityMs = m_clock.elapsed();
    const QString route
        = QString::fromLatin1(request.method) + u' ' + request.routePattern.mid(ApiPrefix.size());
    const QString token = request.params.value(QStringLiteral("interaction_token"));
    SentInteraction *sent = token.isEmpty() ? nullptr : interactionByToken(token);
    if (request.responseStatus >= 400) {
        QString body = QString::fromUtf8(request.body.left(300));
        error(QStringLiteral("the fake Discord refused the bot's %1 %2: HTTP %3%4")
                  .arg(QString::fromLatin1(request.method), request.path)
                  .arg(request.responseStatus)
                  .arg(sent ? QStringLiteral(" (answering %1)").arg(sent->label) : QString()));
        if (m_options.verbose && !body.isEmpty())
            print(QStringLiteral("  request body: ") + body);
        if (sent && route.endsWith(QLatin1String("/callback")))
            sent->completed = true;
        return;
    }
    if (route.startsWith(QLatin1String("PUT /applications/"))
        && route.endsWith(QLatin1String("/commands"))) {
        onCommandsSynced(request.params.value(QStringLiteral("guild_id")));
    } else if (route
               == QLatin1String(
                   "POST /interactions/{interaction_id}/{interaction_token}/callback")) {
        onCallback(request.params.value(QStringLiteral("interaction_id")));
    } else if (route.startsWith(QLatin1String("POST /webhooks/"))
               || route.startsWith(QLatin1String("PATCH /webhooks/"))
               || route.startsWith(QLatin1String("DELETE /webhooks/"))) {
        onWebhook(request);
    } else if (route == QLatin1String("PATCH /channels/{channel_id}/messages/{message_id}")) {
        if (const auto message
            = m_rest->message(request.params.value(QStringLiteral("message_id"))))
            showMessage(QStringLiteral("edited a message"), *message);
    } else if (route == QLatin1String("DELETE /channels/{channel_id}/messages/{message_id}")) {
        print(QStringLiteral("[#%1] %2 deleted message %3")
                  .arg(m_world.channelName(request.params.value(QStringLiteral("channel_id"))),
                       m_world.botName, request.params.value(QStringLiteral("message_id"))));
    }
}

void SandboxSession::onCommandsSynced(const QString &guildId)
{
    const QStringList names = commandNames(m_rest->commands(guildId));
    const QString scope = guildId.isEmpty()
        ? QStringLiteral("global")
        : (guildId == m_world.guildId ? QStringLiteral("guild")
                                      : QStringLiteral("guild %1").arg(guildId));
    note(QStringLiteral("the bot registered %1 %2 slash command(s)%3")
             .arg(names.size())
             .arg(scope)
             .arg(names.isEmpty() ? QString()
                                  : QStringLiteral(": /") + names.join(QStringLiteral(", /"))));
    m_commandsSynced = true;
    checkReady();
}

void SandboxSession::onMessageCreated(const QJsonObject &message)
{
    m_lastBotActivityMs = m_clock.elapsed();
    showMessage(QString(), message);
}

void SandboxSession::onCallback(const QString &interactionId)
{
    const auto found = m_rest->interaction(interactionId);
    const auto sentIt = m_interactions.find(interactionId);
    if (!found || sentIt == m_interactions.end())
        return;
    SentInteraction &sent = *sentIt;
    const fakediscord::FakeInteraction &interaction = *found;
    sent.callbackType = interaction.callbackType;
    const QString who = m_world.userName(sent.userId);
    const QString only = interaction.ephemeral ? QStringLiteral(" (only you)") : QString();
    const QJsonObject data = interaction.lastCallback.value(QLatin1String("data")).toObject();
    switch (interaction.callbackType) {
    case 4:
        sent.completed = true;
        if (const auto message = m_rest->message(interaction.originalMessageId))
            showMessage(QStringLiteral("replied to %1's %2%3").arg(who, sent.label, only),
                        *message);
        break;
    case 5:
        print(
            QStringLiteral("[#%1] %2 is thinking... (%3's %4)%5")
                .arg(m_world.channelName(sent.channelId), m_world.botName, who, sent.label, only));
        break;
    case 6:
        print(QStringLiteral("[#%1] %2 acknowledged %3's %4")
                  .arg(m_world.channelName(sent.channelId), m_world.botName, who, sent.label));
        break;
    case 7:
        sent.completed = true;
        if (const auto message = m_rest->message(interaction.sourceMessageId))
            showMessage(QStringLiteral("updated the message (%1's %2)").arg(who, sent.label),
                        *message);
        break;
    case 8: {
        sent.completed = true;
        QStringList choices;
        const QJsonArray entries = data.value(QLatin1String("choices")).toArray();
        for (const QJsonValue &entry : entries)
            choices.append(entry.toObject().value(QLatin1String("name")).toString());
        print(QStringLiteral("[autocomplete] ") + choices.join(QStringLiteral(", ")));
        break;
    }
    case 9: {
        sent.completed = true;
        ModalState modal;
        modal.form = parseModal(data);
        modal.channelId = sent.channelId;
        if (sent.type == 3)
            modal.sourceMessageId = sent.sourceMessageId;
        print(QStringLiteral("[#%1] %2 opened a modal for %3 (%4); /fill N TEXT then /submit, or "
                             "/modal 1=TEXT ...")
                  .arg(m_world.channelName(sent.channelId), m_world.botName, who, sent.label));
        for (const QString &line : renderModal(modal.form))
            print(QStringLiteral("  ") + line);
        m_modal = modal;
        break;
    }
    default:
        sent.completed = true;
        note(QStringLiteral("the bot answered %1 with callback type %2")
                 .arg(sent.label)
                 .arg(interaction.callbackType));
        break;
    }
}

void SandboxSession::onWebhook(const fakediscord::HttpRequest &request)
{
    SentInteraction *sent
        = interactionByToken(request.params.value(QStringLiteral("interaction_token")));
    if (!sent)
        return;
    const auto interaction = m_rest->interaction(sent->id);
    if (!interaction)
        return;
    const QString who = m_world.userName(sent->userId);
    const bool original = request.routePattern.endsWith(QLatin1String("/@original"));
    if (request.method == "GET")
        return;
    sent->completed = true;
    if (request.method == "DELETE") {
        print(QStringLiteral("[#%1] %2 deleted its answer to %3's %4")
                  .arg(m_world.channelName(sent->channelId), m_world.botName, who, sent->label));
        return;
    }
    QString messageId;
    QString what;
    if (request.method == "POST") {
        for (const QString &id : interaction->followupIds) {
            if (!sent->shownFollowups.contains(id)) {
                messageId = id;
                sent->shownFollowups.insert(id);
            }
        }
        what = QStringLiteral("followed up on %1's %2").arg(who, sent->label);
        if (messageId.isEmpty()) {
            messageId = interaction->originalMessageId; // a followup that filled the "thinking"
            what = QStringLiteral("answered %1's %2").arg(who, sent->label);
        }
    } else if (original) {
        const bool source = interaction->callbackType == 6 || interaction->callbackType == 7;
        messageId = source ? interaction->sourceMessageId : interaction->originalMessageId;
        what = source ? QStringLiteral("updated the message (%1's %2)").arg(who, sent->label)
                      : QStringLiteral("answered %1's %2").arg(who, sent->label);
    } else {
        messageId = request.params.value(QStringLiteral("message_id"));
        what = QStringLiteral("edited a followup to %1's %2").arg(who, sent->label);
    }
    const auto message = m_rest->message(messageId);
    if (!message)
        return;
    if (message->value(QLatin1String("flags")).toInt() & EphemeralFlag)
        what += QStringLiteral(" (only you)");
    showMessage(what, *message);
}

QHash<QString, QString> SandboxSession::saveAttachments(const QJsonObject &message)
{
    QHash<QString, QString> byName;
    const QJsonArray attachments = message.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        const QString id = attachment.value(QLatin1String("id")).toString();
        const QString filename = attachment.value(QLatin1String("filename")).toString();
        QString path = m_savedAttachments.value(id);
        if (path.isEmpty()) {
            path = QDir(m_filesDirectory).filePath(id + u'-' + safeFileName(filename));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(
                    m_rest->attachmentData(attachment.value(QLatin1String("url")).toString()));
                m_savedAttachments.insert(id, path);
            } else {
                error(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
                path.clear();
            }
        }
        if (!path.isEmpty())
            byName.insert(filename, path);
    }
    return byName;
}

void SandboxSession::showMessage(const QString &what, const QJsonObject &message)
{
    RenderContext context;
    context.world = &m_world;
    context.savedFiles = saveAttachments(message);
    const QString channel
        = m_world.channelName(message.value(QLatin1String("channel_id")).toString());
    QString header = QStringLiteral("[#%1] %2").arg(channel, m_world.botName);
    if (!what.isEmpty())
        header += u' ' + what;
    if (message.value(QLatin1String("flags")).toInt() & (1 << 7))
        header += QStringLiteral(" (thinking...)");
    print(styled("1", header + u':'));
    const QStringList lines = renderMessage(message, context);
    for (const QString &line : lines)
        print(QStringLiteral("  ") + line);
    constexpr qsizetype KeptText = 64 * 1024;
    m_shownSinceAction += lines.join(u'\n') + u'\n';
    if (m_shownSinceAction.size() > KeptText)
        m_shownSinceAction = m_shownSinceAction.right(KeptText);
    if (!interactiveComponents(message).isEmpty())
        m_focusMessageId = message.value(QLatin1String("id")).toString();
}

} // namespace ballsdex::sandbox

// SPDX-License-Identifier: MIT
// The terminal commands: say, /as, /in, /slash, /click, /select, /fill, /modal, /submit, /wait.
#include "CommandTokenizer.h"
#include "SandboxSession.h"
#include "SlashCommandBuilder.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/rest/FakeDiscordRest.h"

namespace ballsdex::sandbox {

namespace {

/// The raw text after the first `count` words of a line (keeps the person's spacing and quotes).
QString restOfLine(const QString &line, int count)
{
    qsizetype at = 0;
    for (int word = 0; word < count; ++word) {
        while (at < line.size() && line.at(at).isSpace())
            ++at;
        while (at < line.size() && !line.at(at).isSpace())
            ++at;
    }
    return line.mid(at).trimmed();
}

} // namespace

bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

void SandboxSession::showHelp()
{
    print(QStringLiteral(
        "Anything not starting with / is said in the current channel by the current user.\n"
        "  /say TEXT               say TEXT even if it starts with /\n"
        "  /as NAME                act as another user            /users     list them\n"
        "  /in CHANNEL             move to another channel        /channels  list them\n"
        "  /slash NAME [SUB..] [key:value..]  run a slash command (also: /NAME ... directly);\n"
        "                          values may be positional; quote spaces: name:\"France Ball\";\n"
        "                          users and channels by name (user:Bob, channel:spawn)\n"
        "  /commands               the bot's registered commands and their parameters\n"
        "  /click N                press button [N] of the last bot message with components\n"
        "  /select N VALUE..       choose in select [N] (values or labels; users by name)\n"
        "  /show                   print that message again\n"
        "  /fill N TEXT            fill field (N) of the open modal; /submit sends it\n"
        "  /modal key=value ..     fill fields (by number, id or label) and submit\n"
        "  /cancel                 close the open modal\n"
        "  /wait [SECONDS]         wait until the bot has answered and gone quiet\n"
        "  /wait-for TEXT          wait until the bot shows a message containing TEXT (since\n"
        "                          your last message or command; e.g. a spawn after chatting)\n"
        "  /quit                   stop the bot and leave (end of input does the same)\n"
        "  # TEXT                  a comment, ignored (for scripts; /say # TEXT says it)\n"
        "Bot messages show embeds as | lines, buttons as [N] label; ephemeral answers are marked\n"
        "(only you); files the bot sends are saved and their paths printed."));
}

void SandboxSession::execute(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (isBlankOrComment(trimmed))
        return;
    if (trimmed == QLatin1String("help") || trimmed == QLatin1String("?")) {
        showHelp();
        return;
    }
    if (trimmed == QLatin1String("quit") || trimmed == QLatin1String("exit")) {
        quit();
        return;
    }
    if (!trimmed.startsWith(u'/')) {
        sendMessage(trimmed);
        return;
    }
    const auto tokens = tokenizeCommandLine(trimmed);
    if (!tokens) {
        error(tokens.error());
        return;
    }
    const QStringList words = *tokens;
    const QString command = words.first().mid(1).toLower();
    const QString argument = words.size() > 1 ? words.at(1) : QString();

    if (command == QLatin1String("help")) {
        showHelp();
    } else if (command == QLatin1String("quit") || command == QLatin1String("exit")) {
        quit();
    } else if (command == QLatin1String("say")) {
        sendMessage(restOfLine(trimmed, 1));
    } else if (command == QLatin1String("as")) {
        switchUser(restOfLine(trimmed, 1));
    } else if (command == QLatin1String("in")) {
        switchChannel(restOfLine(trimmed, 1));
    } else if (command == QLatin1String("users")) {
        for (const SandboxUser &user : std::as_const(m_world.users))
            print(QStringLiteral("  %1%2 (%3)%4")
                      .arg(user.name == m_user.name ? QStringLiteral("* ") : QStringLiteral("  "),
                           user.name, user.id,
                           user.owner ? QStringLiteral(" guild owner, administrator") : QString()));
    } else if (command == QLatin1String("channels")) {
        for (const SandboxChannel &channel : std::as_const(m_world.channels))
            print(QStringLiteral("  %1#%2 (%3)")
                      .arg(channel.id == m_channel.id ? QStringLiteral("* ") : QStringLiteral("  "),
                           channel.name, channel.id));
    } else if (command == QLatin1String("commands")) {
        const QStringList lines = describeCommands(registeredCommands());
        if (lines.isEmpty())
            note(QStringLiteral("the bot has registered no commands"));
        for (const QString &entry : lines)
            print(QStringLiteral("  ") + entry);
    } else if (command == QLatin1String("slash")) {
        runSlash(words.mid(1));
    } else if (command == QLatin1String("click")) {
        click(words);
    } else if (command == QLatin1String("select")) {
        select(words);
    } else if (command == QLatin1String("show")) {
        if (const auto message = focusMessage())
            showMessage(QStringLiteral("(shown again)"), *message);
        else
            note(QStringLiteral("no bot message with buttons or selects yet"));
    } else if (command == QLatin1String("fill")) {
        fill(argument, restOfLine(trimmed, 2));
    } else if (command == QLatin1String("modal")) {
        if (!m_modal) {
            error(QStringLiteral("no modal is open"));
            return;
        }
        for (const QString &word : words.mid(1)) {
            const qsizetype equals = word.indexOf(u'=');
            if (equals <= 0) {
                error(QStringLiteral("write the fields as key=value (key: number, id or label)"));
                return;
            }
            fill(word.left(equals), word.mid(equals + 1));
        }
        if (words.size() == 1) {
            for (const QString &entry : renderModal(m_modal->form))
                print(QStringLiteral("  ") + entry);
        } else {
            submitModal();
        }
    } else if (command == QLatin1String("submit")) {
        submitModal();
    } else if (command == QLatin1String("cancel")) {
        m_modal.reset();
        note(QStringLiteral("modal closed"));
    } else if (command == QLatin1String("wait-for")) {
        const QString text = restOfLine(trimmed, 1);
        if (text.isEmpty())
            error(QStringLiteral("/wait-for TEXT: the text a bot message must contain"));
        else
            startWait(m_options.waitTimeoutSeconds * 1000, text);
    } else if (command == QLatin1String("wait")) {
        bool ok = false;
        const double seconds = argument.toDouble(&ok);
        startWait(int((ok && seconds > 0 ? seconds : m_options.waitTimeoutSeconds) * 1000));
    } else if (commandNames(registeredCommands()).contains(command)) {
        runSlash(words);
    } else {
        const QStringList names = commandNames(registeredCommands());
        error(QStringLiteral("unknown command %1; type help (%2)")
                  .arg(words.first(),
                       names.isEmpty() ? QStringLiteral("the bot has registered no slash commands")
                                       : QStringLiteral("bot commands: /")
                               + names.join(QStringLiteral(", /"))));
    }
}

void SandboxSession::sendMessage(const QString &text)
{
    if (text.isEmpty())
        return;
    const QJsonObject d = m_world.messageCreatePayload(m_user, m_channel, m_rest->nextId(), text);
    const qint64 seq = m_gateway->sendGuildDispatch(QStringLiteral("MESSAGE_CREATE"), d);
    if (seq < 0)
        error(QStringLiteral("the bot has no gateway session; the message was not delivered"));
    else if (m_options.verbose)
        note(QStringLiteral("sent MESSAGE_CREATE from %1 in #%2 (seq %3)")
                 .arg(m_user.name, m_channel.name)
                 .arg(seq));
    actionSent();
}

void SandboxSession::switchUser(const QString &name)
{
    const SandboxUser *user = m_world.findUser(name);
    if (!user) {
        error(QStringLiteral("no user \"%1\"; /users lists them").arg(name));
        return;
    }
    m_user = *user;
    note(QStringLiteral("you are now %1").arg(m_user.name));
}

void SandboxSession::switchChannel(const QString &name)
{
    const SandboxChannel *channel = m_world.findChannel(name);
    if (!channel) {
        error(QStringLiteral("no channel \"%1\"; /channels lists them").arg(name));
        return;
    }
    m_channel = *channel;
    note(QStringLiteral("you are now in #%1").arg(m_channel.name));
}

QJsonArray SandboxSession::registeredCommands() const
{
    QJsonArray commands = m_rest->commands();
    const QJsonArray guild = m_rest->commands(m_world.guildId);
    for (const QJsonValue &command : guild)
        commands.append(command);
    return commands;
}

void SandboxSession::runSlash(const QStringList &words)
{
    const auto data = buildSlashCommandData(registeredCommands(), words, m_world);
    if (!data) {
        error(data.error());
        return;
    }
    QStringList path {u'/' + data->value(QLatin1String("name")).toString()};
    QJsonArray options = data->value(QLatin1String("options")).toArray();
    while (!options.isEmpty()
           && options.first().toObject().value(QLatin1String("type")).toInt() <= 2) {
        path.append(options.first().toObject().value(QLatin1String("name")).toString());
        options = options.first().toObject().value(QLatin1String("options")).toArray();
    }
    dispatchInteraction(2, *data, m_channel.id, {}, path.join(u' '));
}

std::optional<QJsonObject> SandboxSession::focusMessage() const
{
    if (m_focusMessageId.isEmpty())
        return std::nullopt;
    return m_rest->message(m_focusMessageId);
}

void SandboxSession::click(const QStringList &words)
{
    const auto message = focusMessage();
    if (!message) {
        error(QStringLiteral("no bot message with buttons yet"));
        return;
    }
    const QList<ComponentRef> refs = interactiveComponents(*message);
    const int number = words.value(1).toInt();
    if (number < 1 || number > refs.size()) {
        error(QStringLiteral("/click N with N from 1 to %1").arg(refs.size()));
        return;
    }
    const ComponentRef &ref = refs.at(number - 1);
    if (ref.type != 2) {
        error(QStringLiteral("[%1] is a select menu; use /select %1 VALUE").arg(number));
        return;
    }
    if (ref.disabled) {
        error(QStringLiteral("button [%1] %2 is disabled").arg(number).arg(ref.label));
        return;
    }
    dispatchInteraction(3,
                        QJsonObject {{QStringLiteral("custom_id"), ref.customId},
                                     {QStringLiteral("component_type"), 2}},
                        message->value(QLatin1String("channel_id")).toString(), *message,
                        QStringLiteral("click [%1] %2").arg(number).arg(ref.label));
}

void SandboxSession::select(const QStringList &words)
{
    const auto message = focusMessage();
    if (!message) {
        error(QStringLiteral("no bot message with a select menu yet"));
        return;
    }
    const QList<ComponentRef> refs = interactiveComponents(*message);
    const int number = words.value(1).toInt();
    if (number < 1 || number > refs.size() || refs.at(number - 1).type == 2) {
        error(QStringLiteral("/select N VALUE.. where [N] is a select menu"));
        return;
    }
    const ComponentRef &ref = refs.at(number - 1);
    if (ref.disabled) {
        error(QStringLiteral("select [%1] is disabled").arg(number));
        return;
    }
    QJsonArray values;
    QJsonObject users;
    QJsonObject members;
    QJsonObject channels;
    for (const QString &word : words.mid(2)) {
        if (ref.type == 3) {
            QString found;
            const QJsonArray options = ref.json.value(QLatin1String("options")).toArray();
            for (const QJsonValue &option : options) {
                const QJsonObject entry = option.toObject();
                if (entry.value(QLatin1String("value")).toString() == word
                    || entry.value(QLatin1String("label"))
                            .toString()
                            .compare(word, Qt::CaseInsensitive)
                        == 0)
                    found = entry.value(QLatin1String("value")).toString();
            }
            if (found.isEmpty()) {
                error(QStringLiteral("select [%1] has no option \"%2\"").arg(number).arg(word));
                return;
            }
            values.append(found);
        } else if (ref.type == 8) {
            const SandboxChannel *channel = m_world.findChannel(word);
            if (!channel) {
                error(QStringLiteral("no channel \"%1\"").arg(word));
                return;
            }
            values.append(channel->id);
            channels.insert(channel->id, m_world.channelJson(*channel));
        } else if (ref.type == 6) {
            values.append(m_world.guildId);
        } else {
            const SandboxUser *user = m_world.findUser(word);
            if (!user) {
                error(QStringLiteral("no user \"%1\"").arg(word));
                return;
            }
            values.append(user->id);
            users.insert(user->id, m_world.userJson(*user));
            members.insert(user->id, m_world.memberJson(*user, false));
        }
    }
    const int min = ref.json.value(QLatin1String("min_values")).toInt(1);
    const int max = ref.json.value(QLatin1String("max_values")).toInt(1);
    if (values.size() < min || values.size() > max) {
        error(QStringLiteral("select [%1] takes %2 to %3 values").arg(number).arg(min).arg(max));
        return;
    }
    QJsonObject data {{QStringLiteral("custom_id"), ref.customId},
                      {QStringLiteral("component_type"), ref.type},
                      {QStringLiteral("values"), values}};
    QJsonObject resolved;
    if (!users.isEmpty()) {
        resolved.insert(QStringLiteral("users"), users);
        resolved.insert(QStringLiteral("members"), members);
    }
    if (!channels.isEmpty())
        resolved.insert(QStringLiteral("channels"), channels);
    if (!resolved.isEmpty())
        data.insert(QStringLiteral("resolved"), resolved);
    dispatchInteraction(3, data, message->value(QLatin1String("channel_id")).toString(), *message,
                        QStringLiteral("select [%1]").arg(number));
}

void SandboxSession::fill(const QString &key, const QString &value)
{
    if (!m_modal) {
        error(QStringLiteral("no modal is open"));
        return;
    }
    ModalField *field = m_modal->form.field(key);
    if (!field) {
        error(QStringLiteral("the modal has no field \"%1\"").arg(key));
        return;
    }
    if (field->componentType == 4)
        field->value = value;
    else
        field->values = value.split(u',', Qt::SkipEmptyParts);
}

void SandboxSession::submitModal()
{
    if (!m_modal) {
        error(QStringLiteral("no modal is open"));
        return;
    }
    QStringList missing;
    for (const ModalField &field : std::as_const(m_modal->form.fields)) {
        if (field.required && field.value.isEmpty() && field.values.isEmpty())
            missing.append(QStringLiteral("(%1) %2").arg(field.number).arg(field.label));
    }
    if (!missing.isEmpty()) {
        error(QStringLiteral("fill the required fields first: ")
              + missing.join(QStringLiteral(", ")));
        return;
    }
    const ModalState modal = *m_modal;
    m_modal.reset();
    QJsonObject source;
    if (!modal.sourceMessageId.isEmpty())
        source = m_rest->message(modal.sourceMessageId).value_or(QJsonObject());
    dispatchInteraction(5, modalSubmitData(modal.form), modal.channelId, source,
                        QStringLiteral("modal \"%1\"").arg(modal.form.title));
}

void SandboxSession::dispatchInteraction(int type, const QJsonObject &data,
                                         const QString &channelId, const QJsonObject &sourceMessage,
                                         const QString &label)
{
    const SandboxChannel *found = m_world.findChannel(channelId);
    const SandboxChannel channel = found ? *found : m_channel;
    const QString sourceId = sourceMessage.value(QLatin1String("id")).toString();
    const fakediscord::FakeInteraction created
        = m_rest->createInteraction(channel.id, type, sourceId, m_world.guildId);
    QJsonObject d = m_world.interactionPayload(created.id, created.token, type, m_user, channel);
    d.insert(QStringLiteral("data"), data);
    if (!sourceMessage.isEmpty())
        d.insert(QStringLiteral("message"), sourceMessage);
    SentInteraction sent;
    sent.id = created.id;
    sent.token = created.token;
    sent.type = type;
    sent.userId = m_user.id;
    sent.channelId = channel.id;
    sent.sourceMessageId = sourceId;
    sent.label = label;
    m_interactions.insert(sent.id, sent);
    m_interactionIdByToken.insert(sent.token, sent.id);
    const qint64 seq = m_gateway->sendGuildDispatch(QStringLiteral("INTERACTION_CREATE"), d);
    if (seq < 0) {
        m_interactions[sent.id].completed = true;
        error(QStringLiteral("the bot has no gateway session; %1 was not delivered").arg(label));
    } else if (m_options.verbose)
        note(QStringLiteral("sent INTERACTION_CREATE type %1 for %2 (seq %3)")
                 .arg(type)
                 .arg(label)
                 .arg(seq));
    actionSent();
}

} // namespace ballsdex::sandbox

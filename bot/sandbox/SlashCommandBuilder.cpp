// SPDX-License-Identifier: MIT
#include "SlashCommandBuilder.h"

#include "CommandTokenizer.h"

namespace ballsdex::sandbox {

namespace {

enum OptionType {
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
};

QString typeName(int type)
{
    switch (type) {
    case String:
        return QStringLiteral("string");
    case Integer:
        return QStringLiteral("integer");
    case Boolean:
        return QStringLiteral("boolean");
    case User:
        return QStringLiteral("user");
    case Channel:
        return QStringLiteral("channel");
    case Role:
        return QStringLiteral("role");
    case Mentionable:
        return QStringLiteral("mentionable");
    case Number:
        return QStringLiteral("number");
    case Attachment:
        return QStringLiteral("attachment");
    default:
        return QStringLiteral("?");
    }
}

QString name(const QJsonObject &object)
{
    return object.value(QLatin1String("name")).toString();
}

QJsonArray options(const QJsonObject &object)
{
    return object.value(QLatin1String("options")).toArray();
}

bool hasSubcommands(const QJsonObject &node)
{
    const QJsonArray children = options(node);
    for (const QJsonValue &child : children) {
        const int type = child.toObject().value(QLatin1String("type")).toInt();
        if (type == SubCommand || type == SubCommandGroup)
            return true;
    }
    return false;
}

QStringList childNames(const QJsonObject &node)
{
    QStringList names;
    const QJsonArray children = options(node);
    for (const QJsonValue &child : children)
        names.append(name(child.toObject()));
    return names;
}

struct Resolved
{
    QJsonObject users;
    QJsonObject members;
    QJsonObject channels;
    QJsonObject roles;
};

Result<QJsonValue, QString> matchChoice(const QJsonObject &option, const QString &text)
{
    const QJsonArray choices = option.value(QLatin1String("choices")).toArray();
    QStringList shown;
    for (const QJsonValue &entry : choices) {
        const QJsonObject choice = entry.toObject();
        const QJsonValue value = choice.value(QLatin1String("value"));
        const QString valueText
            = value.isString() ? value.toString() : QString::number(value.toDouble());
        if (valueText == text || name(choice).compare(text, Qt::CaseInsensitive) == 0)
            return value;
        shown.append(name(choice));
    }
    return fail(QStringLiteral("%1: \"%2\" is not one of the choices: %3")
                    .arg(name(option), text, shown.join(QStringLiteral(", "))));
}

Result<QJsonValue, QString> convert(const QJsonObject &option, const QString &text,
                                    const SandboxWorld &world, Resolved &resolved)
{
    const int type = option.value(QLatin1String("type")).toInt();
    const QString key = name(option);
    if (option.contains(QLatin1String("choices"))
        && !option.value(QLatin1String("autocomplete")).toBool())
        return matchChoice(option, text);
    switch (type) {
    case String: {
        const qsizetype length = text.size();
        if (option.contains(QLatin1String("min_length"))
            && length < option.value(QLatin1String("min_length")).toInt())
            return fail(QStringLiteral("%1: at least %2 characters")
                            .arg(key)
                            .arg(option.value(QLatin1String("min_length")).toInt()));
        if (option.contains(QLatin1String("max_length"))
            && length > option.value(QLatin1String("max_length")).toInt())
            return fail(QStringLiteral("%1: at most %2 characters")
                            .arg(key)
                            .arg(option.value(QLatin1String("max_length")).toInt()));
        return QJsonValue(text);
    }
    case Integer:
    case Number: {
        bool ok = false;
        const double value = type == Integer ? double(text.toLongLong(&ok)) : text.toDouble(&ok);
        if (!ok)
            return fail(
                QStringLiteral("%1: \"%2\" is not a valid %3").arg(key, text, typeName(type)));
        if (option.contains(QLatin1String("min_value"))
            && value < option.value(QLatin1String("min_value")).toDouble())
            return fail(QStringLiteral("%1: must be at least %2")
                            .arg(key)
                            .arg(option.value(QLatin1String("min_value")).toDouble()));
        if (option.contains(QLatin1String("max_value"))
            && value > option.value(QLatin1String("max_value")).toDouble())
            return fail(QStringLiteral("%1: must be at most %2")
                            .arg(key)
                            .arg(option.value(QLatin1String("max_value")).toDouble()));
        if (type == Integer)
            return QJsonValue(text.toLongLong());
        return QJsonValue(value);
    }
    case Boolean: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes")
            || lower == QLatin1String("on") || lower == QLatin1String("1"))
            return QJsonValue(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("no")
            || lower == QLatin1String("off") || lower == QLatin1String("0"))
            return QJsonValue(false);
        return fail(QStringLiteral("%1: \"%2\" is not true or false").arg(key, text));
    }
    case User:
    case Mentionable: {
        const SandboxUser *user = world.findUser(text);
        if (!user) {
            QStringList names;
            for (const SandboxUser &known : world.users)
                names.append(known.name);
            return fail(QStringLiteral("%1: no user \"%2\" (users: %3)")
                            .arg(key, text, names.join(QStringLiteral(", "))));
        }
        resolved.users.insert(user->id, world.userJson(*user));
        resolved.members.insert(user->id, world.memberJson(*user, false));
        return QJsonValue(user->id);
    }
    case Channel: {
        const SandboxChannel *channel = world.findChannel(text);
        if (!channel)
            return fail(QStringLiteral("%1: no channel \"%2\"").arg(key, text));
        QJsonObject object = world.channelJson(*channel);
        object.insert(QStringLiteral("permissions"), world.permissionsOf(world.users.first()));
        resolved.channels.insert(channel->id, object);
        return QJsonValue(channel->id);
    }
    case Role: {
        if (text != QLatin1String("everyone") && text != QLatin1String("@everyone")
            && text != world.guildId)
            return fail(QStringLiteral("%1: the sandbox has only the @everyone role").arg(key));
        resolved.roles.insert(world.guildId,
                              world.guildJson().value(QLatin1String("roles")).toArray().first());
        return QJsonValue(world.guildId);
    }
    default:
        return fail(QStringLiteral("%1: %2 options are not supported in the sandbox")
                        .arg(key, typeName(type)));
    }
}

QString describeParameter(const QJsonObject &option)
{
    QString text = name(option) + QStringLiteral(":<")
        + typeName(option.value(QLatin1String("type")).toInt()) + u'>';
    return option.value(QLatin1String("required")).toBool() ? text : u'[' + text + u']';
}

void describeNode(const QJsonObject &node, const QString &prefix, QStringList &lines)
{
    const QString path = prefix + name(node);
    if (hasSubcommands(node)) {
        const QJsonArray children = options(node);
        for (const QJsonValue &child : children)
            describeNode(child.toObject(), path + u' ', lines);
        return;
    }
    QStringList parts {path};
    const QJsonArray parameters = options(node);
    for (const QJsonValue &parameter : parameters)
        parts.append(describeParameter(parameter.toObject()));
    QString line = parts.join(u' ');
    const QString description = node.value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        line += QStringLiteral("  — ") + description;
    lines.append(line);
}

} // namespace

QStringList commandNames(const QJsonArray &commands)
{
    QStringList names;
    for (const QJsonValue &entry : commands) {
        const QJsonObject command = entry.toObject();
        if (command.value(QLatin1String("type")).toInt(1) == 1)
            names.append(name(command));
    }
    names.sort();
    return names;
}

QStringList describeCommands(const QJsonArray &commands)
{
    QStringList lines;
    for (const QJsonValue &entry : commands) {
        const QJsonObject command = entry.toObject();
        if (command.value(QLatin1String("type")).toInt(1) == 1)
            describeNode(command, QStringLiteral("/"), lines);
    }
    lines.sort();
    return lines;
}

Result<QJsonObject, QString> buildSlashCommandData(const QJsonArray &commands,
                                                   const QStringList &words,
                                                   const SandboxWorld &world)
{
    const QStringList known = commandNames(commands);
    const QString listing = known.isEmpty()
        ? QStringLiteral("the bot has registered no commands")
        : QStringLiteral("registered commands: /") + known.join(QStringLiteral(", /"));
    if (words.isEmpty())
        return fail(QStringLiteral("which command? ") + listing);
    QString commandName = words.first();
    if (commandName.startsWith(u'/'))
        commandName.remove(0, 1);
    QJsonObject command;
    for (const QJsonValue &entry : commands) {
        const QJsonObject candidate = entry.toObject();
        if (candidate.value(QLatin1String("type")).toInt(1) == 1
            && name(candidate).compare(commandName, Qt::CaseInsensitive) == 0)
            command = candidate;
    }
    if (command.isEmpty())
        return fail(QStringLiteral("unknown command /%1; %2").arg(commandName, listing));

    // Walk down the subcommand groups and subcommands named by the next words.
    QList<QJsonObject> chain {command};
    qsizetype next = 1;
    while (hasSubcommands(chain.last())) {
        const QStringList names = childNames(chain.last());
        QStringList pathWords;
        for (const QJsonObject &node : std::as_const(chain))
            pathWords.append(name(node));
        const QString path = u'/' + pathWords.join(u' ');
        if (next >= words.size())
            return fail(
                QStringLiteral("%1 needs one of: %2").arg(path, names.join(QStringLiteral(", "))));
        QJsonObject found;
        const QJsonArray children = options(chain.last());
        for (const QJsonValue &child : children) {
            if (name(child.toObject()).compare(words.at(next), Qt::CaseInsensitive) == 0)
                found = child.toObject();
        }
        if (found.isEmpty())
            return fail(QStringLiteral("%1 has no \"%2\"; choose one of: %3")
                            .arg(path, words.at(next), names.join(QStringLiteral(", "))));
        chain.append(found);
        ++next;
    }

    const QJsonArray parameters = options(chain.last());
    QHash<QString, QString> given;
    QStringList order;
    for (const QJsonValue &parameter : parameters)
        order.append(name(parameter.toObject()));
    for (; next < words.size(); ++next) {
        const auto [key, value] = splitKeyValue(words.at(next));
        if (!key.isEmpty() && order.contains(key)) {
            given.insert(key, value);
            continue;
        }
        QString slot;
        for (const QString &candidate : std::as_const(order)) {
            if (!given.contains(candidate)) {
                slot = candidate;
                break;
            }
        }
        if (slot.isEmpty())
            return fail(QStringLiteral("too many values (\"%1\"); parameters: %2")
                            .arg(words.at(next),
                                 order.isEmpty() ? QStringLiteral("none")
                                                 : order.join(QStringLiteral(", "))));
        given.insert(slot, words.at(next));
    }

    Resolved resolved;
    QJsonArray leaves;
    QStringList missing;
    for (const QJsonValue &entry : parameters) {
        const QJsonObject parameter = entry.toObject();
        const QString key = name(parameter);
        if (!given.contains(key)) {
            if (parameter.value(QLatin1String("required")).toBool())
                missing.append(describeParameter(parameter));
            continue;
        }
        auto value = convert(parameter, given.value(key), world, resolved);
        if (!value)
            return fail(value.error());
        leaves.append(QJsonObject {{QStringLiteral("name"), key},
                                   {QStringLiteral("type"), parameter.value(QLatin1String("type"))},
                                   {QStringLiteral("value"), *value}});
    }
    if (!missing.isEmpty())
        return fail(QStringLiteral("missing required parameter(s): ") + missing.join(u' '));

    QJsonArray nested = leaves;
    for (qsizetype i = chain.size() - 1; i >= 1; --i) {
        nested = QJsonArray {
            QJsonObject {{QStringLiteral("name"), name(chain.at(i))},
                         {QStringLiteral("type"), chain.at(i).value(QLatin1String("type"))},
                         {QStringLiteral("options"), nested}}};
    }
    QJsonObject data {{QStringLiteral("id"), command.value(QLatin1String("id"))},
                      {QStringLiteral("name"), name(command)},
                      {QStringLiteral("type"), 1}};
    if (!nested.isEmpty())
        data.insert(QStringLiteral("options"), nested);
    if (command.contains(QLatin1String("guild_id")))
        data.insert(QStringLiteral("guild_id"), command.value(QLatin1String("guild_id")));
    QJsonObject resolvedObject;
    if (!resolved.users.isEmpty()) {
        resolvedObject.insert(QStringLiteral("users"), resolved.users);
        resolvedObject.insert(QStringLiteral("members"), resolved.members);
    }
    if (!resolved.channels.isEmpty())
        resolvedObject.insert(QStringLiteral("channels"), resolved.channels);
    if (!resolved.roles.isEmpty())
        resolvedObject.insert(QStringLiteral("roles"), resolved.roles);
    if (!resolvedObject.isEmpty())
        data.insert(QStringLiteral("resolved"), resolvedObject);
    return data;
}

} // namespace ballsdex::sandbox

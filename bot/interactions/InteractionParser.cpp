// SPDX-License-Identifier: MIT
#include "InteractionParser.h"

#include "OptionParser.h"

#include <QJsonArray>

namespace ballsdex::interactions {

namespace {

User parseUser(const QJsonObject &object)
{
    User user;
    user.id = snowflakeFromJson(object.value(QLatin1String("id"))).value_or(0);
    user.username = object.value(QLatin1String("username")).toString();
    user.globalName = object.value(QLatin1String("global_name")).toString();
    user.avatar = object.value(QLatin1String("avatar")).toString();
    user.bot = object.value(QLatin1String("bot")).toBool();
    return user;
}

Member parseMember(const QJsonObject &object)
{
    Member member;
    const QJsonValue nick = object.value(QLatin1String("nick"));
    if (nick.isString()) {
        member.nick = nick.toString();
    }
    const QJsonArray roles = object.value(QLatin1String("roles")).toArray();
    for (const QJsonValue &role : roles) {
        if (const auto id = snowflakeFromJson(role)) {
            member.roles.append(*id);
        }
    }
    member.permissions = parsePermissions(object.value(QLatin1String("permissions")));
    return member;
}

template<typename T, typename Parse>
QHash<Snowflake, T> parseMap(const QJsonValue &value, Parse parse)
{
    QHash<Snowflake, T> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto id = snowflakeFromJson(QJsonValue(it.key()));
        if (id && it.value().isObject()) {
            map.insert(*id, parse(*id, it.value().toObject()));
        }
    }
    return map;
}

std::optional<OptionError> parseModalFields(const QJsonArray &components, QList<ModalField> &out)
{
    const auto readField = [&out](const QJsonObject &component) -> bool {
        const QString customId = component.value(QLatin1String("custom_id")).toString();
        if (customId.isEmpty()) {
            return false;
        }
        ModalField field;
        field.customId = customId;
        field.componentType = component.value(QLatin1String("type")).toInt(4);
        field.value = component.value(QLatin1String("value")).toString();
        const QJsonArray values = component.value(QLatin1String("values")).toArray();
        for (const QJsonValue &value : values) {
            field.values.append(value.toString());
        }
        out.append(field);
        return true;
    };
    for (const QJsonValue &entry : components) {
        const QJsonObject object = entry.toObject();
        const int type = object.value(QLatin1String("type")).toInt(-1);
        if (type == 18) {
            const QJsonValue inner = object.value(QLatin1String("component"));
            if (!inner.isObject() || !readField(inner.toObject())) {
                return OptionError {
                    OptionError::Kind::Malformed, {}, QStringLiteral("label without an input")};
            }
        } else if (type == 1) {
            const QJsonArray row = object.value(QLatin1String("components")).toArray();
            for (const QJsonValue &inner : row) {
                if (!readField(inner.toObject())) {
                    return OptionError {OptionError::Kind::Malformed,
                                        {},
                                        QStringLiteral("action row input without custom_id")};
                }
            }
        } else if (type != 10) { // text displays carry no value
            return OptionError {OptionError::Kind::Malformed,
                                {},
                                QStringLiteral("unexpected modal component type %1").arg(type)};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<quint64> parsePermissions(const QJsonValue &value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 40) {
        return std::nullopt;
    }
    quint64 bits = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
        bits = bits * 10 + static_cast<quint64>(c.unicode() - u'0'); // wraps: keeps low 64 bits
    }
    return bits;
}

ResolvedData parseResolved(const QJsonObject &resolved)
{
    ResolvedData data;
    data.users = parseMap<User>(resolved.value(QLatin1String("users")),
                                [](Snowflake id, const QJsonObject &object) {
                                    User user = parseUser(object);
                                    user.id = id;
                                    return user;
                                });
    data.members = parseMap<Member>(
        resolved.value(QLatin1String("members")),
        [](Snowflake, const QJsonObject &object) { return parseMember(object); });
    data.roles = parseMap<Role>(
        resolved.value(QLatin1String("roles")), [](Snowflake id, const QJsonObject &object) {
            return Role {id, object.value(QLatin1String("name")).toString(),
                         parsePermissions(object.value(QLatin1String("permissions"))).value_or(0),
                         object.value(QLatin1String("position")).toInt()};
        });
    data.channels = parseMap<Channel>(
        resolved.value(QLatin1String("channels")), [](Snowflake id, const QJsonObject &object) {
            return Channel {id, object.value(QLatin1String("name")).toString(),
                            object.value(QLatin1String("type")).toInt(),
                            parsePermissions(object.value(QLatin1String("permissions"))),
                            snowflakeFromJson(object.value(QLatin1String("parent_id")))};
        });
    data.attachments = parseMap<Attachment>(
        resolved.value(QLatin1String("attachments")), [](Snowflake id, const QJsonObject &object) {
            return Attachment {id,
                               object.value(QLatin1String("filename")).toString(),
                               object.value(QLatin1String("content_type")).toString(),
                               static_cast<qint64>(object.value(QLatin1String("size")).toDouble()),
                               object.value(QLatin1String("url")).toString(),
                               object.value(QLatin1String("proxy_url")).toString()};
        });
    data.messages
        = parseMap<QJsonObject>(resolved.value(QLatin1String("messages")),
                                [](Snowflake, const QJsonObject &object) { return object; });
    return data;
}

Result<Interaction, InteractionParseError> parseInteraction(const QJsonObject &json)
{
    Interaction interaction;
    const auto id = snowflakeFromJson(json.value(QLatin1String("id")));
    const auto applicationId = snowflakeFromJson(json.value(QLatin1String("application_id")));
    const QJsonValue typeValue = json.value(QLatin1String("type"));
    const int type = typeValue.isDouble() ? typeValue.toInt(-1) : -1;
    interaction.token = json.value(QLatin1String("token")).toString();
    if (!id || !applicationId || interaction.token.isEmpty()) {
        return fail(InteractionParseError {QStringLiteral("missing id, application_id or token")});
    }
    if (type < 1 || type > 5) {
        return fail(
            InteractionParseError {QStringLiteral("unknown interaction type %1").arg(type)});
    }
    interaction.id = *id;
    interaction.applicationId = *applicationId;
    interaction.type = static_cast<InteractionType>(type);
    interaction.guildId = snowflakeFromJson(json.value(QLatin1String("guild_id")));
    interaction.channelId = snowflakeFromJson(json.value(QLatin1String("channel_id")));
    if (!interaction.channelId) {
        interaction.channelId = snowflakeFromJson(
            json.value(QLatin1String("channel")).toObject().value(QLatin1String("id")));
    }
    const QJsonValue member = json.value(QLatin1String("member"));
    if (member.isObject()) {
        interaction.member = parseMember(member.toObject());
        interaction.memberPermissions = interaction.member->permissions;
        interaction.user = parseUser(member.toObject().value(QLatin1String("user")).toObject());
    } else {
        interaction.user = parseUser(json.value(QLatin1String("user")).toObject());
    }
    if (interaction.type != InteractionType::Ping && interaction.user.id == 0) {
        return fail(InteractionParseError {QStringLiteral("no invoking user")});
    }
    interaction.appPermissions = parsePermissions(json.value(QLatin1String("app_permissions")));
    interaction.locale = json.value(QLatin1String("locale")).toString();
    interaction.guildLocale = json.value(QLatin1String("guild_locale")).toString();
    if (json.value(QLatin1String("context")).isDouble()) {
        interaction.context = json.value(QLatin1String("context")).toInt();
    }
    const QJsonValue message = json.value(QLatin1String("message"));
    if (message.isObject()) {
        interaction.message = message.toObject();
        interaction.messageId = snowflakeFromJson(interaction.message.value(QLatin1String("id")));
    }

    const QJsonValue dataValue = json.value(QLatin1String("data"));
    if (interaction.type == InteractionType::Ping) {
        return interaction;
    }
    if (!dataValue.isObject()) {
        interaction.dataError
            = OptionError {OptionError::Kind::Malformed, {}, QStringLiteral("data is missing")};
        return interaction;
    }
    const QJsonObject data = dataValue.toObject();
    interaction.resolved = parseResolved(data.value(QLatin1String("resolved")).toObject());

    switch (interaction.type) {
    case InteractionType::ApplicationCommand:
    case InteractionType::Autocomplete: {
        interaction.commandId = snowflakeFromJson(data.value(QLatin1String("id"))).value_or(0);
        interaction.commandType = data.value(QLatin1String("type")).toInt(1);
        interaction.commandGuildId = snowflakeFromJson(data.value(QLatin1String("guild_id")));
        interaction.targetId = snowflakeFromJson(data.value(QLatin1String("target_id")));
        auto options = parseOptions(data,
                                    interaction.type == InteractionType::Autocomplete
                                        ? OptionParseMode::Autocomplete
                                        : OptionParseMode::Invocation);
        if (options) {
            interaction.options = std::move(*options);
        } else {
            interaction.dataError = options.error();
            interaction.options.path = QStringList {data.value(QLatin1String("name")).toString()};
        }
        break;
    }
    case InteractionType::MessageComponent: {
        interaction.customId = data.value(QLatin1String("custom_id")).toString();
        interaction.componentType = data.value(QLatin1String("component_type")).toInt();
        const QJsonValue values = data.value(QLatin1String("values"));
        for (const QJsonValue &value : values.toArray()) {
            interaction.values.append(value.toString());
        }
        if (interaction.customId.isEmpty() || (!values.isUndefined() && !values.isArray())) {
            interaction.dataError
                = OptionError {OptionError::Kind::Malformed,
                               {},
                               QStringLiteral("component data without custom_id")};
        }
        break;
    }
    case InteractionType::ModalSubmit: {
        interaction.customId = data.value(QLatin1String("custom_id")).toString();
        if (interaction.customId.isEmpty()) {
            interaction.dataError = OptionError {
                OptionError::Kind::Malformed, {}, QStringLiteral("modal data without custom_id")};
            break;
        }
        interaction.dataError = parseModalFields(data.value(QLatin1String("components")).toArray(),
                                                 interaction.fields);
        break;
    }
    case InteractionType::Ping:
        break;
    }
    return interaction;
}

} // namespace ballsdex::interactions

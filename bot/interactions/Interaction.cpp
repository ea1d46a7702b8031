// SPDX-License-Identifier: MIT
#include "Interaction.h"

namespace ballsdex::interactions {

quint64 permission::missing(quint64 required, quint64 granted)
{
    if ((granted & Administrator) != 0)
        return 0;
    return required & ~granted;
}

QStringList permission::names(quint64 bits)
{
    static const char *const known[] = {
        "Create Instant Invite", "Kick Members",     "Ban Members",         "Administrator",
        "Manage Channels",       "Manage Server",    "Add Reactions",       "View Audit Log",
        "Priority Speaker",      "Stream",           "View Channel",        "Send Messages",
        "Send TTS Messages",     "Manage Messages",  "Embed Links",         "Attach Files",
        "Read Message History",  "Mention Everyone", "Use External Emojis", "View Server Insights",
    };
    QStringList result;
    for (int bit = 0; bit < 64; ++bit) {
        if ((bits & (1ULL << bit)) == 0)
            continue;
        result.append(bit < int(std::size(known)) ? QString::fromLatin1(known[bit])
                                                  : QStringLiteral("permission bit %1").arg(bit));
    }
    return result;
}

bool isEntityOption(OptionType type)
{
    switch (type) {
    case OptionType::User:
    case OptionType::Channel:
    case OptionType::Role:
    case OptionType::Mentionable:
    case OptionType::Attachment:
        return true;
    default:
        return false;
    }
}

QString optionTypeName(OptionType type)
{
    switch (type) {
    case OptionType::SubCommand:
        return QStringLiteral("subcommand");
    case OptionType::SubCommandGroup:
        return QStringLiteral("subcommand group");
    case OptionType::String:
        return QStringLiteral("string");
    case OptionType::Integer:
        return QStringLiteral("integer");
    case OptionType::Boolean:
        return QStringLiteral("boolean");
    case OptionType::User:
        return QStringLiteral("user");
    case OptionType::Channel:
        return QStringLiteral("channel");
    case OptionType::Role:
        return QStringLiteral("role");
    case OptionType::Mentionable:
        return QStringLiteral("mentionable");
    case OptionType::Number:
        return QStringLiteral("number");
    case OptionType::Attachment:
        return QStringLiteral("attachment");
    }
    return QStringLiteral("unknown");
}

const OptionValue *ParsedOptions::find(const QString &name) const
{
    for (const OptionValue &option : options) {
        if (option.name == name) {
            return &option;
        }
    }
    return nullptr;
}

std::optional<QString> ParsedOptions::string(const QString &name) const
{
    const OptionValue *option = find(name);
    if (option && std::holds_alternative<QString>(option->value)) {
        return std::get<QString>(option->value);
    }
    return std::nullopt;
}

std::optional<qint64> ParsedOptions::integer(const QString &name) const
{
    const OptionValue *option = find(name);
    if (option && option->type == OptionType::Integer
        && std::holds_alternative<qint64>(option->value)) {
        return std::get<qint64>(option->value);
    }
    return std::nullopt;
}

std::optional<double> ParsedOptions::number(const QString &name) const
{
    const OptionValue *option = find(name);
    if (!option) {
        return std::nullopt;
    }
    if (std::holds_alternative<double>(option->value)) {
        return std::get<double>(option->value);
    }
    if (option->type != OptionType::Number && option->type != OptionType::Integer) {
        return std::nullopt;
    }
    if (std::holds_alternative<qint64>(option->value)) {
        return static_cast<double>(std::get<qint64>(option->value));
    }
    return std::nullopt;
}

std::optional<bool> ParsedOptions::boolean(const QString &name) const
{
    const OptionValue *option = find(name);
    if (option && std::holds_alternative<bool>(option->value)) {
        return std::get<bool>(option->value);
    }
    return std::nullopt;
}

std::optional<Snowflake> ParsedOptions::id(const QString &name) const
{
    const OptionValue *option = find(name);
    if (option && isEntityOption(option->type) && std::holds_alternative<qint64>(option->value)) {
        return std::get<qint64>(option->value);
    }
    return std::nullopt;
}

QString OptionError::toString() const
{
    static const char *const names[]
        = {"malformed",    "unknown type",   "type mismatch", "bad snowflake",
           "out of range", "duplicate name", "bad nesting"};
    QString text = QString::fromLatin1(names[static_cast<int>(kind)]);
    if (!option.isEmpty()) {
        text += QStringLiteral(" at '") + option + QLatin1Char('\'');
    }
    if (!detail.isEmpty()) {
        text += QStringLiteral(": ") + detail;
    }
    return text;
}

QDateTime snowflakeTime(Snowflake id)
{
    constexpr qint64 discordEpochMs = 1420070400000LL;
    return QDateTime::fromMSecsSinceEpoch((static_cast<quint64>(id) >> 22) + discordEpochMs,
                                          Qt::UTC);
}

QDateTime Interaction::createdAt() const
{
    return snowflakeTime(id);
}

std::optional<User> Interaction::userOption(const QString &name) const
{
    const auto id = options.id(name);
    if (id && resolved.users.contains(*id)) {
        return resolved.users.value(*id);
    }
    return std::nullopt;
}

std::optional<Member> Interaction::memberOption(const QString &name) const
{
    const auto id = options.id(name);
    if (id && resolved.members.contains(*id)) {
        return resolved.members.value(*id);
    }
    return std::nullopt;
}

std::optional<Channel> Interaction::channelOption(const QString &name) const
{
    const auto id = options.id(name);
    if (id && resolved.channels.contains(*id)) {
        return resolved.channels.value(*id);
    }
    return std::nullopt;
}

std::optional<Role> Interaction::roleOption(const QString &name) const
{
    const auto id = options.id(name);
    if (id && resolved.roles.contains(*id)) {
        return resolved.roles.value(*id);
    }
    return std::nullopt;
}

std::optional<Attachment> Interaction::attachmentOption(const QString &name) const
{
    const auto id = options.id(name);
    if (id && resolved.attachments.contains(*id)) {
        return resolved.attachments.value(*id);
    }
    return std::nullopt;
}

const ModalField *Interaction::field(const QString &fieldCustomId) const
{
    for (const ModalField &entry : fields) {
        if (entry.customId == fieldCustomId) {
            return &entry;
        }
    }
    return nullptr;
}

QString Interaction::fieldValue(const QString &fieldCustomId) const
{
    const ModalField *entry = field(fieldCustomId);
    return entry ? entry->value : QString();
}

} // namespace ballsdex::interactions

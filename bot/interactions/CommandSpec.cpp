// SPDX-License-Identifier: MIT
#include "CommandSpec.h"

#include <QJsonArray>
#include <QSet>

namespace ballsdex::interactions {

namespace {

using ErrorKind = CommandSpecError::Kind;

constexpr int maxCommandSize = 8000;

QJsonObject localizationsJson(const Localizations &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values) {
        array.append(value);
    }
    return array;
}

int longest(const QString &text, const Localizations &localizations)
{
    qsizetype size = text.size();
    for (const QString &variant : localizations) {
        size = std::max(size, variant.size());
    }
    return static_cast<int>(size);
}

} // namespace

CommandSpec::CommandSpec(Kind kind, QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
    , m_kind(kind)
{
}

CommandSpec CommandSpec::command(QString name, QString description)
{
    return CommandSpec(Kind::Command, std::move(name), std::move(description));
}

CommandSpec CommandSpec::group(QString name, QString description)
{
    return CommandSpec(Kind::Group, std::move(name), std::move(description));
}

CommandSpec CommandSpec::subcommand(QString name, QString description)
{
    return CommandSpec(Kind::SubCommand, std::move(name), std::move(description));
}

CommandSpec &CommandSpec::option(OptionSpec option)
{
    m_options.append(std::move(option));
    return *this;
}

CommandSpec &CommandSpec::add(CommandSpec child)
{
    m_children.push_back(std::move(child));
    return *this;
}

CommandSpec &CommandSpec::localize(const QString &locale, QString name, QString description)
{
    if (!name.isEmpty()) {
        m_nameLocalizations.insert(locale, std::move(name));
    }
    if (!description.isEmpty()) {
        m_descriptionLocalizations.insert(locale, std::move(description));
    }
    return *this;
}

CommandSpec &CommandSpec::scope(CommandScope scope)
{
    m_scope = scope;
    m_topLevelSettingsUsed = true;
    return *this;
}

CommandSpec &CommandSpec::defaultMemberPermissions(quint64 bits)
{
    m_defaultPermissions = bits;
    m_topLevelSettingsUsed = true;
    return *this;
}

CommandSpec &CommandSpec::requireBotPermissions(quint64 bits)
{
    m_botPermissions |= bits;
    return *this;
}

CommandSpec &CommandSpec::requireUserPermissions(quint64 bits)
{
    m_userPermissions |= bits;
    return *this;
}

CommandSpec &CommandSpec::guildOnly()
{
    m_contexts = {0};
    m_integrationTypes = {0};
    m_topLevelSettingsUsed = true;
    return *this;
}

CommandSpec &CommandSpec::contexts(QList<int> contexts)
{
    m_contexts = std::move(contexts);
    m_topLevelSettingsUsed = true;
    return *this;
}

CommandSpec &CommandSpec::integrationTypes(QList<int> types)
{
    m_integrationTypes = std::move(types);
    m_topLevelSettingsUsed = true;
    return *this;
}

CommandSpec &CommandSpec::nsfw(bool value)
{
    m_nsfw = value;
    m_topLevelSettingsUsed = true;
    return *this;
}

CommandSpec &CommandSpec::handler(CommandHandler handler)
{
    m_handler = std::move(handler);
    return *this;
}

CommandSpec &CommandSpec::cooldown(std::chrono::milliseconds window)
{
    m_cooldown = window;
    return *this;
}

CommandSpec &CommandSpec::ephemeral(bool value)
{
    m_ephemeral = value;
    return *this;
}

CommandSpec &CommandSpec::deferImmediately(bool value)
{
    m_deferImmediately = value;
    return *this;
}

const OptionSpec *CommandSpec::findOption(const QString &name) const
{
    for (const OptionSpec &option : m_options) {
        if (option.name() == name) {
            return &option;
        }
    }
    return nullptr;
}

const CommandSpec *CommandSpec::find(const QStringList &path) const
{
    const CommandSpec *node = this;
    for (const QString &segment : path) {
        const auto &children = node->m_children;
        const auto it
            = std::find_if(children.begin(), children.end(),
                           [&segment](const CommandSpec &c) { return c.m_name == segment; });
        if (it == children.end()) {
            return nullptr;
        }
        node = &*it;
    }
    return node;
}

QJsonObject CommandSpec::toJson(CommandScope target) const
{
    QJsonObject json {{QStringLiteral("name"), m_name},
                      {QStringLiteral("description"), m_description}};
    switch (m_kind) {
    case Kind::Command:
        json.insert(QStringLiteral("type"), 1);
        if (m_defaultPermissions) {
            json.insert(QStringLiteral("default_member_permissions"),
                        QString::number(*m_defaultPermissions));
        }
        if (m_nsfw) {
            json.insert(QStringLiteral("nsfw"), true);
        }
        if (target == CommandScope::Global) {
            if (!m_contexts.isEmpty()) {
                json.insert(QStringLiteral("contexts"), intArray(m_contexts));
            }
            if (!m_integrationTypes.isEmpty()) {
                json.insert(QStringLiteral("integration_types"), intArray(m_integrationTypes));
            }
        }
        break;
    case Kind::Group:
        json.insert(QStringLiteral("type"), static_cast<int>(OptionType::SubCommandGroup));
        break;
    case Kind::SubCommand:
        json.insert(QStringLiteral("type"), static_cast<int>(OptionType::SubCommand));
        break;
    }
    if (!m_nameLocalizations.isEmpty()) {
        json.insert(QStringLiteral("name_localizations"), localizationsJson(m_nameLocalizations));
    }
    if (!m_descriptionLocalizations.isEmpty()) {
        json.insert(QStringLiteral("description_localizations"),
                    localizationsJson(m_descriptionLocalizations));
    }
    QJsonArray options;
    for (const CommandSpec &child : m_children) {
        options.append(child.toJson(target));
    }
    for (const OptionSpec &option : m_options) {
        options.append(option.toJson());
    }
    if (!options.isEmpty()) {
        json.insert(QStringLiteral("options"), options);
    }
    return json;
}

std::optional<CommandSpecError> CommandSpec::validate() const
{
    if (m_kind != Kind::Command) {
        return CommandSpecError {ErrorKind::BadNesting, m_name,
                                 QStringLiteral("only top-level commands can be registered")};
    }
    if (auto error = validateNode({})) {
        return error;
    }
    if (const int total = size(); total > maxCommandSize) {
        return CommandSpecError {
            ErrorKind::TooLarge, m_name,
            QStringLiteral("%1 characters (limit %2)").arg(total).arg(maxCommandSize)};
    }
    return std::nullopt;
}

std::optional<CommandSpecError> CommandSpec::validateNode(const QString &parentPath) const
{
    const QString path = parentPath.isEmpty() ? m_name : parentPath + QLatin1Char(' ') + m_name;
    if (!isValidCommandName(m_name)) {
        return CommandSpecError {ErrorKind::BadName, path,
                                 QStringLiteral("invalid name '%1'").arg(m_name)};
    }
    if (m_description.isEmpty() || m_description.size() > 100) {
        return CommandSpecError {ErrorKind::BadDescription, path,
                                 QStringLiteral("description must be 1-100 characters")};
    }
    for (const QString &name : m_nameLocalizations) {
        if (!isValidCommandName(name)) {
            return CommandSpecError {ErrorKind::BadLocalization, path,
                                     QStringLiteral("invalid localized name '%1'").arg(name)};
        }
    }
    for (const QString &description : m_descriptionLocalizations) {
        if (description.isEmpty() || description.size() > 100) {
            return CommandSpecError {
                ErrorKind::BadLocalization, path,
                QStringLiteral("localized description must be 1-100 characters")};
        }
    }
    if (m_kind != Kind::Command && m_topLevelSettingsUsed) {
        return CommandSpecError {
            ErrorKind::MisplacedSetting, path,
            QStringLiteral("scope, permissions and contexts belong to the command")};
    }
    if (!m_children.empty() && !m_options.isEmpty()) {
        return CommandSpecError {ErrorKind::BadNesting, path,
                                 QStringLiteral("a node with subcommands cannot take parameters")};
    }
    if (m_children.size() > 25 || m_options.size() > 25) {
        return CommandSpecError {ErrorKind::TooManyOptions, path,
                                 QStringLiteral("more than 25 options")};
    }
    if (m_kind == Kind::Group && m_children.empty()) {
        return CommandSpecError {ErrorKind::BadNesting, path, QStringLiteral("empty group")};
    }
    if (!isLeaf() && (m_handler || m_cooldown || m_deferImmediately)) {
        return CommandSpecError {ErrorKind::MisplacedSetting, path,
                                 QStringLiteral("a node with subcommands cannot be invoked")};
    }
    if (isLeaf() && !m_handler) {
        return CommandSpecError {ErrorKind::MissingHandler, path, QStringLiteral("no handler")};
    }
    QSet<QString> names;
    for (const CommandSpec &child : m_children) {
        const bool allowed = child.m_kind == Kind::SubCommand
            || (child.m_kind == Kind::Group && m_kind == Kind::Command);
        if (!allowed) {
            return CommandSpecError {
                ErrorKind::BadNesting, path + QLatin1Char(' ') + child.m_name,
                QStringLiteral("groups hold subcommands; subcommands hold parameters")};
        }
        if (names.contains(child.m_name)) {
            return CommandSpecError {ErrorKind::DuplicateName,
                                     path + QLatin1Char(' ') + child.m_name,
                                     QStringLiteral("duplicate name")};
        }
        names.insert(child.m_name);
        if (auto error = child.validateNode(path)) {
            return error;
        }
    }
    bool optionalSeen = false;
    for (const OptionSpec &option : m_options) {
        if (auto error = option.validate(path)) {
            return error;
        }
        if (names.contains(option.name())) {
            return CommandSpecError {ErrorKind::DuplicateName,
                                     path + QLatin1Char(' ') + option.name(),
                                     QStringLiteral("duplicate name")};
        }
        names.insert(option.name());
        if (option.isRequired() && optionalSeen) {
            return CommandSpecError {ErrorKind::RequiredAfterOptional,
                                     path + QLatin1Char(' ') + option.name(),
                                     QStringLiteral("required options must precede optional ones")};
        }
        optionalSeen = optionalSeen || !option.isRequired();
    }
    return std::nullopt;
}

int CommandSpec::size() const
{
    int total
        = longest(m_name, m_nameLocalizations) + longest(m_description, m_descriptionLocalizations);
    for (const CommandSpec &child : m_children) {
        total += child.size();
    }
    for (const OptionSpec &option : m_options) {
        total += option.size();
    }
    return total;
}

} // namespace ballsdex::interactions

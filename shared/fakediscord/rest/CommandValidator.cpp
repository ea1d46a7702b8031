// SPDX-License-Identifier: MIT
#include "CommandValidator.h"

#include "MessageValidator.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ballsdex::fakediscord {

namespace {

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

bool validChatInputName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-_'\\p{L}\\p{N}\\p{Devanagari}\\p{Thai}]{1,32}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(name).hasMatch() && name == name.toLower();
}

void checkName(const QJsonObject &object, bool chatInput, const QString &path, ErrorTree &errors)
{
    const QString name = object.value(k("name")).toString();
    if (chatInput ? !validChatInputName(name) : (name.isEmpty() || name.size() > 32))
        errors.add(path + k("name"), QStringLiteral("APPLICATION_COMMAND_INVALID_NAME"),
                   QStringLiteral("Command name is invalid"));
}

void checkDescription(const QJsonObject &object, const QString &path, ErrorTree &errors)
{
    const int size = discordLength(object.value(k("description")).toString());
    if (size < 1 || size > 100)
        errors.badLength(path + k("description"), 1, 100);
}

/// Adds names, descriptions and choice values to `size` (the 8000-character budget).
void checkOptions(const QJsonArray &options, int parentType, const QString &path, int &size,
                  ErrorTree &errors)
{
    if (options.size() > 25)
        errors.tooLong(path + k("options"), 25);
    QSet<QString> names;
    bool sawOptional = false;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonObject option = options.at(i).toObject();
        const QString optionPath = path + QStringLiteral("options.%1.").arg(i);
        const int type = option.value(k("type")).toInt();
        const QString name = option.value(k("name")).toString();
        size += static_cast<int>(name.size() + option.value(k("description")).toString().size());
        checkName(option, true, optionPath, errors);
        checkDescription(option, optionPath, errors);
        if (type < 1 || type > 11)
            errors.add(optionPath + k("type"), QStringLiteral("BASE_TYPE_CHOICES"),
                       QStringLiteral("Value must be one of {1, …, 11}."));
        if (names.contains(name))
            errors.add(optionPath + k("name"),
                       QStringLiteral("APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS"),
                       QStringLiteral("Option names must be unique"));
        names.insert(name);
        const bool structural = type == 1 || type == 2;
        // Command → subcommands/groups or parameters; group → subcommands; subcommand → parameters.
        if ((parentType == 2 && type != 1) || (parentType == 1 && structural))
            errors.add(optionPath + k("type"),
                       QStringLiteral("APPLICATION_COMMAND_OPTIONS_TYPE_INVALID"),
                       QStringLiteral("Invalid option nesting"));
        if (!structural) {
            const bool required = option.value(k("required")).toBool();
            if (required && sawOptional)
                errors.add(
                    optionPath + k("required"),
                    QStringLiteral("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID"),
                    QStringLiteral("Required options must be placed before non-required options"));
            sawOptional = sawOptional || !required;
        }
        const QJsonArray choices = option.value(k("choices")).toArray();
        if (choices.size() > 25)
            errors.tooLong(optionPath + k("choices"), 25);
        if (!choices.isEmpty() && option.value(k("autocomplete")).toBool())
            errors.add(optionPath + k("autocomplete"),
                       QStringLiteral("APPLICATION_COMMAND_AUTOCOMPLETE_INVALID"),
                       QStringLiteral("Autocomplete cannot be set with choices"));
        for (qsizetype c = 0; c < choices.size(); ++c) {
            const QJsonObject choice = choices.at(c).toObject();
            const QString choiceName = choice.value(k("name")).toString();
            if (choiceName.isEmpty() || choiceName.size() > 100)
                errors.badLength(optionPath + QStringLiteral("choices.%1.name").arg(c), 1, 100);
            const QJsonValue value = choice.value(k("value"));
            if (value.isString() && value.toString().size() > 100)
                errors.tooLong(optionPath + QStringLiteral("choices.%1.value").arg(c), 100);
            size += static_cast<int>(choiceName.size()
                                     + (value.isString()
                                            ? value.toString().size()
                                            : QString::number(value.toDouble()).size()));
        }
        if (structural)
            checkOptions(option.value(k("options")).toArray(), type, optionPath, size, errors);
    }
}

} // namespace

void validateCommands(const QJsonArray &commands, ErrorTree &errors)
{
    QSet<QString> seen;
    int perType[5] = {};
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject command = commands.at(i).toObject();
        const QString path = QString::number(i) + QLatin1Char('.');
        const int type = command.value(k("type")).toInt(1);
        if (type < 1 || type > 4) {
            errors.add(path + k("type"), QStringLiteral("BASE_TYPE_CHOICES"),
                       QStringLiteral("Invalid command type"));
            continue;
        }
        ++perType[type];
        const bool chatInput = type == 1;
        checkName(command, chatInput, path, errors);
        const QString name = command.value(k("name")).toString();
        const QString identity = QString::number(type) + QLatin1Char(':') + name;
        if (seen.contains(identity))
            errors.add(path + k("name"), QStringLiteral("APPLICATION_COMMANDS_DUPLICATE_NAME"),
                       QStringLiteral("Application command names must be unique"));
        seen.insert(identity);
        if (chatInput) {
            checkDescription(command, path, errors);
            int size
                = static_cast<int>(name.size() + command.value(k("description")).toString().size());
            checkOptions(command.value(k("options")).toArray(), 0, path, size, errors);
            if (size > 8000)
                errors.add(path.chopped(1), QStringLiteral("APPLICATION_COMMAND_TOO_LARGE"),
                           QStringLiteral("Command exceeds maximum size (8000)"));
        } else if (!command.value(k("description")).toString().isEmpty()) {
            errors.add(path + k("description"),
                       QStringLiteral("APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION"),
                       QStringLiteral("Context menu commands cannot have description"));
        } else if (command.contains(k("options"))) {
            errors.add(path + k("options"),
                       QStringLiteral("APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS"),
                       QStringLiteral("Context menu commands cannot have options"));
        }
    }
    if (perType[1] > 100 || perType[2] > 15 || perType[3] > 15 || perType[4] > 1)
        errors.add(QString(), QStringLiteral("APPLICATION_COMMANDS_TOO_MANY"),
                   QStringLiteral(
                       "Maximum number of application commands reached (100 chat input, 15 user, "
                       "15 message, 1 entry point)"));
}

} // namespace ballsdex::fakediscord

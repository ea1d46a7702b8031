// SPDX-License-Identifier: MIT
#include "OptionSpec.h"

#include "CommandSpecError.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace ballsdex::interactions {

namespace {

using Kind = CommandSpecError::Kind;

QJsonObject localizationsJson(const Localizations &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

int longest(const QString &text, const Localizations &localizations)
{
    qsizetype size = text.size();
    for (const QString &variant : localizations) {
        size = std::max(size, variant.size());
    }
    return static_cast<int>(size);
}

bool isNumeric(OptionType type)
{
    return type == OptionType::Integer || type == OptionType::Number;
}

QJsonValue boundJson(OptionType type, double value)
{
    if (type == OptionType::Integer) {
        return QJsonValue(static_cast<qint64>(value));
    }
    return QJsonValue(value);
}

} // namespace

bool isValidCommandName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-_'\\p{L}\\p{N}\\p{Devanagari}\\p{Thai}]{1,32}$"));
    return pattern.match(name).hasMatch() && name == name.toLower();
}

OptionSpec::OptionSpec(OptionType type, QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
    , m_type(type)
{
}

OptionSpec OptionSpec::string(QString name, QString description)
{
    return {OptionType::String, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::integer(QString name, QString description)
{
    return {OptionType::Integer, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::number(QString name, QString description)
{
    return {OptionType::Number, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::boolean(QString name, QString description)
{
    return {OptionType::Boolean, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::user(QString name, QString description)
{
    return {OptionType::User, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::channel(QString name, QString description)
{
    return {OptionType::Channel, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::role(QString name, QString description)
{
    return {OptionType::Role, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::mentionable(QString name, QString description)
{
    return {OptionType::Mentionable, std::move(name), std::move(description)};
}
OptionSpec OptionSpec::attachment(QString name, QString description)
{
    return {OptionType::Attachment, std::move(name), std::move(description)};
}

OptionSpec &OptionSpec::required(bool value)
{
    m_required = value;
    return *this;
}

OptionSpec &OptionSpec::choice(QString name, QJsonValue value, Localizations nameLocalizations)
{
    m_choices.append(Choice {std::move(name), std::move(value), std::move(nameLocalizations)});
    return *this;
}

OptionSpec &OptionSpec::minValue(double value)
{
    m_minValue = value;
    return *this;
}

OptionSpec &OptionSpec::maxValue(double value)
{
    m_maxValue = value;
    return *this;
}

OptionSpec &OptionSpec::minLength(int value)
{
    m_minLength = value;
    return *this;
}

OptionSpec &OptionSpec::maxLength(int value)
{
    m_maxLength = value;
    return *this;
}

OptionSpec &OptionSpec::channelTypes(QList<int> types)
{
    m_channelTypes = std::move(types);
    return *this;
}

OptionSpec &OptionSpec::autocomplete(AutocompleteHandler handler)
{
    m_autocomplete = std::move(handler);
    return *this;
}

OptionSpec &OptionSpec::localize(const QString &locale, QString name, QString description)
{
    if (!name.isEmpty()) {
        m_nameLocalizations.insert(locale, std::move(name));
    }
    if (!description.isEmpty()) {
        m_descriptionLocalizations.insert(locale, std::move(description));
    }
    return *this;
}

QJsonObject OptionSpec::toJson() const
{
    QJsonObject json {{QStringLiteral("type"), static_cast<int>(m_type)},
                      {QStringLiteral("name"), m_name},
                      {QStringLiteral("description"), m_description}};
    if (m_required) {
        json.insert(QStringLiteral("required"), true);
    }
    if (!m_nameLocalizations.isEmpty()) {
        json.insert(QStringLiteral("name_localizations"), localizationsJson(m_nameLocalizations));
    }
    if (!m_descriptionLocalizations.isEmpty()) {
        json.insert(QStringLiteral("description_localizations"),
                    localizationsJson(m_descriptionLocalizations));
    }
    if (!m_choices.isEmpty()) {
        QJsonArray choices;
        for (const Choice &choice : m_choices) {
            QJsonObject entry {{QStringLiteral("name"), choice.name},
                               {QStringLiteral("value"), choice.value}};
            if (!choice.nameLocalizations.isEmpty()) {
                entry.insert(QStringLiteral("name_localizations"),
                             localizationsJson(choice.nameLocalizations));
            }
            choices.append(entry);
        }
        json.insert(QStringLiteral("choices"), choices);
    }
    if (m_minValue) {
        json.insert(QStringLiteral("min_value"), boundJson(m_type, *m_minValue));
    }
    if (m_maxValue) {
        json.insert(QStringLiteral("max_value"), boundJson(m_type, *m_maxValue));
    }
    if (m_minLength) {
        json.insert(QStringLiteral("min_length"), *m_minLength);
    }
    if (m_maxLength) {
        json.insert(QStringLiteral("max_length"), *m_maxLength);
    }
    if (m_autocomplete) {
        json.insert(QStringLiteral("autocomplete"), true);
    }
    if (!m_channelTypes.isEmpty()) {
        QJsonArray types;
        for (int type : m_channelTypes) {
            types.append(type);
        }
        json.insert(QStringLiteral("channel_types"), types);
    }
    return json;
}

std::optional<CommandSpecError> OptionSpec::validate(const QString &path) const
{
    const QString where = path + QLatin1Char(' ') + m_name;
    if (!isValidCommandName(m_name)) {
        return CommandSpecError {Kind::BadName, where, QStringLiteral("invalid option name")};
    }
    if (m_description.isEmpty() || m_description.size() > 100) {
        return CommandSpecError {Kind::BadDescription, where,
                                 QStringLiteral("description must be 1-100 characters")};
    }
    for (const QString &name : m_nameLocalizations) {
        if (!isValidCommandName(name)) {
            return CommandSpecError {Kind::BadLocalization, where,
                                     QStringLiteral("invalid localized name '%1'").arg(name)};
        }
    }
    for (const QString &description : m_descriptionLocalizations) {
        if (description.isEmpty() || description.size() > 100) {
            return CommandSpecError {
                Kind::BadLocalization, where,
                QStringLiteral("localized description must be 1-100 characters")};
        }
    }
    if (m_type == OptionType::SubCommand || m_type == OptionType::SubCommandGroup) {
        return CommandSpecError {Kind::BadNesting, where,
                                 QStringLiteral("subcommands are declared with CommandSpec")};
    }
    if (!m_choices.isEmpty()) {
        if (m_type != OptionType::String && !isNumeric(m_type)) {
            return CommandSpecError {Kind::BadChoices, where,
                                     QStringLiteral("choices need a string or numeric option")};
        }
        if (m_choices.size() > 25) {
            return CommandSpecError {Kind::BadChoices, where,
                                     QStringLiteral("more than 25 choices")};
        }
        if (m_autocomplete) {
            return CommandSpecError {Kind::BadChoices, where,
                                     QStringLiteral("choices and autocomplete are exclusive")};
        }
        for (const Choice &choice : m_choices) {
            if (choice.name.isEmpty() || choice.name.size() > 100) {
                return CommandSpecError {Kind::BadChoices, where,
                                         QStringLiteral("choice name must be 1-100 characters")};
            }
            const bool fits = m_type == OptionType::String
                ? (choice.value.isString() && choice.value.toString().size() <= 100)
                : (choice.value.isDouble()
                   && (m_type == OptionType::Number
                       || std::trunc(choice.value.toDouble()) == choice.value.toDouble()));
            if (!fits) {
                return CommandSpecError {
                    Kind::BadChoices, where,
                    QStringLiteral("choice '%1' has a value of the wrong type").arg(choice.name)};
            }
        }
    }
    if (m_autocomplete && m_type != OptionType::String && !isNumeric(m_type)) {
        return CommandSpecError {Kind::MisplacedSetting, where,
                                 QStringLiteral("autocomplete needs a string or numeric option")};
    }
    if ((m_minValue || m_maxValue) && !isNumeric(m_type)) {
        return CommandSpecError {Kind::MisplacedSetting, where,
                                 QStringLiteral("min/max value need a numeric option")};
    }
    if (m_minValue && m_maxValue && *m_minValue > *m_maxValue) {
        return CommandSpecError {Kind::BadBounds, where, QStringLiteral("min_value > max_value")};
    }
    if ((m_minLength || m_maxLength) && m_type != OptionType::String) {
        return CommandSpecError {Kind::MisplacedSetting, where,
                                 QStringLiteral("min/max length need a string option")};
    }
    if ((m_minLength && (*m_minLength < 0 || *m_minLength > 6000))
        || (m_maxLength && (*m_maxLength < 1 || *m_maxLength > 6000))
        || (m_minLength && m_maxLength && *m_minLength > *m_maxLength)) {
        return CommandSpecError {Kind::BadBounds, where, QStringLiteral("invalid length bounds")};
    }
    if (!m_channelTypes.isEmpty() && m_type != OptionType::Channel) {
        return CommandSpecError {Kind::MisplacedSetting, where,
                                 QStringLiteral("channel types need a channel option")};
    }
    return std::nullopt;
}

int OptionSpec::size() const
{
    int total
        = longest(m_name, m_nameLocalizations) + longest(m_description, m_descriptionLocalizations);
    for (const Choice &choice : m_choices) {
        total += longest(choice.name, choice.nameLocalizations);
        total += static_cast<int>(choice.value.isString()
                                      ? choice.value.toString().size()
                                      : QString::number(choice.value.toDouble()).size());
    }
    return total;
}

bool OptionSpec::accepts(const OptionValue &value) const
{
    if (value.type != m_type) {
        return false;
    }
    const auto inChoices = [this](const QJsonValue &candidate) {
        if (m_choices.isEmpty()) {
            return true;
        }
        return std::any_of(m_choices.begin(), m_choices.end(), [&candidate](const Choice &choice) {
            return choice.value == candidate;
        });
    };
    switch (m_type) {
    case OptionType::String: {
        if (!std::holds_alternative<QString>(value.value)) {
            return false;
        }
        const QString &text = std::get<QString>(value.value);
        return (!m_minLength || text.size() >= *m_minLength)
            && (!m_maxLength || text.size() <= *m_maxLength) && inChoices(QJsonValue(text));
    }
    case OptionType::Integer:
    case OptionType::Number: {
        double number = 0;
        if (std::holds_alternative<qint64>(value.value)) {
            number = static_cast<double>(std::get<qint64>(value.value));
        } else if (std::holds_alternative<double>(value.value) && m_type == OptionType::Number) {
            number = std::get<double>(value.value);
        } else {
            return false;
        }
        return (!m_minValue || number >= *m_minValue) && (!m_maxValue || number <= *m_maxValue)
            && inChoices(QJsonValue(number));
    }
    case OptionType::Boolean:
        return std::holds_alternative<bool>(value.value);
    default:
        return std::holds_alternative<qint64>(value.value);
    }
}

} // namespace ballsdex::interactions

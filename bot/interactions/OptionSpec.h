// SPDX-License-Identifier: MIT
#pragma once

#include "Handlers.h"
#include "Interaction.h"

#include <QJsonObject>

#include <optional>

namespace ballsdex::interactions {

struct CommandSpecError;

/// One parameter of a slash command (value types 3-11), built fluently:
///   OptionSpec::integer("amount", "How many").required().minValue(1).maxValue(100)
class OptionSpec final
{
public:
    OptionSpec(OptionType type, QString name, QString description);

    static OptionSpec string(QString name, QString description);
    static OptionSpec integer(QString name, QString description);
    static OptionSpec number(QString name, QString description);
    static OptionSpec boolean(QString name, QString description);
    static OptionSpec user(QString name, QString description);
    static OptionSpec channel(QString name, QString description);
    static OptionSpec role(QString name, QString description);
    static OptionSpec mentionable(QString name, QString description);
    static OptionSpec attachment(QString name, QString description);

    OptionSpec &required(bool value = true);
    OptionSpec &choice(QString name, QJsonValue value, Localizations nameLocalizations = {});
    OptionSpec &minValue(double value);
    OptionSpec &maxValue(double value);
    OptionSpec &minLength(int value);
    OptionSpec &maxLength(int value);
    OptionSpec &channelTypes(QList<int> types);
    /// Marks the option autocomplete and routes its focused input to handler.
    OptionSpec &autocomplete(AutocompleteHandler handler);
    OptionSpec &localize(const QString &locale, QString name, QString description = {});

    [[nodiscard]] OptionType type() const { return m_type; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &description() const { return m_description; }
    [[nodiscard]] bool isRequired() const { return m_required; }
    [[nodiscard]] const QList<Choice> &choices() const { return m_choices; }
    [[nodiscard]] std::optional<double> minValueLimit() const { return m_minValue; }
    [[nodiscard]] std::optional<double> maxValueLimit() const { return m_maxValue; }
    [[nodiscard]] std::optional<int> minLengthLimit() const { return m_minLength; }
    [[nodiscard]] std::optional<int> maxLengthLimit() const { return m_maxLength; }
    [[nodiscard]] bool hasAutocomplete() const { return static_cast<bool>(m_autocomplete); }
    [[nodiscard]] const AutocompleteHandler &autocompleteHandler() const { return m_autocomplete; }

    [[nodiscard]] QJsonObject toJson() const;
    /// Checks every rule of the option alone; `path` prefixes error locations.
    [[nodiscard]] std::optional<CommandSpecError> validate(const QString &path) const;
    /// Characters counted toward the 8000-character command size (longest localisation wins).
    [[nodiscard]] int size() const;
    /// Whether a received value satisfies the declared type, choices and bounds.
    [[nodiscard]] bool accepts(const OptionValue &value) const;

private:
    QString m_name;
    QString m_description;
    Localizations m_nameLocalizations;
    Localizations m_descriptionLocalizations;
    QList<Choice> m_choices;
    QList<int> m_channelTypes;
    AutocompleteHandler m_autocomplete;
    std::optional<double> m_minValue;
    std::optional<double> m_maxValue;
    std::optional<int> m_minLength;
    std::optional<int> m_maxLength;
    OptionType m_type;
    bool m_required = false;
};

} // namespace ballsdex::interactions

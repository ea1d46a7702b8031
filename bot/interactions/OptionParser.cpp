// SPDX-License-Identifier: MIT
#include "OptionParser.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace ballsdex::interactions {

namespace {

constexpr double maxSafeInteger = 9007199254740991.0; // 2^53 - 1

OptionError makeError(OptionError::Kind kind, QString option, QString detail)
{
    return OptionError {kind, std::move(option), std::move(detail)};
}

std::optional<int> intField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > 1e6) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

Result<OptionValue::Value, OptionError> readValue(OptionType type, const QJsonValue &value,
                                                  const QString &where, bool lenient)
{
    using Kind = OptionError::Kind;
    if (value.isUndefined() || value.isNull()) {
        return fail(makeError(Kind::Malformed, where, QStringLiteral("missing value")));
    }
    if (lenient && value.isString() && type != OptionType::String) {
        return OptionValue::Value {value.toString()};
    }
    switch (type) {
    case OptionType::String:
        if (!value.isString()) {
            return fail(makeError(Kind::TypeMismatch, where, QStringLiteral("expected a string")));
        }
        return OptionValue::Value {value.toString()};
    case OptionType::Integer: {
        if (!value.isDouble()) {
            return fail(
                makeError(Kind::TypeMismatch, where, QStringLiteral("expected an integer")));
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number
            || std::abs(number) > maxSafeInteger) {
            return fail(makeError(Kind::OutOfRange, where, QStringLiteral("not a safe integer")));
        }
        return OptionValue::Value {static_cast<qint64>(number)};
    }
    case OptionType::Number: {
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            return fail(makeError(Kind::TypeMismatch, where, QStringLiteral("expected a number")));
        }
        return OptionValue::Value {value.toDouble()};
    }
    case OptionType::Boolean:
        if (!value.isBool()) {
            return fail(makeError(Kind::TypeMismatch, where, QStringLiteral("expected a boolean")));
        }
        return OptionValue::Value {value.toBool()};
    case OptionType::User:
    case OptionType::Channel:
    case OptionType::Role:
    case OptionType::Mentionable:
    case OptionType::Attachment: {
        const auto id = snowflakeFromJson(value);
        if (!id) {
            return fail(makeError(Kind::BadSnowflake, where, QStringLiteral("expected an id")));
        }
        return OptionValue::Value {qint64(*id)};
    }
    case OptionType::SubCommand:
    case OptionType::SubCommandGroup:
        break;
    }
    return fail(makeError(Kind::BadNesting, where, QStringLiteral("subcommand used as a value")));
}

Result<QList<OptionValue>, OptionError> readLeaves(const QJsonArray &items, const QString &prefix,
                                                   OptionParseMode mode,
                                                   std::optional<QString> &focused)
{
    using Kind = OptionError::Kind;
    QList<OptionValue> leaves;
    QSet<QString> seen;
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            return fail(
                makeError(Kind::Malformed, prefix, QStringLiteral("option is not an object")));
        }
        const QJsonObject object = item.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const QString where = prefix.isEmpty() ? name : prefix + QLatin1Char(' ') + name;
        if (name.isEmpty()) {
            return fail(
                makeError(Kind::Malformed, prefix, QStringLiteral("option without a name")));
        }
        const auto type = intField(object, QLatin1String("type"));
        if (!type) {
            return fail(makeError(Kind::Malformed, where, QStringLiteral("option without a type")));
        }
        if (*type < 1 || *type > 11) {
            return fail(makeError(Kind::UnknownType, where, QString::number(*type)));
        }
        const auto optionType = static_cast<OptionType>(*type);
        if (optionType == OptionType::SubCommand || optionType == OptionType::SubCommandGroup
            || object.contains(QLatin1String("options"))) {
            return fail(makeError(Kind::BadNesting, where,
                                  QStringLiteral("nested option among parameters")));
        }
        if (seen.contains(name)) {
            return fail(makeError(Kind::DuplicateName, where, {}));
        }
        seen.insert(name);
        const QJsonValue focusedValue = object.value(QLatin1String("focused"));
        if (!focusedValue.isUndefined() && !focusedValue.isBool()) {
            return fail(
                makeError(Kind::Malformed, where, QStringLiteral("focused is not a boolean")));
        }
        const bool isFocused = focusedValue.toBool();
        if (isFocused && mode == OptionParseMode::Autocomplete) {
            if (focused) {
                return fail(
                    makeError(Kind::Malformed, where, QStringLiteral("two focused options")));
            }
            focused = name;
        }
        auto value = readValue(optionType, object.value(QLatin1String("value")), where,
                               mode == OptionParseMode::Autocomplete);
        if (!value) {
            return fail(value.error());
        }
        leaves.append(OptionValue {name, optionType, std::move(*value), isFocused});
    }
    return leaves;
}

} // namespace

std::optional<Snowflake> snowflakeFromJson(const QJsonValue &value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 20) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

Result<ParsedOptions, OptionError> parseOptions(const QJsonObject &commandData,
                                                OptionParseMode mode)
{
    using Kind = OptionError::Kind;
    ParsedOptions parsed;
    const QString commandName = commandData.value(QLatin1String("name")).toString();
    if (commandName.isEmpty()) {
        return fail(makeError(Kind::Malformed, {}, QStringLiteral("command without a name")));
    }
    parsed.path.append(commandName);

    QJsonValue current = commandData.value(QLatin1String("options"));
    bool insideGroup = false;
    for (int depth = 0;; ++depth) {
        if (current.isUndefined() || current.isNull()) {
            if (insideGroup) {
                return fail(makeError(Kind::BadNesting, parsed.path.join(QLatin1Char(' ')),
                                      QStringLiteral("group without a subcommand")));
            }
            return parsed;
        }
        if (!current.isArray()) {
            return fail(makeError(Kind::Malformed, parsed.path.join(QLatin1Char(' ')),
                                  QStringLiteral("options is not an array")));
        }
        const QJsonArray items = current.toArray();
        const QJsonObject first = items.isEmpty() ? QJsonObject() : items.first().toObject();
        const auto firstType = intField(first, QLatin1String("type"));
        const bool nested = firstType && (*firstType == 1 || *firstType == 2);
        if (!nested) {
            if (insideGroup) {
                return fail(makeError(Kind::BadNesting, parsed.path.join(QLatin1Char(' ')),
                                      QStringLiteral("group without a subcommand")));
            }
            auto leaves = readLeaves(items, parsed.path.mid(1).join(QLatin1Char(' ')), mode,
                                     parsed.focused);
            if (!leaves) {
                return fail(leaves.error());
            }
            parsed.options = std::move(*leaves);
            return parsed;
        }
        const QString name = first.value(QLatin1String("name")).toString();
        const bool isGroup = *firstType == 2;
        const bool allowedHere = depth == 0 || (depth == 1 && insideGroup && !isGroup);
        if (items.size() != 1 || name.isEmpty() || !allowedHere
            || first.contains(QLatin1String("value"))) {
            return fail(makeError(Kind::BadNesting, parsed.path.join(QLatin1Char(' ')),
                                  QStringLiteral("invalid subcommand structure")));
        }
        parsed.path.append(name);
        insideGroup = isGroup;
        current = first.value(QLatin1String("options"));
    }
}

} // namespace ballsdex::interactions

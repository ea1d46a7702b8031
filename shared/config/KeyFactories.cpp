// SPDX-License-Identifier: MIT
#include "KeyFactories.h"

#include "TextDistance.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace ballsdex::config {

using domain::Snowflake;

namespace {

template<typename T> const T &read(Field<T> field, const Settings &settings)
{
    return field(const_cast<Settings &>(settings));
}

} // namespace

KeyInfo makeInfo(const char *path, ValueKind kind, const char *description)
{
    KeyInfo info;
    info.path = QString::fromUtf8(path);
    info.kind = kind;
    info.description = QString::fromUtf8(description);
    info.environmentVariables = {environmentVariableName(info.path)};
    return info;
}

QJsonValue jsonList(const QStringList &texts)
{
    return QJsonArray::fromStringList(texts);
}

namespace {

QJsonValue jsonIds(const QList<Snowflake> &ids)
{
    QJsonArray array;
    for (const Snowflake id : ids)
        array.append(QJsonValue(static_cast<qint64>(id)));
    return array;
}

} // namespace

KeyBinding booleanKey(const char *path, Field<bool> field, const char *description)
{
    return {makeInfo(path, ValueKind::Boolean, description),
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseBoolean(v, r))
                    field(s) = *value;
            },
            [field](const Settings &s) {
                return QJsonValue(read(field, s));
            }};
}

namespace {

template<typename T>
KeyBinding integerKeyOf(const char *path, Field<T> field, qint64 minimum,
                        std::optional<qint64> maximum, const char *description)
{
    KeyInfo info = makeInfo(path, ValueKind::Integer, description);
    info.minimum = static_cast<double>(minimum);
    info.maximum = static_cast<double>(maximum.value_or(std::numeric_limits<int>::max()));
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseInteger(v, r))
                    field(s) = static_cast<T>(*value);
            },
            [field](const Settings &s) {
                return QJsonValue(static_cast<qint64>(read(field, s)));
            }};
}

} // namespace

KeyBinding integerKey(const char *path, Field<int> field, qint64 minimum,
                      std::optional<qint64> maximum, const char *description)
{
    return integerKeyOf(path, field, minimum, maximum, description);
}

KeyBinding integerKey(const char *path, Field<qint64> field, qint64 minimum,
                      std::optional<qint64> maximum, const char *description)
{
    return integerKeyOf(path, field, minimum, maximum, description);
}

KeyBinding numberKey(const char *path, Field<double> field, double minimum, double maximum,
                     const char *description)
{
    KeyInfo info = makeInfo(path, ValueKind::Number, description);
    info.minimum = minimum;
    info.maximum = maximum;
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseNumber(v, r))
                    field(s) = *value;
            },
            [field](const Settings &s) {
                return QJsonValue(read(field, s));
            }};
}

KeyBinding stringKey(const char *path, Field<QString> field, const char *description,
                     ValueKind kind, bool nullable)
{
    KeyInfo info = makeInfo(path, kind, description);
    info.nullable = nullable;
    info.secret = kind == ValueKind::Secret;
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                const auto value = parseString(v, r);
                if (!value)
                    return;
                if (!r.key().nullable && value->trimmed().isEmpty()) {
                    r.error(
                        v.location,
                        QStringLiteral("the text is empty; write a value%1").arg(r.defaultHint()));
                    return;
                }
                field(s) = *value;
            },
            [field](const Settings &s) {
                return QJsonValue(read(field, s));
            }};
}

KeyBinding urlKey(const char *path, Field<QString> field, QStringList schemes,
                  const char *description, bool nullable, bool secret)
{
    KeyInfo info = makeInfo(path, ValueKind::Url, description);
    info.urlSchemes = std::move(schemes);
    info.nullable = nullable;
    info.secret = secret;
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseUrl(v, r))
                    field(s) = *value;
            },
            [field](const Settings &s) {
                return QJsonValue(read(field, s));
            }};
}

KeyBinding qurlKey(const char *path, Field<QUrl> field, QStringList schemes,
                   const char *description)
{
    KeyInfo info = makeInfo(path, ValueKind::Url, description);
    info.urlSchemes = std::move(schemes);
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseUrl(v, r))
                    field(s) = QUrl(*value);
            },
            [field](const Settings &s) {
                return QJsonValue(read(field, s).toString());
            }};
}

KeyBinding pathKey(const char *path, Field<QString> field, const char *description, bool nullable)
{
    KeyInfo info = makeInfo(path, ValueKind::Path, description);
    info.nullable = nullable;
    return {
        info,
        [field](Settings &s, const RawValue &v, KeyReporter &r) {
            const auto value = parsePath(v, r);
            if (!value)
                return;
            if (!r.key().nullable && value->isEmpty()) {
                r.error(
                    v.location,
                    QStringLiteral("the path is empty; write a directory%1").arg(r.defaultHint()));
                return;
            }
            field(s) = *value;
        },
        [field](const Settings &s) {
            return QJsonValue(read(field, s));
        }};
}

KeyBinding snowflakeKey(const char *path, Field<std::optional<Snowflake>> field,
                        const char *description)
{
    KeyInfo info = makeInfo(path, ValueKind::Snowflake, description);
    info.nullable = true;
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseSnowflake(v, r))
                    field(s) = *value == 0 ? std::nullopt : std::optional(*value);
            },
            [field](const Settings &s) {
                const auto &id = read(field, s);
                return id ? QJsonValue(static_cast<qint64>(*id)) : QJsonValue();
            }};
}

KeyBinding snowflakeListKey(const char *path, Field<QList<Snowflake>> field,
                            const char *description)
{
    KeyInfo info = makeInfo(path, ValueKind::SnowflakeList, description);
    info.nullable = true;
    return {info,
            [field](Settings &s, const RawValue &v, KeyReporter &r) {
                if (const auto value = parseSnowflakeList(v, r))
                    field(s) = *value;
            },
            [field](const Settings &s) {
                return jsonIds(read(field, s));
            }};
}

namespace {

void checkPlaceholders(const QString &message, const RawValue &where, const QStringList &allowed,
                       KeyReporter &reporter)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = placeholder.globalMatch(message); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (allowed.contains(name))
            continue;
        const auto suggestion = closestMatch(name, allowed);
        reporter.warning(where.location,
                         QStringLiteral("unknown placeholder {%1} is printed as is%2; available: "
                                        "{%3}")
                             .arg(name,
                                  suggestion
                                      ? QStringLiteral(" (did you mean {%1}?)").arg(*suggestion)
                                      : QString(),
                                  allowed.join(QStringLiteral("}, {"))));
    }
}

} // namespace

KeyBinding messagesKey(const char *path, Field<QStringList> field, QStringList placeholders,
                       const char *description)
{
    KeyInfo info = makeInfo(path, ValueKind::StringList, description);
    info.nullable = true;
    return {info,
            [field, placeholders](Settings &s, const RawValue &v, KeyReporter &r) {
                const auto value = parseStringList(v, r);
                if (!value || value->isEmpty())
                    return; // an empty list keeps the default message
                for (std::size_t i = 0; i < v.items.size(); ++i)
                    checkPlaceholders(v.items[i].text, v.items[i], placeholders, r);
                field(s) = *value;
            },
            [field](const Settings &s) {
                return jsonList(read(field, s));
            }};
}

KeyBinding ignoredKey(const char *path, ValueKind kind, const char *description)
{
    KeyInfo info = makeInfo(path, kind, description);
    info.nullable = true;
    info.status = KeyStatus::Ignored;
    info.environmentVariables.clear();
    return {info, [](Settings &, const RawValue &, KeyReporter &) {},
            [](const Settings &) {
                return QJsonValue();
            }};
}

KeyBinding renamedKey(const char *path, const char *target)
{
    KeyInfo info = makeInfo(path, ValueKind::Url, "Old name of discord-gateway-url.");
    info.urlSchemes = {QStringLiteral("wss"), QStringLiteral("ws")};
    info.nullable = true;
    info.status = KeyStatus::Renamed;
    info.renamedTo = QString::fromUtf8(target);
    info.environmentVariables.clear();
    return {info, [](Settings &, const RawValue &, KeyReporter &) {},
            [](const Settings &) {
                return QJsonValue();
            }};
}

} // namespace ballsdex::config

// SPDX-License-Identifier: MIT
#include "JsonSchemaValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("null"))
        return value.isNull();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    return false;
}

} // namespace

QStringList validateJson(const QJsonValue &instance, const QJsonObject &schema, const QString &path)
{
    QStringList errors;
    const auto problem = [&](const QString &text) {
        errors.append(path + QStringLiteral(": ") + text);
    };

    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types.append(t.toString());
        } else {
            types.append(type.toString());
        }
        if (std::none_of(types.cbegin(), types.cend(),
                         [&](const QString &t) { return hasType(instance, t); })) {
            problem(QStringLiteral("type is not ") + types.join(u'|'));
            return errors;
        }
    }
    if (schema.contains(QLatin1String("enum"))
        && !schema.value(QLatin1String("enum")).toArray().contains(instance))
        problem(QStringLiteral("not in enum"));
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != instance)
        problem(QStringLiteral("not the constant"));
    if (instance.isDouble()) {
        if (schema.contains(QLatin1String("minimum"))
            && instance.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
            problem(QStringLiteral("below minimum"));
        if (schema.contains(QLatin1String("maximum"))
            && instance.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
            problem(QStringLiteral("above maximum"));
    }
    if (instance.isString() && schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
        if (!pattern.match(instance.toString()).hasMatch())
            problem(QStringLiteral("does not match the pattern"));
    }
    if (instance.isArray()) {
        const QJsonArray array = instance.toArray();
        if (schema.contains(QLatin1String("minItems"))
            && array.size() < schema.value(QLatin1String("minItems")).toInt())
            problem(QStringLiteral("too few items"));
        if (schema.contains(QLatin1String("maxItems"))
            && array.size() > schema.value(QLatin1String("maxItems")).toInt())
            problem(QStringLiteral("too many items"));
        if (schema.contains(QLatin1String("items"))) {
            for (qsizetype i = 0; i < array.size(); ++i)
                errors += validateJson(array.at(i), schema.value(QLatin1String("items")).toObject(),
                                       path + QStringLiteral("[%1]").arg(i));
        }
    }
    if (instance.isObject()) {
        const QJsonObject object = instance.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(name.toString()))
                problem(QStringLiteral("missing required property ") + name.toString());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                errors += validateJson(it.value(), properties.value(it.key()).toObject(),
                                       path + u'.' + it.key());
            else if (schema.value(QLatin1String("additionalProperties")) == QJsonValue(false))
                problem(QStringLiteral("additional property ") + it.key());
        }
    }
    if (schema.contains(QLatin1String("anyOf"))) {
        const QJsonArray options = schema.value(QLatin1String("anyOf")).toArray();
        if (std::none_of(options.begin(), options.end(), [&](const QJsonValue &option) {
                return validateJson(instance, option.toObject(), path).isEmpty();
            }))
            problem(QStringLiteral("matches none of anyOf"));
    }
    return errors;
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

/// The JSON Schema subset resources/config.schema.json uses: type, enum, const, minimum, maximum,
/// pattern, items, minItems, maxItems, properties, additionalProperties, required, anyOf.
/// Returns one "path: problem" line per violation.
QStringList validateJson(const QJsonValue &instance, const QJsonObject &schema,
                         const QString &path = QStringLiteral("$"));

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <span>

namespace ballsdex::gateway {

/// Reading JSON text without a tree; shared by the lazy envelope and DispatchModels.
namespace rawjson {

/// Finds the values (JSON text, quotes included for strings) of the top-level `keys` of the
/// object `text`; a missing key leaves its value empty and the last duplicate wins. Validates
/// all of `text` by QJsonDocument's rules and returns false when it is not a JSON object.
[[nodiscard]] bool findMembers(QByteArrayView text, std::span<const QByteArrayView> keys,
                               std::span<QByteArrayView> values);

/// One value found by findMembers, read with QJsonValue's conversions: toString() gives an
/// empty string for non-strings, toInteger() 0 for non-integral numbers, and so on.
[[nodiscard]] QJsonValue toValue(QByteArrayView value);
[[nodiscard]] bool isString(QByteArrayView value);
[[nodiscard]] bool isNumber(QByteArrayView value);
[[nodiscard]] bool isObject(QByteArrayView value);
[[nodiscard]] QString toString(QByteArrayView value);
[[nodiscard]] qint64 toInteger(QByteArrayView value, qint64 defaultValue = 0);
[[nodiscard]] bool toBool(QByteArrayView value, bool defaultValue = false);

/// Plain integers of up to 18 digits (the form every real op and s has); nullopt otherwise.
[[nodiscard]] std::optional<qint64> plainInteger(QByteArrayView text);

} // namespace rawjson

} // namespace ballsdex::gateway

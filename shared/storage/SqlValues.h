// SPDX-License-Identifier: MIT
#pragma once

#include <pqxx/pqxx>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <concepts>
#include <optional>
#include <string>
#include <type_traits>

// Conversions between Qt/domain values and the text form libpq sends and receives.
// Used only by repository implementations, together with Transaction.h.
namespace ballsdex::storage::sql {

/// One statement parameter in text form; nullopt is SQL NULL.
using Param = std::optional<std::string>;

inline Param param(const QString &value)
{
    return value.toStdString();
}
inline Param param(const std::string &value)
{
    return value;
}
inline Param param(const char *value)
{
    return value == nullptr ? Param() : Param(std::string(value));
}
inline Param param(bool value)
{
    return std::string(value ? "true" : "false");
}
template<typename T>
requires(std::integral<T> && !std::same_as<T, bool>) Param param(T value)
{
    return std::to_string(value);
}
Param param(double value);
/// UTC ISO-8601 with milliseconds; an invalid QDateTime is NULL.
Param param(const QDateTime &value);
/// Compact JSON text (the server casts it to jsonb from the column type).
Param param(const QJsonObject &value);
template<typename E>
requires std::is_enum_v<E> Param param(E value)
{
    return std::to_string(static_cast<long long>(value));
}
inline Param param(std::nullopt_t)
{
    return std::nullopt;
}
template<typename T> Param param(const std::optional<T> &value)
{
    return value ? param(*value) : Param();
}

[[nodiscard]] QString text(const pqxx::field &field);
[[nodiscard]] std::optional<QString> optText(const pqxx::field &field);
/// NULL or empty text becomes an empty QString.
[[nodiscard]] QString textOrEmpty(const pqxx::field &field);
[[nodiscard]] QDateTime dateTime(const pqxx::field &field);
[[nodiscard]] std::optional<QDateTime> optDateTime(const pqxx::field &field);
/// A jsonb object; NULL or a non-object value gives an empty object.
[[nodiscard]] QJsonObject json(const pqxx::field &field);
/// Parses the server's ISO timestamp text ("2024-05-01 12:30:00.123456+00").
[[nodiscard]] QDateTime parseTimestamp(const QString &text);

template<typename T> [[nodiscard]] std::optional<T> opt(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    if constexpr (std::is_enum_v<T>)
        return static_cast<T>(field.as<long long>());
    else
        return field.as<T>();
}

template<typename T> [[nodiscard]] T as(const pqxx::field &field)
{
    if constexpr (std::is_enum_v<T>)
        return static_cast<T>(field.as<long long>());
    else
        return field.as<T>();
}

} // namespace ballsdex::storage::sql

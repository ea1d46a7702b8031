// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ballsdex::config {

enum class ValueKind {
    Boolean,
    Integer,
    Number,
    String,
    Secret,
    Url,
    Path,
    Snowflake,
    SnowflakeList,
    StringList,
    Enum,
    ShardCount,
    ShardIds,
    IntegerPair,
    DatabaseUrl,
};

enum class KeyStatus {
    Active,
    /// Accepted for compatibility with the Python bot's config.yml, ignored with a warning.
    Ignored,
    /// Old name of another key: applied to `renamedTo` with a warning.
    Renamed,
};

/// Everything the loader knows about one config.yml key; the JSON schema mirrors it.
struct KeyInfo
{
    /// Dotted path: "prometheus.port".
    QString path;
    ValueKind kind = ValueKind::String;
    QString description;
    /// null / empty accepted (means "not set").
    bool nullable = false;
    /// Masked by describe().
    bool secret = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    /// Enum values, or the allowed items of a StringList.
    QStringList allowedValues;
    QStringList urlSchemes;
    /// Variables that override the key, highest precedence first.
    QStringList environmentVariables;
    KeyStatus status = KeyStatus::Active;
    QString renamedTo;
    /// The default, as JSON (null when unset by default).
    QJsonValue defaultValue;
};

inline constexpr QLatin1String kEnvironmentPrefix {"BALLSDEXBOT_"};

/// Every key in config.example.yml order.
const QList<KeyInfo> &configKeys();

/// Paths of every accepted key, including ignored and renamed ones.
QStringList knownKeyPaths();

/// Paths that hold a mapping of keys ("about", "spawn", "spawn.time-factors", ...).
QStringList configSections();

/// BALLSDEXBOT_ + the path upper-cased with '-' and '.' turned into '_'.
QString environmentVariableName(const QString &keyPath);

} // namespace ballsdex::config

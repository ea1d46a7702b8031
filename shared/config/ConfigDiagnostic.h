// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ballsdex::config {

/// Where a value came from: a position in a YAML file, or an environment variable (line 0).
struct SourceLocation
{
    /// The file path, or "environment variable NAME".
    QString source;
    /// 1-based; 0 when there is no position (environment, missing file).
    int line = 0;
    int column = 0;

    [[nodiscard]] bool isEnvironment() const
    {
        return source.startsWith(QLatin1String("environment variable "));
    }
    /// "config.yml:12:9", "config.yml", or "environment variable BALLSDEXBOT_X".
    [[nodiscard]] QString toString() const;
};

struct ConfigDiagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    /// Dotted key path ("prometheus.port"); empty for problems with the whole file.
    QString keyPath;
    SourceLocation location;
    /// Names the problem and the fix.
    QString message;

    /// "config.yml:12:9: error: prometheus.port: <message>".
    [[nodiscard]] QString toString() const;
};

struct ConfigErrors
{
    QList<ConfigDiagnostic> errors;
    /// Warnings found before giving up; worth printing too.
    QList<ConfigDiagnostic> warnings;

    /// Every error then every warning, one per line, followed by a summary line.
    [[nodiscard]] QString toString() const;
};

/// The exit status of the bot when the configuration is invalid.
inline constexpr int kConfigErrorExitCode = 2;

} // namespace ballsdex::config

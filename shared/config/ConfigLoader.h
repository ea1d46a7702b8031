// SPDX-License-Identifier: MIT
#pragma once

#include "config/ConfigDiagnostic.h"
#include "config/Settings.h"
#include "util/Result.h"

#include <QHash>
#include <QProcessEnvironment>

namespace ballsdex::config {

struct LoadOptions
{
    QString configPath = QStringLiteral("config.yml");
    /// Injected so tests never touch the process environment; production passes
    /// QProcessEnvironment::systemEnvironment(). Empty by default.
    QProcessEnvironment environment;
    /// A missing Discord token is an error only when the caller is about to connect.
    bool requireToken = false;
};

struct LoadedConfig
{
    Settings settings;
    QList<ConfigDiagnostic> warnings;
    /// Where each key's value came from; keys left at their default are absent.
    QHash<QString, SourceLocation> origins;
};

/// Reads, validates and resolves config.yml plus its environment overrides.
/// Every problem is collected; nothing throws.
Result<LoadedConfig, ConfigErrors> loadConfig(const LoadOptions &options);

/// The same on YAML already in memory; relative paths resolve against sourceName's directory.
Result<LoadedConfig, ConfigErrors>
loadConfigFromText(const QByteArray &yaml, const QString &sourceName, const LoadOptions &options);

} // namespace ballsdex::config

// SPDX-License-Identifier: MIT
#pragma once

#include "config/ConfigLoader.h"

namespace ballsdex::config {

/// State shared by the loading steps.
struct LoadContext
{
    const LoadOptions &options;
    QString sourceName;
    QString baseDirectory;
    QList<ConfigDiagnostic> errors;
    QList<ConfigDiagnostic> warnings;
    QHash<QString, SourceLocation> origins;

    void error(const QString &keyPath, const SourceLocation &location, const QString &message)
    {
        errors.append({ConfigDiagnostic::Severity::Error, keyPath, location, message});
    }
    void warning(const QString &keyPath, const SourceLocation &location, const QString &message)
    {
        warnings.append({ConfigDiagnostic::Severity::Warning, keyPath, location, message});
    }
    [[nodiscard]] SourceLocation originOr(const QString &keyPath) const
    {
        return origins.value(keyPath, SourceLocation {sourceName, 0, 0});
    }
};

/// Cross-key rules and derived values (token file, plural name, shards, ...), after every key
/// was assigned.
void resolveSettings(Settings &settings, LoadContext &context);

} // namespace ballsdex::config

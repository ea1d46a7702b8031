// SPDX-License-Identifier: MIT
#pragma once

#include "config/ConfigKeys.h"
#include "config/DatabaseUrl.h"
#include "config/RawValue.h"
#include "domain/Ids.h"

#include <QUrl>

#include <optional>

namespace ballsdex::config {

/// Collects the diagnostics of one key; parsers name the problem, the reporter adds path and place.
class KeyReporter final
{
public:
    KeyReporter(const KeyInfo &key, QList<ConfigDiagnostic> &errors,
                QList<ConfigDiagnostic> &warnings, QString baseDirectory);

    void error(const SourceLocation &location, const QString &message);
    void warning(const SourceLocation &location, const QString &message);

    [[nodiscard]] const KeyInfo &key() const { return m_key; }
    /// Relative paths from the file are resolved against the file's directory, from the
    /// environment against the working directory.
    [[nodiscard]] QString resolvePath(const QString &path, const SourceLocation &from) const;
    /// "; remove the key to use the default (50)" or "" when the default is null.
    [[nodiscard]] QString defaultHint() const;
    [[nodiscard]] int errorCount() const { return m_errorCount; }

private:
    const KeyInfo &m_key;
    QList<ConfigDiagnostic> &m_errors;
    QList<ConfigDiagnostic> &m_warnings;
    QString m_baseDirectory;
    int m_errorCount = 0;
};

/// "`x`" for scalars, "a list", "a mapping", "nothing" — for messages.
QString describeRaw(const RawValue &value);

std::optional<bool> parseBoolean(const RawValue &value, KeyReporter &reporter);
std::optional<qint64> parseInteger(const RawValue &value, KeyReporter &reporter);
std::optional<double> parseNumber(const RawValue &value, KeyReporter &reporter);
std::optional<QString> parseString(const RawValue &value, KeyReporter &reporter);
std::optional<QString> parseEnum(const RawValue &value, KeyReporter &reporter);
std::optional<QString> parseUrl(const RawValue &value, KeyReporter &reporter);
std::optional<QString> parsePath(const RawValue &value, KeyReporter &reporter);
/// nullopt = error; 0 = null.
std::optional<domain::Snowflake> parseSnowflake(const RawValue &value, KeyReporter &reporter);
std::optional<QList<domain::Snowflake>> parseSnowflakeList(const RawValue &value,
                                                           KeyReporter &reporter);
std::optional<QStringList> parseStringList(const RawValue &value, KeyReporter &reporter);
/// nullopt = error; 0 = "auto" or null.
std::optional<int> parseShardCount(const RawValue &value, KeyReporter &reporter);
/// nullopt = error; an empty list = null (every shard).
std::optional<QList<int>> parseShardIds(const RawValue &value, KeyReporter &reporter);
std::optional<std::pair<int, int>> parseIntegerPair(const RawValue &value, KeyReporter &reporter);
std::optional<DatabaseUrl> parseDatabaseUrl(const RawValue &value, KeyReporter &reporter);

} // namespace ballsdex::config

// SPDX-License-Identifier: MIT
#include "ConfigDiagnostic.h"

namespace ballsdex::config {

QString SourceLocation::toString() const
{
    if (line <= 0)
        return source;
    return QStringLiteral("%1:%2:%3").arg(source).arg(line).arg(column);
}

QString ConfigDiagnostic::toString() const
{
    QString text = location.toString();
    text += severity == Severity::Error ? QStringLiteral(": error: ")
                                        : QStringLiteral(": warning: ");
    if (!keyPath.isEmpty())
        text += keyPath + QStringLiteral(": ");
    return text + message;
}

QString ConfigErrors::toString() const
{
    QStringList lines;
    for (const ConfigDiagnostic &error : errors)
        lines.append(error.toString());
    for (const ConfigDiagnostic &warning : warnings)
        lines.append(warning.toString());
    lines.append(QStringLiteral("%1 error(s), %2 warning(s): fix the errors above and start again "
                                "(ballsdex-bot --check-config verifies the file).")
                     .arg(errors.size())
                     .arg(warnings.size()));
    return lines.join(u'\n');
}

} // namespace ballsdex::config

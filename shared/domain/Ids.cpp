// SPDX-License-Identifier: MIT
#include "Ids.h"

namespace ballsdex::domain {

QString displayId(RowId id)
{
    return QStringLiteral("#") + QString::number(id, 16).toUpper();
}

std::optional<RowId> parseDisplayId(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok, 16);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

std::optional<Snowflake> parseSnowflake(const QString &text)
{
    const QString digits = text.trimmed();
    if (digits.size() < 17 || digits.size() > 19)
        return std::nullopt;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
    }
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace ballsdex::domain

// SPDX-License-Identifier: MIT
#include "SqlValues.h"

#include <QJsonDocument>
#include <QLocale>

namespace ballsdex::storage::sql {

Param param(double value)
{
    // Round-trip precision, independent of the C locale.
    return QString::number(value, 'g', 17).toStdString();
}

Param param(const QDateTime &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

Param param(const QJsonObject &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}

QString text(const pqxx::field &field)
{
    return QString::fromUtf8(field.c_str(), static_cast<qsizetype>(field.size()));
}

std::optional<QString> optText(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return text(field);
}

QString textOrEmpty(const pqxx::field &field)
{
    return field.is_null() ? QString() : text(field);
}

QDateTime parseTimestamp(const QString &value)
{
    // "YYYY-MM-DD HH:MM:SS[.ffffff]+HH[:MM]" -> Qt's ISO form with a full offset.
    QString iso = value.trimmed();
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    const qsizetype sign
        = std::max(iso.lastIndexOf(QLatin1Char('+')), iso.lastIndexOf(QLatin1Char('-')));
    if (sign > 10 && iso.size() - sign == 3)
        iso += QStringLiteral(":00");
    const qsizetype dot = iso.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        // Qt keeps milliseconds; PostgreSQL sends up to microseconds.
        qsizetype end = dot + 1;
        while (end < iso.size() && iso.at(end).isDigit())
            ++end;
        QString fraction = iso.mid(dot + 1, end - dot - 1).left(3);
        while (fraction.size() < 3)
            fraction += QLatin1Char('0');
        iso = iso.left(dot + 1) + fraction + iso.mid(end);
    }
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

QDateTime dateTime(const pqxx::field &field)
{
    return field.is_null() ? QDateTime() : parseTimestamp(text(field));
}

std::optional<QDateTime> optDateTime(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return parseTimestamp(text(field));
}

QJsonObject json(const pqxx::field &field)
{
    if (field.is_null())
        return {};
    return QJsonDocument::fromJson(QByteArray(field.c_str(), static_cast<qsizetype>(field.size())))
        .object();
}

} // namespace ballsdex::storage::sql

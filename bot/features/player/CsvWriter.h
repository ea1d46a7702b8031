// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ballsdex::bot::features {

/// RFC 4180 CSV in UTF-8 with CRLF line ends: a field holding a comma, a quote or a line break is
/// quoted, quotes inside doubled.
class CsvWriter final
{
public:
    void row(const QStringList &fields);

    [[nodiscard]] const QByteArray &data() const { return m_data; }
    [[nodiscard]] qsizetype size() const { return m_data.size(); }

    [[nodiscard]] static QString field(const QString &value);

private:
    QByteArray m_data;
};

} // namespace ballsdex::bot::features

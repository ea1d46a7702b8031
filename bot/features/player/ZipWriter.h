// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ballsdex::bot::features {

/// A ZIP archive in memory (PKWARE APPNOTE 6.3: deflated entries, UTF-8 names, no ZIP64, so
/// every size and offset stays below 4 GiB).
class ZipWriter final
{
public:
    /// Deflates `data` into the archive. Fails on an empty or duplicate name, or when the archive
    /// would outgrow the 32-bit format.
    Result<void, QString> add(const QString &name, const QByteArray &data,
                              const QDateTime &modified);
    /// The complete archive (central directory included); the writer can go on adding after.
    [[nodiscard]] QByteArray archive() const;
    [[nodiscard]] qsizetype entryCount() const { return m_entries.size(); }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
    };

    QByteArray m_body; ///< local headers and compressed data
    QList<Entry> m_entries;
};

} // namespace ballsdex::bot::features

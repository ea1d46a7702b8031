// SPDX-License-Identifier: MIT
#include "features/player/ZipWriter.h"

#include <QtEndian>

#include <limits>
#include <optional>
#include <tuple>
#include <zlib.h>

namespace ballsdex::bot::features {
namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20; // 2.0: deflate
constexpr quint16 VersionMadeBy = (3 << 8) | 20; // Unix, 2.0: keeps the permissions below
constexpr quint16 Utf8NamesFlag = 1 << 11;
constexpr quint16 Deflated = 8;
constexpr quint32 RegularFile0644 = (0100644U) << 16;
constexpr qint64 Max32 = std::numeric_limits<quint32>::max();

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

/// Raw deflate (no zlib header), as ZIP stores it.
std::optional<QByteArray> deflateRaw(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return std::nullopt;
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const uLong written = stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    out.truncate(qsizetype(written));
    return out;
}

/// MS-DOS date and time of the UTC wall clock (2-second resolution, 1980 to 2107).
std::pair<quint16, quint16> dosDateTime(const QDateTime &moment)
{
    const QDateTime utc = moment.isValid() ? moment.toUTC() : QDateTime::currentDateTimeUtc();
    const QDate date = utc.date().year() < 1980 ? QDate(1980, 1, 1) : utc.date();
    const QTime time = utc.date().year() < 1980 ? QTime(0, 0) : utc.time();
    const auto dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    const auto dosDate
        = quint16(((std::min(date.year(), 2107) - 1980) << 9) | (date.month() << 5) | date.day());
    return {dosTime, dosDate};
}

} // namespace

Result<void, QString> ZipWriter::add(const QString &name, const QByteArray &data,
                                     const QDateTime &modified)
{
    const QByteArray encodedName = name.toUtf8();
    if (encodedName.isEmpty() || encodedName.size() > 0xFFFF)
        return fail(QStringLiteral("invalid entry name"));
    if (m_entries.size() >= 0xFFFF)
        return fail(QStringLiteral("too many entries for a ZIP without ZIP64"));
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.name == encodedName)
            return fail(QStringLiteral("duplicate entry name %1").arg(name));
    }
    if (data.size() >= Max32)
        return fail(QStringLiteral("%1 is too large for a ZIP without ZIP64").arg(name));
    const std::optional<QByteArray> compressed = deflateRaw(data);
    if (!compressed)
        return fail(QStringLiteral("zlib could not compress %1").arg(name));
    if (m_body.size() + 30 + encodedName.size() + compressed->size() >= Max32)
        return fail(QStringLiteral("the archive is too large for a ZIP without ZIP64"));

    Entry entry;
    entry.name = encodedName;
    entry.crc
        = quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()),
                        uInt(data.size())));
    entry.compressedSize = quint32(compressed->size());
    entry.size = quint32(data.size());
    std::tie(entry.dosTime, entry.dosDate) = dosDateTime(modified);
    entry.offset = quint32(m_body.size());

    put32(m_body, LocalHeaderSignature);
    put16(m_body, VersionNeeded);
    put16(m_body, Utf8NamesFlag);
    put16(m_body, Deflated);
    put16(m_body, entry.dosTime);
    put16(m_body, entry.dosDate);
    put32(m_body, entry.crc);
    put32(m_body, entry.compressedSize);
    put32(m_body, entry.size);
    put16(m_body, quint16(encodedName.size()));
    put16(m_body, 0); // extra field length
    m_body.append(encodedName);
    m_body.append(*compressed);
    m_entries.append(entry);
    return {};
}

QByteArray ZipWriter::archive() const
{
    QByteArray directory;
    for (const Entry &entry : m_entries) {
        put32(directory, CentralHeaderSignature);
        put16(directory, VersionMadeBy);
        put16(directory, VersionNeeded);
        put16(directory, Utf8NamesFlag);
        put16(directory, Deflated);
        put16(directory, entry.dosTime);
        put16(directory, entry.dosDate);
        put32(directory, entry.crc);
        put32(directory, entry.compressedSize);
        put32(directory, entry.size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0); // extra field length
        put16(directory, 0); // comment length
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, RegularFile0644);
        put32(directory, entry.offset);
        directory.append(entry.name);
    }
    QByteArray out = m_body;
    out.append(directory);
    put32(out, EndOfCentralDirectorySignature);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, quint32(m_body.size()));
    put16(out, 0); // comment length
    return out;
}

} // namespace ballsdex::bot::features

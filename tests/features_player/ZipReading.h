// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QtEndian>

#include <optional>
#include <zlib.h>

namespace ballsdex::testing {

/// An independent reader for the archives under test: walks the end record and the central
/// directory, inflates each entry and checks its CRC. nullopt on any inconsistency.
inline std::optional<QMap<QString, QByteArray>> readZip(const QByteArray &zip)
{
    const auto u16 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    const qsizetype end = zip.size() - 22;
    if (end < 0 || u32(end) != 0x06054b50)
        return std::nullopt;
    const int entries = u16(end + 10);
    qsizetype at = u32(end + 16);
    QMap<QString, QByteArray> files;
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > end || u32(at) != 0x02014b50)
            return std::nullopt;
        const quint16 method = u16(at + 10);
        const quint32 crc = u32(at + 16);
        const quint32 compressed = u32(at + 20);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const qsizetype skip = nameLength + u16(at + 30) + u16(at + 32);
        const qsizetype local = u32(at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + skip;
        if (u32(local) != 0x04034b50 || method != 8
            || QString::fromUtf8(zip.mid(local + 30, u16(local + 26))) != name)
            return std::nullopt;
        const QByteArray data = zip.mid(local + 30 + u16(local + 26) + u16(local + 28), compressed);
        QByteArray out(size, Qt::Uninitialized);
        z_stream stream {};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return std::nullopt;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        const int status = inflate(&stream, Z_FINISH);
        const uLong produced = stream.total_out;
        inflateEnd(&stream);
        if ((status != Z_STREAM_END && !(size == 0 && status == Z_BUF_ERROR)) || produced != size)
            return std::nullopt;
        if (quint32(crc32(0, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())))
            != crc)
            return std::nullopt;
        files.insert(name, out);
    }
    return files;
}

/// `python3 -m zipfile -t` over the archive: nullopt when python3 is missing, else whether the
/// standard library's reader accepted every entry (CRCs included).
inline std::optional<bool> pythonAcceptsZip(const QByteArray &zip)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return std::nullopt;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(zip) != zip.size())
        return false;
    file.close();
    QProcess process;
    process.start(python,
                  {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path});
    if (!process.waitForFinished(30000))
        return false;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        && process.readAllStandardOutput().contains("Done testing");
}

} // namespace ballsdex::testing

// SPDX-License-Identifier: MIT
#include "logging/RotatingFile.h"

#include <QDir>
#include <QFileInfo>

namespace ballsdex::logging {

RotatingFile::RotatingFile(QString path, qint64 maxBytes, int backups)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_backups(std::max(0, backups))
    , m_file(m_path)
{
}

Result<void, QString> RotatingFile::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the log folder %1").arg(info.absolutePath()));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return fail(
            QStringLiteral("cannot write the log file %1: %2").arg(m_path, m_file.errorString()));
    return {};
}

bool RotatingFile::writeLine(const QByteArray &line)
{
    if (!m_file.isOpen())
        return false;
    if (m_maxBytes > 0 && m_file.size() > 0 && m_file.size() + line.size() + 1 > m_maxBytes)
        rotate();
    const bool written = m_file.write(line) == line.size() && m_file.putChar('\n');
    m_file.flush();
    return written;
}

void RotatingFile::rotate()
{
    m_file.close();
    if (m_backups == 0) {
        QFile::remove(m_path);
    } else {
        QFile::remove(m_path + QLatin1Char('.') + QString::number(m_backups));
        for (int index = m_backups - 1; index >= 1; --index) {
            const QString from = m_path + QLatin1Char('.') + QString::number(index);
            if (QFile::exists(from))
                QFile::rename(from, m_path + QLatin1Char('.') + QString::number(index + 1));
        }
        QFile::rename(m_path, m_path + QStringLiteral(".1"));
    }
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

} // namespace ballsdex::logging

// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QFile>
#include <QString>

namespace ballsdex::logging {

/// An append-only log file that rolls over at a size limit: path → path.1 → … → path.N (the
/// oldest is dropped). Not thread-safe; the sink serialises writers.
class RotatingFile final
{
public:
    RotatingFile(QString path, qint64 maxBytes, int backups);

    /// Opens (creating the folder if needed). The error names the path and the reason.
    Result<void, QString> open();
    /// Appends one line; rotates first when it would pass the limit. False when writing failed.
    bool writeLine(const QByteArray &line);
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_backups;
    QFile m_file;
};

} // namespace ballsdex::logging

// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ballsdex::config {

/// A PostgreSQL URL (postgres:// or postgresql://) taken apart the way libpq reads it.
class DatabaseUrl final
{
public:
    DatabaseUrl() = default;

    /// Problems are returned as a sentence naming the fix; the password never appears in it.
    static Result<DatabaseUrl, QString> parse(const QString &url);

    [[nodiscard]] bool isEmpty() const { return m_empty; }
    [[nodiscard]] const QString &user() const { return m_user; }
    [[nodiscard]] const QString &password() const { return m_password; }
    /// A host name, an IP address, or an absolute Unix-socket directory; empty = libpq default.
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] bool isSocketDirectory() const { return m_host.startsWith(u'/'); }
    [[nodiscard]] std::optional<int> port() const { return m_port; }
    [[nodiscard]] const QString &databaseName() const { return m_databaseName; }
    /// Remaining query parameters (sslmode, application_name, ...) in their original order.
    [[nodiscard]] const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }

    /// libpq keyword/value string: host='...' port='...' dbname='...' user='...' password='...'.
    [[nodiscard]] QString toConninfo() const;
    /// Normalised postgresql:// URL, password included.
    [[nodiscard]] QString toUrl() const;
    /// Same as toUrl() with the password replaced by "***", for logs and --check-config.
    [[nodiscard]] QString redacted() const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;

private:
    [[nodiscard]] QString buildUrl(bool redact) const;

    bool m_empty = true;
    QString m_user;
    QString m_password;
    QString m_host;
    std::optional<int> m_port;
    QString m_databaseName;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace ballsdex::config

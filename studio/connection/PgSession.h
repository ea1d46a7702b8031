// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

struct pg_conn;

namespace ballsdex::studio {

/// One short-lived libpq connection for the connection test. Raw libpq rather than libpqxx:
/// connection errors are requested in verbose form so they carry the server's SQLSTATE, and the
/// opening honours a deadline. Blocking: use it off the GUI thread.
class PgSession final
{
public:
    /// A server error: its SQLSTATE (may be empty) and text.
    struct Error
    {
        QString sqlState;
        QString message;
    };

    PgSession() = default;
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    /// Opens the connection; the error is libpq's (English) message in verbose form.
    Result<void, QString> open(const QString &conninfo, std::chrono::milliseconds timeout);
    /// Runs a statement with text parameters; rows of text columns (NULL becomes a null QString).
    Result<QList<QStringList>, Error> query(const QString &statement,
                                            const QStringList &parameters = {});
    [[nodiscard]] bool usesTls() const;

private:
    pg_conn *m_connection = nullptr;
};

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include <QDebug>
#include <QString>

namespace ballsdex::storage {

/// Every failure of the data layer, as a value. Messages never contain the database password.
struct StorageError
{
    enum class Kind {
        ConnectionLost, ///< the connection broke while the call ran; the pool reconnects later
        Unavailable, ///< no connection could be opened after the configured attempts
        UniqueViolation, ///< SQLSTATE 23505
        ForeignKeyViolation, ///< SQLSTATE 23503
        CheckViolation, ///< SQLSTATE 23514
        NotNullViolation, ///< SQLSTATE 23502
        SerializationFailure, ///< SQLSTATE 40001, after the retries were used up
        Deadlock, ///< SQLSTATE 40P01, after the retries were used up
        NotFound, ///< the row the call needs does not exist (or is not the caller's)
        Conflict, ///< the row exists but is in a state that forbids the change
        NotEnoughCoins, ///< a coin removal larger than the balance
        InvalidArgument, ///< refused before reaching the database (e.g. a non-positive amount)
        Timeout, ///< statement timeout / no free connection in time
        Internal, ///< anything else (SQL error, conversion error, bug)
    };

    Kind kind = Kind::Internal;
    QString message;
    QString constraint; ///< constraint (or column for not-null) named by the server, if any
    QString sqlState; ///< five-character SQLSTATE, if the server sent one

    [[nodiscard]] static StorageError make(Kind kind, QString message);
    [[nodiscard]] bool isConnectionProblem() const
    {
        return kind == Kind::ConnectionLost || kind == Kind::Unavailable;
    }
    /// "UniqueViolation: duplicate key … (constraint ball_country_key)".
    [[nodiscard]] QString toString() const;
};

[[nodiscard]] QString kindName(StorageError::Kind kind);

QDebug operator<<(QDebug debug, const StorageError &error);

} // namespace ballsdex::storage

// SPDX-License-Identifier: MIT
#include "StorageError.h"

namespace ballsdex::storage {

StorageError StorageError::make(Kind kind, QString message)
{
    StorageError error;
    error.kind = kind;
    error.message = std::move(message);
    return error;
}

QString StorageError::toString() const
{
    QString text = kindName(kind) + QStringLiteral(": ") + message;
    if (!constraint.isEmpty())
        text += QStringLiteral(" (constraint ") + constraint + QLatin1Char(')');
    return text;
}

QString kindName(StorageError::Kind kind)
{
    using Kind = StorageError::Kind;
    switch (kind) {
    case Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case Kind::Unavailable:
        return QStringLiteral("Unavailable");
    case Kind::UniqueViolation:
        return QStringLiteral("UniqueViolation");
    case Kind::ForeignKeyViolation:
        return QStringLiteral("ForeignKeyViolation");
    case Kind::CheckViolation:
        return QStringLiteral("CheckViolation");
    case Kind::NotNullViolation:
        return QStringLiteral("NotNullViolation");
    case Kind::SerializationFailure:
        return QStringLiteral("SerializationFailure");
    case Kind::Deadlock:
        return QStringLiteral("Deadlock");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::NotEnoughCoins:
        return QStringLiteral("NotEnoughCoins");
    case Kind::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Unknown");
}

QDebug operator<<(QDebug debug, const StorageError &error)
{
    const QDebugStateSaver saver(debug);
    debug.noquote() << error.toString();
    return debug;
}

} // namespace ballsdex::storage

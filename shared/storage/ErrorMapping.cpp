// SPDX-License-Identifier: MIT
#include "ErrorMapping.h"

#include <pqxx/pqxx>

#include <QRegularExpression>

namespace ballsdex::storage {
namespace {

using Kind = StorageError::Kind;

QString firstLine(const char *text)
{
    const QString message = QString::fromUtf8(text).trimmed();
    return message.section(QLatin1Char('\n'), 0, 0);
}

QString quotedAfter(const QString &message, const QString &marker)
{
    const QRegularExpression pattern(QRegularExpression::escape(marker)
                                     + QStringLiteral(" \"([^\"]+)\""));
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

StorageError storageErrorFromSqlState(const QString &sqlState, const QString &message)
{
    StorageError error;
    error.sqlState = sqlState;
    error.message = message;
    if (sqlState == QLatin1String("23505")) {
        error.kind = Kind::UniqueViolation;
        error.constraint = quotedAfter(message, QStringLiteral("constraint"));
    } else if (sqlState == QLatin1String("23503")) {
        error.kind = Kind::ForeignKeyViolation;
        error.constraint = quotedAfter(message, QStringLiteral("constraint"));
    } else if (sqlState == QLatin1String("23514")) {
        error.kind = Kind::CheckViolation;
        error.constraint = quotedAfter(message, QStringLiteral("constraint"));
    } else if (sqlState == QLatin1String("23502")) {
        error.kind = Kind::NotNullViolation;
        error.constraint = quotedAfter(message, QStringLiteral("column"));
    } else if (sqlState == QLatin1String("40001")) {
        error.kind = Kind::SerializationFailure;
    } else if (sqlState == QLatin1String("40P01")) {
        error.kind = Kind::Deadlock;
    } else if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01")
               || sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03")) {
        error.kind = Kind::ConnectionLost;
    } else if (sqlState == QLatin1String("57014") || sqlState == QLatin1String("55P03")) {
        error.kind = Kind::Timeout; // statement timeout / lock not available
    } else {
        error.kind = Kind::Internal;
    }
    return error;
}

StorageError storageErrorFrom(const std::exception_ptr &exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const AbortTransaction &abort) {
        return abort.error();
    } catch (const pqxx::broken_connection &error) {
        return StorageError::make(Kind::ConnectionLost,
                                  QStringLiteral("The connection to PostgreSQL was lost: ")
                                      + firstLine(error.what()));
    } catch (const pqxx::in_doubt_error &error) {
        return StorageError::make(Kind::ConnectionLost,
                                  QStringLiteral("The connection was lost during COMMIT; the "
                                                 "outcome is unknown: ")
                                      + firstLine(error.what()));
    } catch (const pqxx::statement_completion_unknown &error) {
        return StorageError::make(Kind::ConnectionLost,
                                  QStringLiteral("The connection was lost mid-statement: ")
                                      + firstLine(error.what()));
    } catch (const pqxx::serialization_failure &error) {
        StorageError mapped
            = StorageError::make(Kind::SerializationFailure, firstLine(error.what()));
        mapped.sqlState = QStringLiteral("40001");
        return mapped;
    } catch (const pqxx::deadlock_detected &error) {
        StorageError mapped = StorageError::make(Kind::Deadlock, firstLine(error.what()));
        mapped.sqlState = QStringLiteral("40P01");
        return mapped;
    } catch (const pqxx::sql_error &error) {
        return storageErrorFromSqlState(QString::fromStdString(error.sqlstate()),
                                        firstLine(error.what()));
    } catch (const std::exception &error) {
        return StorageError::make(Kind::Internal, firstLine(error.what()));
    } catch (...) {
        return StorageError::make(Kind::Internal, QStringLiteral("unknown exception"));
    }
}

} // namespace ballsdex::storage

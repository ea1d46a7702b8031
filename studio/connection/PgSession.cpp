// SPDX-License-Identifier: MIT
#include "connection/PgSession.h"

#include <QDeadlineTimer>

#include <clocale>
#include <libpq-fe.h>
#include <locale.h>
#include <poll.h>
#include <string>
#include <vector>

namespace ballsdex::studio {
namespace {

/// libpq translates its messages with the process locale; the classification reads English,
/// so this thread uses the C locale while libpq runs (the user sees our translated sentence).
class CLocaleForThisThread final
{
public:
    CLocaleForThisThread()
        : m_locale(newlocale(LC_ALL_MASK, "C", locale_t(nullptr)))
    {
        if (m_locale != locale_t(nullptr))
            m_previous = uselocale(m_locale);
    }
    ~CLocaleForThisThread()
    {
        if (m_locale != locale_t(nullptr)) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
    }
    CLocaleForThisThread(const CLocaleForThisThread &) = delete;
    CLocaleForThisThread &operator=(const CLocaleForThisThread &) = delete;

private:
    locale_t m_locale = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
};

} // namespace

PgSession::~PgSession()
{
    if (m_connection != nullptr)
        PQfinish(m_connection);
}

Result<void, QString> PgSession::open(const QString &conninfo, std::chrono::milliseconds timeout)
{
    const CLocaleForThisThread cLocale;
    const std::string text = conninfo.toStdString();
    m_connection = PQconnectStart(text.c_str());
    if (m_connection == nullptr)
        return fail(QStringLiteral("out of memory"));
    PQsetErrorVerbosity(m_connection, PQERRORS_VERBOSE);
    if (PQstatus(m_connection) == CONNECTION_BAD)
        return fail(QString::fromUtf8(PQerrorMessage(m_connection)));

    const QDeadlineTimer deadline(timeout);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED)
            return fail(QString::fromUtf8(PQerrorMessage(m_connection)));
        pollfd descriptor {PQsocket(m_connection),
                           short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = poll(&descriptor, 1, int(deadline.remainingTime()));
        if (ready == 0 || deadline.hasExpired())
            return fail(QStringLiteral("timeout expired after %1 ms").arg(timeout.count()));
        state = PQconnectPoll(m_connection);
    }
    return {};
}

Result<QList<QStringList>, PgSession::Error> PgSession::query(const QString &statement,
                                                              const QStringList &parameters)
{
    const CLocaleForThisThread cLocale;
    const std::string sql = statement.toStdString();
    std::vector<std::string> values;
    for (const QString &parameter : parameters)
        values.push_back(parameter.toStdString());
    std::vector<const char *> pointers;
    for (const std::string &value : values)
        pointers.push_back(value.c_str());

    PGresult *result = PQexecParams(m_connection, sql.c_str(), int(pointers.size()), nullptr,
                                    pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char *code = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const char *text = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        Error error {QString::fromLatin1(code != nullptr ? code : ""),
                     QString::fromUtf8(text != nullptr ? text : PQerrorMessage(m_connection))};
        PQclear(result);
        return fail(error);
    }
    QList<QStringList> rows;
    for (int row = 0; row < PQntuples(result); ++row) {
        QStringList columns;
        for (int column = 0; column < PQnfields(result); ++column) {
            columns.append(PQgetisnull(result, row, column) != 0
                               ? QString()
                               : QString::fromUtf8(PQgetvalue(result, row, column)));
        }
        rows.append(columns);
    }
    PQclear(result);
    return rows;
}

bool PgSession::usesTls() const
{
    return m_connection != nullptr && PQsslInUse(m_connection) != 0;
}

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include <pqxx/connection>
#include <pqxx/transaction>

#include <QString>

namespace ballsdex::testing {

/// Runs SQL on a connection of its own, as Studio or another bot process would.
inline void execElsewhere(const QString &conninfo, const QString &sql)
{
    pqxx::connection connection(conninfo.toStdString());
    pqxx::work work(connection);
    work.exec0(sql.toStdString());
    work.commit();
}

} // namespace ballsdex::testing

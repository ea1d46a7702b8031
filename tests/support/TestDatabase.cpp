// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include <pqxx/pqxx>

#include <QProcess>
#include <QUuid>
#include <QtGlobal>

#include <string>

namespace ballsdex::testing {
namespace {

std::string adminConninfo()
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres")
        .arg(TestDatabase::socketDirectory())
        .arg(TestDatabase::port())
        .toStdString();
}

bool runFixture(const QString &action)
{
    const QString script = qEnvironmentVariable("BALLSDEX_TEST_PGFIXTURE");
    if (script.isEmpty())
        return false;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(
        QStringLiteral("bash"),
        {script, action, TestDatabase::socketDirectory(), QString::number(TestDatabase::port())});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

TestDatabase::TestDatabase()
    : m_name(QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    if (socketDirectory().isEmpty())
        return;
    try {
        pqxx::connection admin(adminConninfo());
        pqxx::nontransaction tx(admin);
        tx.exec0("CREATE DATABASE " + tx.quote_name(m_name.toStdString()) + " TEMPLATE template0");
        m_available = true;
    } catch (const std::exception &error) {
        qWarning("TestDatabase: cannot create a database: %s", error.what());
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_available)
        return;
    try {
        pqxx::connection admin(adminConninfo());
        pqxx::nontransaction tx(admin);
        tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(m_name.toStdString())
                 + " WITH (FORCE)");
    } catch (const std::exception &error) {
        qWarning("TestDatabase: cannot drop %s: %s", qPrintable(m_name), error.what());
    }
}

QString TestDatabase::url() const
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3")
        .arg(m_name, socketDirectory())
        .arg(port());
}

QString TestDatabase::conninfo() const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3")
        .arg(socketDirectory())
        .arg(port())
        .arg(m_name);
}

QString TestDatabase::socketDirectory()
{
    return qEnvironmentVariable("BALLSDEX_TEST_PGHOST");
}

int TestDatabase::port()
{
    return qEnvironmentVariableIntValue("BALLSDEX_TEST_PGPORT");
}

bool TestDatabase::stopServer()
{
    return runFixture(QStringLiteral("kill"));
}

bool TestDatabase::startServer()
{
    return runFixture(QStringLiteral("resume"));
}

} // namespace ballsdex::testing

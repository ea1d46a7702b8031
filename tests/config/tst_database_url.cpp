// SPDX-License-Identifier: MIT
#include "config/DatabaseUrl.h"

#include <QTest>

using ballsdex::config::DatabaseUrl;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesIntoConninfo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("redacted");

        QTest::newRow("postgres scheme")
            << QStringLiteral("postgres://ballsdex:s3cret@db.example:5433/ballsdex")
            << QStringLiteral("host='db.example' port='5433' dbname='ballsdex' user='ballsdex' "
                              "password='s3cret'")
            << QStringLiteral("postgresql://ballsdex:***@db.example:5433/ballsdex");
        QTest::newRow("postgresql scheme, upper case")
            << QStringLiteral("POSTGRESQL://ballsdex:s3cret@db.example/ballsdex")
            << QStringLiteral(
                   "host='db.example' dbname='ballsdex' user='ballsdex' password='s3cret'")
            << QStringLiteral("postgresql://ballsdex:***@db.example/ballsdex");
        QTest::newRow("socket directory in the query")
            << QStringLiteral("postgresql://postgres@/test_db?host=/tmp/pg sock&port=5432")
            << QStringLiteral("host='/tmp/pg sock' port='5432' dbname='test_db' user='postgres'")
            << QStringLiteral("postgresql://postgres@/test_db?host=/tmp/pg%20sock&port=5432");
        QTest::newRow("percent-encoded socket host")
            << QStringLiteral("postgres://%2Fvar%2Frun%2Fpostgresql/ballsdex")
            << QStringLiteral("host='/var/run/postgresql' dbname='ballsdex'")
            << QStringLiteral("postgresql:///ballsdex?host=/var/run/postgresql");
        QTest::newRow("escaped password and parameters")
            << QStringLiteral("postgres://bot:p%40ss%3Aw'rd%5C@localhost/dex?sslmode=require&"
                              "application_name=ballsdex")
            << QStringLiteral("host='localhost' dbname='dex' user='bot' password='p@ss:w\\'rd\\\\' "
                              "sslmode='require' application_name='ballsdex'")
            << QStringLiteral("postgresql://bot:***@localhost/dex?sslmode=require&"
                              "application_name=ballsdex");
        QTest::newRow("IPv6 host") << QStringLiteral("postgresql://u@[::1]:6000/db")
                                   << QStringLiteral("host='::1' port='6000' dbname='db' user='u'")
                                   << QStringLiteral("postgresql://u@[::1]:6000/db");
        QTest::newRow("no database name")
            << QStringLiteral("postgresql://localhost") << QStringLiteral("host='localhost'")
            << QStringLiteral("postgresql://localhost/");
    }
    void parsesIntoConninfo()
    {
        QFETCH(QString, url);
        QFETCH(QString, conninfo);
        QFETCH(QString, redacted);
        const auto parsed = DatabaseUrl::parse(url);
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->toConninfo(), conninfo);
        QCOMPARE(parsed->redacted(), redacted);
        QVERIFY(!parsed->redacted().contains(QLatin1String("s3cret")));
        const auto again = DatabaseUrl::parse(parsed->toUrl());
        QVERIFY(again.has_value());
        QCOMPARE(*again, *parsed);
    }

    void bothSchemesAreEquivalent()
    {
        const auto a = DatabaseUrl::parse(QStringLiteral("postgres://u:p@h:1/d"));
        const auto b = DatabaseUrl::parse(QStringLiteral("postgresql://u:p@h:1/d"));
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        QCOMPARE(a->user(), QStringLiteral("u"));
        QCOMPARE(a->password(), QStringLiteral("p"));
        QCOMPARE(a->host(), QStringLiteral("h"));
        QCOMPARE(a->port().value_or(0), 1);
        QCOMPARE(a->databaseName(), QStringLiteral("d"));
        QVERIFY(!a->isSocketDirectory());
        QVERIFY(!a->isEmpty());
        QVERIFY(DatabaseUrl().isEmpty());
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("other scheme") << QStringLiteral("mysql://root:hunter2@localhost/dex")
                                      << QStringLiteral("the scheme `mysql://` is not supported");
        QTest::newRow("conninfo") << QStringLiteral("host=localhost dbname=dex")
                                  << QStringLiteral("looks like a libpq keyword/value string");
        QTest::newRow("not a url") << QStringLiteral("localhost")
                                   << QStringLiteral("is not a database URL (no `scheme://`)");
        QTest::newRow("bad port") << QStringLiteral("postgres://u:hunter2@h:99999/d")
                                  << QStringLiteral(
                                         "the port `99999` is not a number between 1 and "
                                         "65535");
        QTest::newRow("port in query")
            << QStringLiteral("postgres:///d?port=abc") << QStringLiteral("the port `abc`");
        QTest::newRow("unknown parameter") << QStringLiteral("postgres://h/d?sslmod=require")
                                           << QStringLiteral("`sslmod` is not a PostgreSQL "
                                                             "connection parameter (did you mean "
                                                             "`sslmode`?)");
        QTest::newRow("bad sslmode") << QStringLiteral("postgres://h/d?sslmode=always")
                                     << QStringLiteral("sslmode `always` is not valid");
        QTest::newRow("several hosts")
            << QStringLiteral("postgres://a:1,b:2/d") << QStringLiteral("several hosts");
        QTest::newRow("fragment") << QStringLiteral("postgres://u:pa#ss@h/d")
                                  << QStringLiteral("percent-encode `#` as %23");
        QTest::newRow("empty") << QStringLiteral("  ")
                               << QStringLiteral("the database URL is empty");
        QTest::newRow("parameter without value")
            << QStringLiteral("postgres://h/d?sslmode") << QStringLiteral("has no value");
    }
    void refusesBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const auto parsed = DatabaseUrl::parse(url);
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
        QVERIFY2(!parsed.error().contains(QLatin1String("hunter2")), qPrintable(parsed.error()));
    }
};

QTEST_APPLESS_MAIN(TestDatabaseUrl)
#include "tst_database_url.moc"

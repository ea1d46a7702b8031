// SPDX-License-Identifier: MIT
#include "auth/SecretStore.h"
#include "connection/ConnectionFailure.h"
#include "connection/ConnectionProfile.h"
#include "connection/ConnectionSettings.h"
#include "connection/DatabaseFactory.h"

#include <QCoroTask>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ballsdex::studio;

Q_DECLARE_METATYPE(ballsdex::studio::SslMode)
Q_DECLARE_METATYPE(ballsdex::studio::ConnectionFailure::Kind)

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<SslMode>("sslMode");
        QTest::addColumn<QString>("rootCert");

        QTest::newRow("postgres scheme") << "postgres://alice@db.example.org:6543/ballsdex"
                                         << "db.example.org" << 6543 << "ballsdex"
                                         << "alice" << SslMode::Prefer << "";
        QTest::newRow("postgresql scheme, default port")
            << "postgresql://bob@localhost/ballsdex?sslmode=require"
            << "localhost" << 5432 << "ballsdex"
            << "bob" << SslMode::Require << "";
        QTest::newRow("socket directory")
            << "postgresql://carol@/ballsdex?host=/run/postgresql&port=5433"
            << "/run/postgresql" << 5433 << "ballsdex"
            << "carol" << SslMode::Prefer << "";
        QTest::newRow("percent-encoded user") << "postgresql://o%27brien%40home%3Ax%20y@h:5432/db"
                                              << "h" << 5432 << "db"
                                              << "o'brien@home:x y" << SslMode::Prefer << "";
        QTest::newRow("verify-full with root certificate")
            << "postgresql://u@h/db?sslmode=verify-full&sslrootcert=/etc/ssl/ca%20dir/ca.pem"
            << "h" << 5432 << "db"
            << "u" << SslMode::VerifyFull << "/etc/ssl/ca dir/ca.pem";
        QTest::newRow("IPv6") << "postgresql://u@[::1]:5444/db?sslmode=verify-ca"
                              << "::1" << 5444 << "db"
                              << "u" << SslMode::VerifyCa << "";
        QTest::newRow("disable") << "postgres://u@h/db?sslmode=disable"
                                 << "h" << 5432 << "db"
                                 << "u" << SslMode::Disable << "";
    }

    void parsesUrls()
    {
        QFETCH(QString, url);
        const auto profile = ConnectionProfile::fromUrl(url);
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error()));
        QTEST(profile->host, "host");
        QTEST(profile->port, "port");
        QTEST(profile->database, "database");
        QTEST(profile->user, "user");
        QTEST(profile->sslMode, "sslMode");
        QTEST(profile->sslRootCert, "rootCert");
        QCOMPARE(profile->applicationName, QStringLiteral("BallsDex Studio"));

        const auto again = ConnectionProfile::fromUrl(profile->toUrl());
        QVERIFY2(again, qPrintable(profile->toUrl()));
        QCOMPARE(*again, *profile);
        QVERIFY(profile->toUrl().startsWith(QLatin1String("postgresql://")));
    }

    void oddProfileRoundTrips()
    {
        ConnectionProfile profile;
        profile.host = QStringLiteral("/tmp/sock dir");
        profile.port = 6000;
        profile.database = QStringLiteral("bälls dex");
        profile.user = QStringLiteral("ünï cøde@x:y/z'\\");
        profile.sslMode = SslMode::VerifyCa;
        profile.sslRootCert = QStringLiteral("/certs/my ca.pem");
        profile.applicationName = QStringLiteral("Studio & co");
        const auto parsed = ConnectionProfile::fromUrl(profile.toUrl());
        QVERIFY2(parsed, qPrintable(profile.toUrl()));
        QCOMPARE(*parsed, profile);
        QVERIFY(parsed->isSocketDirectory());
    }

    void passwordNeverInTheProfile()
    {
        QString password;
        const auto profile
            = ConnectionProfile::fromUrl(QStringLiteral("postgresql://u:s3cr%40t@h/db"), &password);
        QVERIFY(profile);
        QCOMPARE(password, QStringLiteral("s3cr@t"));
        QVERIFY(!profile->toUrl().contains(QLatin1String("s3cr")));
        QVERIFY(!profile->conninfo().contains(QLatin1String("password")));
        QVERIFY(profile->conninfo(password).contains(QLatin1String("password='s3cr@t'")));
        QVERIFY(profile->toUrlWithPassword(password).contains(QLatin1String(":s3cr%40t@")));
    }

    void conninfoNamesEveryParameter()
    {
        ConnectionProfile profile;
        profile.host = QStringLiteral("db.example.org");
        profile.port = 6543;
        profile.database = QStringLiteral("ballsdex");
        profile.user = QStringLiteral("o'brien");
        profile.sslMode = SslMode::VerifyFull;
        profile.sslRootCert = QStringLiteral("/etc/ca.pem");
        const QString conninfo = profile.conninfo(QStringLiteral("pw"));
        for (const char *part : {"host='db.example.org'", "port='6543'", "dbname='ballsdex'",
                                 "user='o\\'brien'", "password='pw'", "sslmode='verify-full'",
                                 "sslrootcert='/etc/ca.pem'", "application_name='BallsDex Studio'"})
            QVERIFY2(conninfo.contains(QLatin1String(part)), part);
        QVERIFY(ConnectionProfile {}.conninfo().contains(QLatin1String("sslmode='prefer'")));
        // Studio's pool adds timeouts so a vanished server fails fast instead of hanging a quit.
        const QString pooled = studioDatabaseOptions(profile, QStringLiteral("pw")).conninfo;
        QVERIFY(pooled.startsWith(conninfo));
        for (const char *part : {"connect_timeout=10", "keepalives=1", "tcp_user_timeout=20000"})
            QVERIFY2(pooled.contains(QLatin1String(part)), part);
    }

    void secretKeyNamesTheLogin()
    {
        const auto profile
            = ConnectionProfile::fromUrl(QStringLiteral("postgresql://ann@db.lan:5433/bd"));
        QVERIFY(profile);
        QCOMPARE(profile->secretKey(), QStringLiteral("database/ann@db.lan:5433/bd"));
    }

    void badUrlsAreExplained_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme") << "mysql://u@h/db"
                                << "not supported";
        QTest::newRow("sslmode") << "postgresql://u@h/db?sslmode=sometimes"
                                 << "sslmode";
        QTest::newRow("sslpassword") << "postgresql://u@h/db?sslpassword=x"
                                     << "sslpassword";
        QTest::newRow("port") << "postgresql://u:hunter2@h:99999/db"
                              << "port";
    }

    void badUrlsAreExplained()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const auto profile = ConnectionProfile::fromUrl(url);
        QVERIFY(!profile);
        QVERIFY2(profile.error().contains(expected), qPrintable(profile.error()));
        QVERIFY(!profile.error().contains(QLatin1String("hunter2")));
    }

    void validationNamesTheMissingRootCertificate()
    {
        ConnectionProfile profile;
        profile.user = QStringLiteral("u");
        profile.database = QStringLiteral("db");
        QVERIFY(profile.validate());
        profile.sslMode = SslMode::VerifyFull;
        profile.sslRootCert = QStringLiteral("/nonexistent/ca-root.pem");
        QCOMPARE(profile.missingRootCertificate(), QStringLiteral("/nonexistent/ca-root.pem"));
        QVERIFY(!profile.validate());
        QVERIFY(profile.validate().error().contains(QLatin1String("/nonexistent/ca-root.pem")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        profile.sslRootCert = path;
        QVERIFY(!profile.missingRootCertificate());
        QVERIFY(profile.validate());
        profile.user.clear();
        QVERIFY(!profile.validate());
    }

    void classifiesLibpqErrors_data()
    {
        using Kind = ConnectionFailure::Kind;
        QTest::addColumn<QString>("message");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("sqlState");
        const auto withPrefix = [](const char *text) -> QString {
            return QStringLiteral("connection to server at \"db.lan\", port 5433 failed: ")
                + QString::fromUtf8(text);
        };
        QTest::newRow("wrong password")
            << withPrefix("FATAL:  28P01: password authentication failed for user \"ann\"\n"
                          "LOCATION:  auth_failed, auth.c:335\n")
            << Kind::AuthenticationFailed << "28P01";
        QTest::newRow("unknown user") << withPrefix("FATAL:  28000: role \"ann\" does not exist\n")
                                      << Kind::AuthenticationFailed << "28000";
        QTest::newRow("no password") << withPrefix("fe_sendauth: no password supplied\n")
                                     << Kind::AuthenticationFailed << "";
        QTest::newRow("hostssl only") << withPrefix(
            "FATAL:  28000: no pg_hba.conf entry for host \"10.0.0.2\", user \"ann\", "
            "database \"bd\", no encryption\n")
                                      << Kind::TlsRequiredByServer << "28000";
        QTest::newRow("pg_hba") << withPrefix("FATAL:  28000: no pg_hba.conf entry for host "
                                              "\"10.0.0.2\", user \"ann\", database \"bd\", SSL "
                                              "encryption\n")
                                << Kind::NotAllowed << "28000";
        QTest::newRow("database") << withPrefix("FATAL:  3D000: database \"bd\" does not exist\n")
                                  << Kind::DatabaseMissing << "3D000";
        QTest::newRow("no TLS") << withPrefix("server does not support SSL, but SSL was required\n")
                                << Kind::TlsRefusedByServer << "";
        QTest::newRow("bad certificate") << withPrefix("SSL error: certificate verify failed\n")
                                         << Kind::CertificateRejected << "";
        QTest::newRow("host name") << withPrefix("server certificate for \"x\" does not match host "
                                                 "name \"db.lan\"\n")
                                   << Kind::CertificateRejected << "";
        QTest::newRow("root certificate")
            << withPrefix("root certificate file \"/root/.postgresql/root.crt\" does not exist\n")
            << Kind::MissingRootCertificate << "";
        QTest::newRow("refused") << withPrefix(
            "Connection refused\n\tIs the server running on that "
            "host and accepting TCP/IP connections?\n")
                                 << Kind::Unreachable << "";
        QTest::newRow("dns") << "could not translate host name \"db.lan\" to address: Name or "
                                "service not known\n"
                             << Kind::Unreachable << "";
        QTest::newRow("timeout") << "timeout expired after 15000 ms" << Kind::Unreachable << "";
        QTest::newRow("other") << "something odd happened" << Kind::Other << "";
    }

    void classifiesLibpqErrors()
    {
        QFETCH(QString, message);
        QFETCH(ConnectionFailure::Kind, kind);
        const auto profile
            = ConnectionProfile::fromUrl(QStringLiteral("postgresql://ann@db.lan:5433/bd"));
        QVERIFY(profile);
        const QString password = QStringLiteral("hunter2");
        const ConnectionFailure failure
            = classifyConnectionError(*profile, message + u' ' + password, password);
        QCOMPARE(failure.kind, kind);
        QTEST(failure.sqlState, "sqlState");
        QVERIFY(!failure.message.isEmpty());
        QVERIFY(!failure.fullText().contains(password));
        QVERIFY(!failure.detail.contains(QLatin1String("LOCATION")));
        if (kind == ConnectionFailure::Kind::Unreachable) {
            QVERIFY2(failure.message.contains(QLatin1String("host db.lan port 5433")),
                     qPrintable(failure.message));
        }
    }

    void settingsRememberRecentConnections()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("studio.ini"));
        MemorySecretStore secrets;
        const auto first
            = ConnectionProfile::fromUrl(QStringLiteral("postgresql://ann@db.lan:5433/bd"));
        const auto second = ConnectionProfile::fromUrl(
            QStringLiteral("postgres://o%27b@/bd?host=/run/postgresql&sslmode=disable"));
        QVERIFY(first && second);
        {
            QSettings qsettings(file, QSettings::IniFormat);
            ConnectionSettings settings(qsettings, secrets);
            QVERIFY(settings.recentConnections().isEmpty());
            settings.remember(*first, true);
            settings.remember(*second, false);
            settings.remember(*first, true); // moves to the front, no duplicate
            QVERIFY(QCoro::waitFor(settings.storePassword(*first, QStringLiteral("pa55-word"))));
        }
        QSettings reopened(file, QSettings::IniFormat);
        ConnectionSettings settings(reopened, secrets);
        const QList<RecentConnection> recent = settings.recentConnections();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0], (RecentConnection {*first, true}));
        QCOMPARE(recent[1], (RecentConnection {*second, false}));

        const auto stored = QCoro::waitFor(settings.storedPassword(*first));
        QVERIFY(stored);
        QCOMPARE(stored->value_or(QString()), QStringLiteral("pa55-word"));
        QCOMPARE(secrets.contents().value(QStringLiteral("database/ann@db.lan:5433/bd")),
                 QStringLiteral("pa55-word"));
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("pa55"));

        QVERIFY(QCoro::waitFor(settings.forgetPassword(*first)));
        QVERIFY(secrets.contents().isEmpty());
        settings.forget(*second);
        QCOMPARE(settings.recentConnections().size(), 1);
    }

    void settingsKeepAtMostTenConnections()
    {
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        ConnectionSettings settings(qsettings, secrets);
        for (int i = 0; i < ConnectionSettings::MaxRecent + 3; ++i) {
            ConnectionProfile profile;
            profile.host = QStringLiteral("h%1").arg(i);
            profile.user = QStringLiteral("u");
            profile.database = QStringLiteral("db");
            settings.remember(profile, false);
        }
        const auto recent = settings.recentConnections();
        QCOMPARE(recent.size(), ConnectionSettings::MaxRecent);
        QCOMPARE(recent.first().profile.host, QStringLiteral("h12"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"

// SPDX-License-Identifier: MIT
#include "TcpForwarder.h"
#include "auth/SecretStore.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionSettings.h"
#include "connection/DatabaseFactory.h"
#include "domain/StudioLoginSettings.h"
#include "schema/Migrator.h"
#include "storage/Database.h"
#include "support/Awaiting.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

#include <memory>

using namespace ballsdex::studio;
using ballsdex::testing::TestDatabase;
using Kind = ConnectionFailure::Kind;

namespace {

void execute(const QString &conninfo, const std::string &sql)
{
    pqxx::connection connection(conninfo.toStdString());
    pqxx::nontransaction tx(connection);
    tx.exec0(sql);
}

/// A dialog over a temporary QSettings file and an in-memory secret store.
struct Harness
{
    QTemporaryDir dir;
    QString settingsFile = dir.filePath(QStringLiteral("studio.ini"));
    QSettings qsettings {settingsFile, QSettings::IniFormat};
    MemorySecretStore secrets;
    ConnectionSettings settings {qsettings, secrets};
    std::unique_ptr<ConnectionDialog> dialog;

    Harness()
        : dialog(std::make_unique<ConnectionDialog>(settings))
    {
        dialog->setConnectTimeout(std::chrono::seconds(10));
        dialog->show();
    }

    template<typename W> W *child(const char *name) const
    {
        return dialog->findChild<W *>(QString::fromLatin1(name));
    }
    void setText(const char *field, const QString &text) const
    {
        auto *edit = child<QLineEdit>(field);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    void chooseSslMode(const char *mode) const
    {
        auto *combo = child<QComboBox>("sslModeCombo");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(mode)));
    }
    /// Clicks Connect and waits for the test to end; true when the dialog accepted.
    bool connectAndWait() const
    {
        QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return !dialog->isTesting(); }, 20000))
            return false;
        return QTest::qWaitFor([this] { return dialog->result() == QDialog::Accepted; }, 50);
    }
    [[nodiscard]] QString errorText() const { return child<QLabel>("errorLabel")->text(); }
};

} // namespace

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlAndFieldsStayInSync()
    {
        Harness h;
        h.dialog->setUrl(QStringLiteral("postgresql://ann:top%20secret@db.lan:5433/"
                                        "bd?sslmode=verify-full&sslrootcert=/ca.pem"));
        QCOMPARE(h.child<QLineEdit>("hostEdit")->text(), QStringLiteral("db.lan"));
        QCOMPARE(h.child<QSpinBox>("portSpin")->value(), 5433);
        QCOMPARE(h.child<QLineEdit>("databaseEdit")->text(), QStringLiteral("bd"));
        QCOMPARE(h.child<QLineEdit>("userEdit")->text(), QStringLiteral("ann"));
        QCOMPARE(h.child<QLineEdit>("passwordEdit")->text(), QStringLiteral("top secret"));
        QCOMPARE(h.child<QComboBox>("sslModeCombo")->currentData().toString(),
                 QStringLiteral("verify-full"));
        QCOMPARE(h.child<QLineEdit>("rootCertEdit")->text(), QStringLiteral("/ca.pem"));
        QVERIFY(!h.child<QLineEdit>("urlEdit")->text().contains(QLatin1String("secret")));

        h.setText("hostEdit", QStringLiteral("other.lan"));
        h.chooseSslMode("require");
        const QString url = h.child<QLineEdit>("urlEdit")->text();
        QVERIFY2(url.contains(QLatin1String("@other.lan:5433/bd")), qPrintable(url));
        QVERIFY2(url.contains(QLatin1String("sslmode=require")), qPrintable(url));

        h.setText("urlEdit", QStringLiteral("postgres://typed@h/db"));
        QCOMPARE(h.child<QLineEdit>("urlEdit")->text(), QStringLiteral("postgres://typed@h/db"));
        QCOMPARE(h.child<QLineEdit>("userEdit")->text(), QStringLiteral("typed"));
        QCOMPARE(h.child<QSpinBox>("portSpin")->value(), 5432);

        h.setText("urlEdit", QStringLiteral("mysql://x@y/z"));
        QVERIFY(h.errorText().contains(QLatin1String("not supported")));
        QVERIFY(!h.connectAndWait());
        QCOMPARE(h.dialog->lastFailure()->kind, Kind::InvalidProfile);
    }

    void connectsAndReturnsTheLoginSettings()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        ballsdex::domain::StudioLoginSettings published;
        published.clientId = 1234567890123456789ULL;
        published.adminGuildIds = {1122334455667788990ULL};
        const QByteArray json = QJsonDocument(published.toJson()).toJson(QJsonDocument::Compact);
        execute(database.conninfo(),
                "INSERT INTO bot_state (key, value) VALUES ('studio.login', '" + json.toStdString()
                    + "')");

        Harness h;
        h.dialog->setUrl(database.url());
        h.child<QLineEdit>("passwordEdit")->setText(QStringLiteral("pw-not-needed"));
        QTest::mouseClick(h.child<QPushButton>("connectButton"), Qt::LeftButton);
        QVERIFY(h.dialog->isTesting());
        QVERIFY(h.child<QProgressBar>("connectProgress")->isVisible());
        QVERIFY(!h.child<QPushButton>("connectButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), 20000);
        QVERIFY(!h.dialog->isTesting());

        const auto &outcome = h.dialog->outcome();
        QVERIFY(outcome);
        QCOMPARE(outcome->profile.database, database.name());
        QCOMPARE(outcome->password, QStringLiteral("pw-not-needed"));
        QCOMPARE(outcome->databaseRole, StudioRole::Admin); // postgres is a superuser
        QVERIFY2(outcome->loginSettings, qPrintable(outcome->notes.join(u'\n')));
        QCOMPARE(outcome->loginSettings->clientId, published.clientId);
        QCOMPARE(outcome->loginSettings->adminGuildIds, published.adminGuildIds);
        QVERIFY(outcome->notes.isEmpty());
        QVERIFY(outcome->schemaSummary.contains(
            QStringLiteral("schema version %1").arg(ballsdex::schema::Migrator::latestVersion())));
        QCOMPARE(h.settings.recentConnections().size(), 1);
        QCOMPARE(h.settings.recentConnections().first().profile, outcome->profile);

        // The editors' Database for this profile reaches the same database.
        const auto studioDatabase = createDatabase(outcome->profile, outcome->password);
        QVERIFY(ballsdex::testing::await(studioDatabase->ping()));
        QVERIFY(studioDatabase->options().conninfo.contains(database.name()));

        // The next dialog offers the remembered connection first.
        ConnectionDialog next(h.settings);
        QCOMPARE(next.findChild<QComboBox *>(QStringLiteral("recentConnectionsCombo"))->count(), 1);
        QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text(),
                 database.name());
        QVERIFY(next.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }

    void missingLoginSettingsAreExplained()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        Harness h;
        h.dialog->setUrl(database.url());
        QVERIFY(h.connectAndWait());
        QVERIFY(!h.dialog->outcome()->loginSettings);
        QCOMPARE(h.dialog->outcome()->notes.size(), 1);
        QVERIFY(h.dialog->outcome()->notes.first().contains(
            QLatin1String("has not published its login settings")));
        QVERIFY(
            h.dialog->outcome()->notes.first().contains(QLatin1String("admin-panel.client-id")));
    }

    void failuresAreExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown user")
            << "userEdit"
            << "nobody_here" << Kind::AuthenticationFailed << "Wrong password or unknown user";
        QTest::newRow("missing database") << "databaseEdit"
                                          << "no_such_db" << Kind::DatabaseMissing
                                          << "The database \"no_such_db\" does not exist";
    }

    void failuresAreExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        Harness h;
        h.dialog->setUrl(database.url());
        h.setText(field.toLatin1().constData(), value);
        h.child<QLineEdit>("passwordEdit")->setText(QStringLiteral("hunter2"));
        QVERIFY(!h.connectAndWait());
        QTEST(h.dialog->lastFailure()->kind, "kind");
        QFETCH(QString, expected);
        QVERIFY2(h.errorText().contains(expected), qPrintable(h.errorText()));
        QVERIFY(!h.errorText().contains(QLatin1String("hunter2")));
        QVERIFY(h.child<QLabel>("errorLabel")->isVisible());
        QVERIFY(h.child<QPushButton>("connectButton")->isEnabled());
        QVERIFY(!h.child<QProgressBar>("connectProgress")->isVisible());
        QVERIFY(h.settings.recentConnections().isEmpty());
    }

    void unreachablePortNamesHostAndPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Harness h;
        h.dialog->setUrl(QStringLiteral("postgresql://u@127.0.0.1:%1/db").arg(port));
        QVERIFY(!h.connectAndWait());
        QCOMPARE(h.dialog->lastFailure()->kind, Kind::Unreachable);
        const QString expected = QStringLiteral("host 127.0.0.1 port %1").arg(port);
        QVERIFY2(h.errorText().contains(expected), qPrintable(h.errorText()));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Harness h;
        h.dialog->setConnectTimeout(std::chrono::milliseconds(300));
        h.dialog->setUrl(QStringLiteral("postgresql://u@127.0.0.1:%1/db").arg(silent.serverPort()));
        QVERIFY(!h.connectAndWait());
        QCOMPARE(h.dialog->lastFailure()->kind, Kind::Unreachable);
        QVERIFY(h.dialog->lastFailure()->detail.contains(QLatin1String("timeout")));
        QVERIFY(h.errorText().contains(QStringLiteral("port %1").arg(silent.serverPort())));
    }

    void cancelAbandonsTheRunningTest()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Harness h;
        h.dialog->setConnectTimeout(std::chrono::milliseconds(300));
        h.dialog->setUrl(QStringLiteral("postgresql://u@127.0.0.1:%1/db").arg(silent.serverPort()));
        QTest::mouseClick(h.child<QPushButton>("connectButton"), Qt::LeftButton);
        QVERIFY(h.dialog->isTesting());
        QTest::mouseClick(h.child<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(h.dialog->result(), int(QDialog::Rejected));
        QVERIFY(!h.dialog->isVisible());
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!h.dialog->lastFailure());
        QVERIFY(!h.dialog->outcome());
        QVERIFY(h.child<QPushButton>("connectButton")->isEnabled());
    }

    void requiredTlsRefusedByTheServer()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        ballsdex::testing::TcpForwarder forwarder(QStringLiteral("%1/.s.PGSQL.%2")
                                                      .arg(TestDatabase::socketDirectory())
                                                      .arg(TestDatabase::port()));
        QVERIFY(forwarder.port() != 0);
        Harness h;
        h.dialog->setUrl(QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2")
                             .arg(forwarder.port())
                             .arg(database.name()));
        h.chooseSslMode("require");
        QVERIFY(!h.connectAndWait());
        QCOMPARE(h.dialog->lastFailure()->kind, Kind::TlsRefusedByServer);
        QVERIFY2(h.errorText().contains(QLatin1String("TLS was required")),
                 qPrintable(h.errorText()));

        h.chooseSslMode("prefer"); // the same route works without TLS: the forwarder is sound
        QVERIFY2(h.connectAndWait(), qPrintable(h.errorText()));
        QVERIFY(!h.dialog->outcome()->usesTls);
    }

    void verifyFullNeedsTheRootCertificate()
    {
        Harness h;
        h.dialog->setUrl(QStringLiteral("postgresql://u@db.lan/db"));
        h.chooseSslMode("verify-full");
        h.setText("rootCertEdit", QStringLiteral("/nonexistent/studio-root.crt"));
        QVERIFY(h.child<QLabel>("rootCertHint")
                    ->text()
                    .contains(QLatin1String("/nonexistent/studio-root.crt")));
        QVERIFY(!h.connectAndWait());
        QCOMPARE(h.dialog->lastFailure()->kind, Kind::MissingRootCertificate);
        QVERIFY2(h.errorText().contains(QLatin1String("/nonexistent/studio-root.crt")),
                 qPrintable(h.errorText()));
    }

    void outdatedSchemaIsAMismatch()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        Harness h;
        h.dialog->setUrl(database.url());
        QVERIFY(!h.connectAndWait());
        QCOMPARE(h.dialog->lastFailure()->kind, Kind::SchemaMismatch);
        QVERIFY2(h.errorText().contains(QLatin1String("schema mismatch")),
                 qPrintable(h.errorText()));
        QVERIFY(h.errorText().contains(QLatin1String("ballsdex-bot migrate")));
        const auto status = ballsdex::schema::Migrator(database.url()).status();
        QVERIFY(status);
        QCOMPARE(status->databaseVersion, 0); // Studio never migrates
    }

    void loginWithoutStudioRoleIsRefused()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        const std::string role
            = "studio_norole_" + QUuid::createUuid().toString(QUuid::Id128).left(12).toStdString();
        execute(database.conninfo(), "CREATE ROLE " + role + " LOGIN");
        Harness h;
        h.dialog->setUrl(database.url());
        h.setText("userEdit", QString::fromStdString(role));
        const bool refused = !h.connectAndWait();
        const auto failure = h.dialog->lastFailure();
        // Granted a group role (migration 0008), the same login connects with that role.
        execute(database.conninfo(), "GRANT ballsdex_artist TO " + role);
        const bool artistAccepted = h.connectAndWait();
        const auto outcome = h.dialog->outcome();
        const QString error = h.errorText();
        execute(database.conninfo(), "DROP OWNED BY " + role + "; DROP ROLE " + role);
        QVERIFY(refused);
        QCOMPARE(failure->kind, Kind::NoStudioRole);
        QVERIFY2(failure->message.contains(QLatin1String("has no Studio role")),
                 qPrintable(failure->message));
        QVERIFY2(artistAccepted, qPrintable(error));
        QCOMPARE(outcome->databaseRole, StudioRole::Artist);
    }

    void keychainCheckboxStoresThePasswordOutsideQSettings()
    {
        TestDatabase database;
        if (!database.isAvailable())
            QSKIP("no PostgreSQL test cluster");
        QVERIFY(ballsdex::schema::Migrator(database.url()).migrate());
        const QString password = QStringLiteral("kc-Pa55word!");
        QString key;
        {
            Harness h;
            h.dialog->setUrl(database.url());
            h.child<QLineEdit>("passwordEdit")->setText(password);
            QTest::mouseClick(h.child<QCheckBox>("rememberPasswordCheck"), Qt::LeftButton);
            QVERIFY(h.child<QCheckBox>("rememberPasswordCheck")->isChecked());
            QVERIFY(h.connectAndWait());
            key = h.dialog->outcome()->profile.secretKey();
            QCOMPARE(h.secrets.contents().value(key), password);
            h.qsettings.sync();
            QFile ini(h.settingsFile);
            QVERIFY(ini.open(QIODevice::ReadOnly));
            const QByteArray stored = ini.readAll();
            QVERIFY(stored.contains(database.name().toUtf8()));
            QVERIFY(!stored.contains("Pa55"));

            // Reopening the dialog fills the password from the keychain.
            ConnectionDialog again(h.settings);
            again.show();
            QTRY_COMPARE(again.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
                         password);
            QVERIFY(
                again.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"))->isChecked());

            // Unchecking it forgets the stored password at the next successful connection.
            again.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"))
                ->setChecked(false);
            again.startConnect();
            QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), 20000);
            QVERIFY(!h.secrets.contents().contains(key));
        }
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"

// SPDX-License-Identifier: MIT
// KeychainSecretStore against a real Secret Service: write, read, overwrite, remove. ctest runs
// it under dbus-run-session and scripts/kr.sh (a throw-away unlocked gnome-keyring), which sets
// BALLSDEX_KEYRING=1; anywhere else it skips.
#include "auth/KeychainSecretStore.h"

#include <QCoroTask>
#include <QTest>
#include <QUuid>

using ballsdex::studio::KeychainSecretStore;

namespace {

/// The error text, or empty on success (QVERIFY2 in Qt 6.4 evaluates its message either way).
template<typename T> QByteArray errorOf(const ballsdex::Result<T, QString> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

/// The secret read, or empty when absent or on error.
QString secretOf(const ballsdex::Result<std::optional<QString>, QString> &result)
{
    return result.value_or(std::nullopt).value_or(QString());
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("BALLSDEX_KEYRING") != QLatin1String("1")) {
            const QString reason = qEnvironmentVariable("BALLSDEX_KEYRING_SKIP");
            QSKIP(qPrintable(reason.isEmpty()
                                 ? QStringLiteral("no test keyring: run under dbus-run-session -- "
                                                  "scripts/kr.sh (needs dbus-run-session and "
                                                  "gnome-keyring-daemon)")
                                 : reason));
        }
    }

    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store(QStringLiteral("BallsDex Studio test"));
        const QString key
            = QStringLiteral("discord/test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        const auto absent = QCoro::waitFor(store.read(key));
        QVERIFY2(absent.has_value(), errorOf(absent).constData());
        QVERIFY(!absent->has_value());

        const QString first = QStringLiteral("first-secret-ÆØÅ-🔑");
        const auto written = QCoro::waitFor(store.write(key, first));
        QVERIFY2(written.has_value(), errorOf(written).constData());
        const auto read = QCoro::waitFor(store.read(key));
        QVERIFY2(read.has_value(), errorOf(read).constData());
        QCOMPARE(secretOf(read), first);

        const QString second = QStringLiteral("second-secret");
        QVERIFY(QCoro::waitFor(store.write(key, second)).has_value());
        QCOMPARE(secretOf(QCoro::waitFor(store.read(key))), second);

        // Another service does not see it.
        KeychainSecretStore other(QStringLiteral("BallsDex Studio other test"));
        const auto elsewhere = QCoro::waitFor(other.read(key));
        QVERIFY(elsewhere.has_value());
        QVERIFY(!elsewhere->has_value());

        const auto removed = QCoro::waitFor(store.remove(key));
        QVERIFY2(removed.has_value(), errorOf(removed).constData());
        const auto gone = QCoro::waitFor(store.read(key));
        QVERIFY(gone.has_value());
        QVERIFY(!gone->has_value());
        // Removing what is not there is not an error.
        QVERIFY(QCoro::waitFor(store.remove(key)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

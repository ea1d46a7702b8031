// SPDX-License-Identifier: MIT
#include "domain/Catalogue.h"
#include "domain/Ids.h"
#include "domain/Instance.h"

#include <QTest>

using namespace ballsdex::domain;

class TestDomain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayIdIsUpperHexWithHash()
    {
        QCOMPARE(displayId(255), QStringLiteral("#FF"));
        QCOMPARE(displayId(1234), QStringLiteral("#4D2"));
    }

    void parseDisplayId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // 0 = refused
        QTest::newRow("plain") << QStringLiteral("4d2") << qint64(1234);
        QTest::newRow("0x prefix") << QStringLiteral("0x4D2") << qint64(1234);
        QTest::newRow("spaces") << QStringLiteral("  ff ") << qint64(255);
        QTest::newRow("hash refused") << QStringLiteral("#FF") << qint64(0);
        QTest::newRow("not hex") << QStringLiteral("xyz") << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("out of range") << QStringLiteral("FFFFFFFFFFFFFFFFFFFF") << qint64(0);
    }
    void parseDisplayId()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = ballsdex::domain::parseDisplayId(text);
        QCOMPARE(parsed.value_or(0), expected);
    }

    void parseSnowflakeAcceptsOnlyDiscordIds()
    {
        QCOMPARE(parseSnowflake(QStringLiteral("123456789012345678")).value_or(0),
                 123456789012345678LL);
        QVERIFY(!parseSnowflake(QStringLiteral("1234")));
        QVERIFY(!parseSnowflake(QStringLiteral("12345678901234567a")));
        QVERIFY(!parseSnowflake(QStringLiteral("99999999999999999999")));
    }

    void effectiveStatTruncatesTowardZero()
    {
        QCOMPARE(effectiveStat(333, -7), 310); // 333 - 23
        QCOMPARE(effectiveStat(100, 20), 120);
        QCOMPARE(effectiveStat(101, -20), 81); // -20.2 truncates to -20
        QCOMPARE(effectiveStat(50, 0), 50);
    }

    void nameListsAreNormalised()
    {
        QCOMPARE(normaliseNameList(QStringLiteral(" France ;;Frankreich; RÉPUBLIQUE ")),
                 QStringLiteral("france;frankreich;république"));
    }

    void guessesMatchNameCatchNamesAndTranslations()
    {
        Ball ball;
        ball.country = QStringLiteral("Côte d'Ivoire");
        ball.catchNames = QStringLiteral("ivory coast;civ");
        ball.translations = QStringLiteral("elfenbeinküste");
        QVERIFY(guessMatches(ball, QStringLiteral("  côte d’ivoire ")));
        QVERIFY(guessMatches(ball, QStringLiteral("IVORY COAST")));
        QVERIFY(guessMatches(ball, QStringLiteral("Elfenbeinküste")));
        QVERIFY(!guessMatches(ball, QStringLiteral("ivory")));
        QVERIFY(!guessMatches(ball, QStringLiteral("   ")));
    }

    void lockExpiresAfterThirtyMinutes()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        BallInstance instance;
        QVERIFY(!instance.isLockedAt(now));
        instance.locked = now.addSecs(-29 * 60);
        QVERIFY(instance.isLockedAt(now));
        instance.locked = now.addSecs(-30 * 60);
        QVERIFY(!instance.isLockedAt(now));
    }

    void specialWindowBoundsAreOptional()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        Special special;
        QVERIFY(special.isActiveAt(now));
        special.startDate = now.addDays(1);
        QVERIFY(!special.isActiveAt(now));
        special.startDate = now.addDays(-1);
        special.endDate = now.addSecs(-1);
        QVERIFY(!special.isActiveAt(now));
    }
};

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"

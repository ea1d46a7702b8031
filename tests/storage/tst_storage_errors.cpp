// SPDX-License-Identifier: MIT
#include "storage/ErrorMapping.h"
#include "storage/SqlValues.h"

#include <QTest>

using namespace ballsdex::storage;
using Kind = StorageError::Kind;

class TestStorageErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlStateMapping_data()
    {
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("constraint");
        QTest::newRow("unique") << QStringLiteral("23505")
                                << QStringLiteral("ERROR:  duplicate key value violates unique "
                                                  "constraint \"ball_country_key\"")
                                << Kind::UniqueViolation << QStringLiteral("ball_country_key");
        QTest::newRow("foreign key")
            << QStringLiteral("23503")
            << QStringLiteral(
                   "ERROR:  insert or update on table \"ballinstance\" violates foreign key "
                   "constraint \"ballinstance_ball_id_fkey\"")
            << Kind::ForeignKeyViolation << QStringLiteral("ballinstance_ball_id_fkey");
        QTest::newRow("check") << QStringLiteral("23514")
                               << QStringLiteral("ERROR:  new row for relation \"player\" violates "
                                                 "check constraint \"player_coins_check\"")
                               << Kind::CheckViolation << QStringLiteral("player_coins_check");
        QTest::newRow("not null")
            << QStringLiteral("23502")
            << QStringLiteral("ERROR:  null value in column \"discord_id\" of relation \"player\" "
                              "violates not-null constraint")
            << Kind::NotNullViolation << QStringLiteral("discord_id");
        QTest::newRow("serialization")
            << QStringLiteral("40001") << QString() << Kind::SerializationFailure << QString();
        QTest::newRow("deadlock") << QStringLiteral("40P01") << QString() << Kind::Deadlock
                                  << QString();
        QTest::newRow("connection")
            << QStringLiteral("08006") << QString() << Kind::ConnectionLost << QString();
        QTest::newRow("admin shutdown")
            << QStringLiteral("57P01") << QString() << Kind::ConnectionLost << QString();
        QTest::newRow("statement timeout")
            << QStringLiteral("57014") << QString() << Kind::Timeout << QString();
        QTest::newRow("syntax") << QStringLiteral("42601") << QString() << Kind::Internal
                                << QString();
    }
    void sqlStateMapping()
    {
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        QFETCH(Kind, kind);
        QFETCH(QString, constraint);
        const StorageError error = storageErrorFromSqlState(sqlState, message);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.constraint, constraint);
        QCOMPARE(error.sqlState, sqlState);
    }

    void abortCarriesItsError()
    {
        const StorageError mapped = storageErrorFrom(std::make_exception_ptr(
            AbortTransaction(StorageError::make(Kind::NotEnoughCoins, QStringLiteral("poor")))));
        QCOMPARE(mapped.kind, Kind::NotEnoughCoins);
        QCOMPARE(mapped.message, QStringLiteral("poor"));
        QCOMPARE(storageErrorFrom(std::make_exception_ptr(std::runtime_error("boom"))).kind,
                 Kind::Internal);
    }

    void timestampParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2024, 5, 1), QTime(12, 30, 0), Qt::UTC);
        QTest::newRow("whole seconds") << QStringLiteral("2024-05-01 12:30:00+00") << base;
        QTest::newRow("microseconds")
            << QStringLiteral("2024-05-01 12:30:00.123456+00") << base.addMSecs(123);
        QTest::newRow("one fraction digit")
            << QStringLiteral("2024-05-01 12:30:00.5+00") << base.addMSecs(500);
        QTest::newRow("other offset") << QStringLiteral("2024-05-01 14:30:00+02") << base;
        QTest::newRow("offset with minutes") << QStringLiteral("2024-05-01 18:00:00+05:30") << base;
    }
    void timestampParsing()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = sql::parseTimestamp(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void parametersAreText()
    {
        QCOMPARE(sql::param(true).value(), std::string("true"));
        QCOMPARE(sql::param(qint64(-5)).value(), std::string("-5"));
        QVERIFY(!sql::param(std::optional<QString>()).has_value());
        QVERIFY(!sql::param(QDateTime()).has_value());
        QCOMPARE(sql::param(QDateTime(QDate(2024, 5, 1), QTime(12, 30, 0, 7), Qt::UTC)).value(),
                 std::string("2024-05-01T12:30:00.007Z"));
        QCOMPARE(sql::param(QJsonObject {{QStringLiteral("a"), 1}}).value(),
                 std::string("{\"a\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestStorageErrors)
#include "tst_storage_errors.moc"

// SPDX-License-Identifier: MIT
// The export's building blocks without a database: ZIP writer, CSV quoting, CSV rows.
#include "ZipReading.h"
#include "features/player/CsvWriter.h"
#include "features/player/PlayerCsv.h"
#include "features/player/PlayerExport.h"
#include "features/player/ZipWriter.h"

#include <QTest>

using namespace ballsdex;
using bot::features::CsvWriter;
using bot::features::PlayerCsv;
using bot::features::PlayerExport;
using bot::features::ZipWriter;

class TestZipWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesReadBack()
    {
        QByteArray large;
        for (int i = 0; i < 50000; ++i)
            large += QByteArray::number(i * 7919 % 1000003) + ",row\r\n";
        const QMap<QString, QByteArray> files {
            {QStringLiteral("1_testballs.csv"), large},
            {QStringLiteral("empty.csv"), QByteArray()},
            {QStringLiteral("Côte d’Ivoire.csv"), QStringLiteral("é,ü,😀\r\n").toUtf8()}};
        ZipWriter zip;
        for (auto it = files.begin(); it != files.end(); ++it)
            QVERIFY(zip.add(it.key(), it.value(), QDateTime::currentDateTimeUtc()));
        const QByteArray archive = zip.archive();
        QVERIFY2(archive.size() < large.size() / 2, "the data was not deflated");

        const auto read = ballsdex::testing::readZip(archive);
        QVERIFY(read);
        QCOMPARE(*read, files);

        const std::optional<bool> python = ballsdex::testing::pythonAcceptsZip(archive);
        if (!python)
            QSKIP("python3 is not installed: the standard library check did not run");
        QVERIFY(*python);
    }

    void dosTimestampIsWritten()
    {
        ZipWriter zip;
        QVERIFY(zip.add(QStringLiteral("a.csv"), "x",
                        QDateTime(QDate(2025, 3, 1), QTime(12, 34, 56), Qt::UTC)));
        const QByteArray archive = zip.archive();
        const auto time = qFromLittleEndian<quint16>(archive.constData() + 10);
        const auto date = qFromLittleEndian<quint16>(archive.constData() + 12);
        QCOMPARE(time, quint16((12 << 11) | (34 << 5) | (56 / 2)));
        QCOMPARE(date, quint16(((2025 - 1980) << 9) | (3 << 5) | 1));
    }

    void badNamesAreRefused()
    {
        ZipWriter zip;
        QVERIFY(zip.add(QStringLiteral("a.csv"), "x", {}));
        QVERIFY(!zip.add(QStringLiteral("a.csv"), "y", {}));
        QVERIFY(!zip.add(QString(), "y", {}));
        QCOMPARE(zip.entryCount(), 1);
        const auto read = ballsdex::testing::readZip(zip.archive());
        QVERIFY(read);
        QCOMPARE(read->value(QStringLiteral("a.csv")), QByteArray("x"));
    }

    void emptyArchiveIsValid()
    {
        const auto read = ballsdex::testing::readZip(ZipWriter().archive());
        QVERIFY(read);
        QVERIFY(read->isEmpty());
    }

    void csvFieldsAreQuoted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("France") << QStringLiteral("France");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("#1 A, #2 B") << QStringLiteral("\"#1 A, #2 B\"");
        QTest::newRow("quote") << QStringLiteral("The \"Big\" One")
                               << QStringLiteral("\"The \"\"Big\"\" One\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("spaces kept") << QStringLiteral(" x ") << QStringLiteral(" x ");
    }

    void csvFieldsAreQuoted()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void csvRowsEndWithCrLf()
    {
        CsvWriter csv;
        csv.row({QStringLiteral("a"), QStringLiteral("b,c")});
        csv.row({QStringLiteral("é")});
        QCOMPARE(csv.data(), QByteArray("a,\"b,c\"\r\n\xc3\xa9\r\n"));
    }

    void instanceRows()
    {
        storage::ExportedInstance instance;
        instance.id = 1234;
        instance.ballName = QStringLiteral("Korea, South");
        instance.catchDate = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
        instance.previousOwner = 1400000000000000002LL;
        instance.special = QStringLiteral("Shiny");
        instance.attack = 50;
        instance.attackBonus = -10;
        instance.health = 100;
        instance.healthBonus = 15;
        CsvWriter csv;
        csv.row(PlayerCsv::instanceHeader());
        csv.row(PlayerCsv::instanceRow(instance));
        instance.previousOwner.reset();
        instance.special.reset();
        csv.row(PlayerCsv::instanceRow(instance));
        QCOMPARE(QString::fromUtf8(csv.data()),
                 QStringLiteral("id,hex_id,name,catch_date,previous_owner_id,special,attack,"
                                "attack_bonus,hp,hp_bonus\r\n"
                                "1234,#4D2,\"Korea, South\",2025-01-02T03:04:05Z,"
                                "1400000000000000002,Shiny,45,-10,115,15\r\n"
                                "1234,#4D2,\"Korea, South\",2025-01-02T03:04:05Z,,,45,-10,115,"
                                "15\r\n"));
    }

    void tradeRows()
    {
        storage::ExportedTrade trade;
        trade.id = 255;
        trade.date = QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC);
        trade.player1 = 1400000000000000001LL;
        trade.player2 = 1400000000000000002LL;
        trade.player1Received = {{16, QStringLiteral("Spain")}, {17, QStringLiteral("Italy")}};
        CsvWriter csv;
        csv.row(PlayerCsv::tradeRow(trade));
        QCOMPARE(QString::fromUtf8(csv.data()),
                 QStringLiteral("255,#FF,2025-02-01T10:00:00Z,1400000000000000001,"
                                "1400000000000000002,\"#10 Spain, #11 Italy\",\r\n"));
    }

    void instanceFileNamesAreSafe_data()
    {
        QTest::addColumn<QString>("collectibles");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("countryballs")
                               << QStringLiteral("42_countryballs.csv");
        QTest::newRow("spaces and slash")
            << QStringLiteral("Dex Cards/v2") << QStringLiteral("42_dex_cards_v2.csv");
        QTest::newRow("empty") << QString() << QStringLiteral("42_collection.csv");
    }

    void instanceFileNamesAreSafe()
    {
        QFETCH(QString, collectibles);
        QFETCH(QString, name);
        QCOMPARE(PlayerExport::instanceFileName(42, collectibles), name);
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"

// SPDX-License-Identifier: MIT
#include "fakediscord/gateway/ZlibStreamDeflater.h"
#include "gateway/ZlibStreamInflater.h"

#include <QTest>

using ballsdex::fakediscord::ZlibStreamDeflater;
using ballsdex::gateway::InflateError;
using ballsdex::gateway::ZlibStreamInflater;

class TestZlibInflater final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inflatesManyPayloadsThroughOneContext()
    {
        ZlibStreamDeflater deflater;
        ZlibStreamInflater inflater;
        for (int i = 0; i < 200; ++i) {
            const QByteArray payload = "{\"op\":0,\"s\":" + QByteArray::number(i)
                + ",\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"hello hello hello\"}}";
            const QByteArray compressed = deflater.compress(payload);
            QVERIFY(ZlibStreamInflater::endsWithFlushSuffix(compressed));
            auto result = inflater.feed(compressed);
            QVERIFY(result.has_value());
            QVERIFY(result->has_value());
            QCOMPARE(**result, payload);
        }
        QVERIFY(!inflater.isBuffering());
    }

    void buffersAPayloadSplitOverMessages_data()
    {
        QTest::addColumn<int>("parts");
        QTest::newRow("2 parts") << 2;
        QTest::newRow("3 parts") << 3;
        QTest::newRow("byte by byte") << 0;
    }
    void buffersAPayloadSplitOverMessages()
    {
        QFETCH(int, parts);
        ZlibStreamDeflater deflater;
        ZlibStreamInflater inflater;
        const QByteArray payload
            = QByteArray("{\"op\":0,\"d\":{\"x\":\"") + QByteArray(5000, 'z') + QByteArray("\"}}");
        const QByteArray compressed = deflater.compress(payload);
        const qsizetype step = parts == 0 ? 1 : compressed.size() / parts;
        QList<QByteArrayView> pieces;
        for (qsizetype offset = 0; offset < compressed.size(); offset += step)
            pieces.append(QByteArrayView(compressed)
                              .sliced(offset)
                              .first(std::min(step, compressed.size() - offset)));
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
            auto result = inflater.feed(pieces.at(i));
            QVERIFY(result.has_value());
            QVERIFY(!result->has_value()); // no flush marker yet: buffered
        }
        auto result = inflater.feed(pieces.last());
        QVERIFY(result.has_value() && result->has_value());
        QCOMPARE(**result, payload);
        QVERIFY(!inflater.isBuffering());
    }

    void growsOutputForLargePayloads()
    {
        ZlibStreamDeflater deflater;
        ZlibStreamInflater inflater;
        QByteArray payload(6 * 1024 * 1024, 'a'); // compresses ~1000:1
        for (qsizetype i = 0; i < payload.size(); i += 997)
            payload[i] = char('a' + (i % 26));
        auto result = inflater.feed(deflater.compress(payload));
        QVERIFY(result.has_value() && result->has_value());
        QCOMPARE((*result)->size(), payload.size());
        QVERIFY(**result == payload);
    }

    void corruptDataIsATypedError()
    {
        ZlibStreamInflater inflater;
        const QByteArray garbage("\x13\x37\xde\xad\xbe\xef\x42\x00\x00\xff\xff", 11);
        auto result = inflater.feed(garbage);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, InflateError::Corrupt);
        QVERIFY(inflater.isBroken());
        // Still broken until reset, then a fresh context works.
        QVERIFY(!inflater.feed(garbage).has_value());
        inflater.reset();
        ZlibStreamDeflater deflater;
        auto ok = inflater.feed(deflater.compress("{\"op\":11}"));
        QVERIFY(ok.has_value() && ok->has_value());
        QCOMPARE(**ok, QByteArray("{\"op\":11}"));
    }

    void truncatedStreamIsAnError()
    {
        ZlibStreamDeflater deflater;
        const QByteArray first = deflater.compress(QByteArray(3000, 'q'));
        const QByteArray second = deflater.compress("{\"op\":11,\"d\":null}");
        ZlibStreamInflater inflater;
        // The first payload lost its middle: the stream no longer decodes.
        const QByteArray damaged = first.first(2) + first.sliced(first.size() / 2);
        auto result = inflater.feed(damaged);
        if (result.has_value()) // zlib may only notice on the following payload
            result = inflater.feed(second);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, InflateError::Corrupt);
    }

    void freshContextCannotContinueAnOldStream()
    {
        ZlibStreamDeflater deflater;
        (void)deflater.compress("{\"op\":10}");
        const QByteArray second = deflater.compress("{\"op\":11}");
        ZlibStreamInflater inflater; // no zlib header seen: the second payload alone is invalid
        QVERIFY(!inflater.feed(second).has_value());
    }

    void enforcesSizeCap()
    {
        ZlibStreamDeflater deflater;
        ZlibStreamInflater inflater(64 * 1024);
        auto result = inflater.feed(deflater.compress(QByteArray(200 * 1024, 'x')));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, InflateError::PayloadTooLarge);

        ZlibStreamInflater buffering(1024);
        auto pending = buffering.feed(QByteArray(2048, 'y')); // no flush marker, over the cap
        QVERIFY(!pending.has_value());
        QCOMPARE(pending.error().kind, InflateError::PayloadTooLarge);
    }
};

QTEST_APPLESS_MAIN(TestZlibInflater)
#include "tst_zlibinflater.moc"

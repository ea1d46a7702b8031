// SPDX-License-Identifier: MIT
#include "catalogue/EmojiText.h"

#include <QTest>

using ballsdex::studio::normaliseEmoji;

class TestEmojiText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QStringLiteral("  ") << true << QString();
        QTest::newRow("unicode") << QStringLiteral(" ✨ ") << true << QStringLiteral("✨");
        QTest::newRow("sequence") << QStringLiteral("👩‍🚀") << true
                                  << QStringLiteral("👩‍🚀");
        QTest::newRow("keycap") << QStringLiteral("1️⃣") << true << QStringLiteral("1️⃣");
        QTest::newRow("custom id")
            << QStringLiteral("123456789012345678") << true << QStringLiteral("123456789012345678");
        QTest::newRow("pasted custom") << QStringLiteral("<:shiny:123456789012345678>") << true
                                       << QStringLiteral("123456789012345678");
        QTest::newRow("pasted animated") << QStringLiteral("<a:spin:1234567890123456789>") << true
                                         << QStringLiteral("1234567890123456789");
        QTest::newRow("short id") << QStringLiteral("12345") << false << QString();
        QTest::newRow("word") << QStringLiteral("shiny") << false << QString();
        QTest::newRow("emoji and word") << QStringLiteral("✨ shiny") << false << QString();
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE special; --") << false << QString();
        QTest::newRow("too long") << QString(21, QChar(0x2728)) << false << QString();
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        const auto result = normaliseEmoji(input, 20);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, stored);
        else
            QVERIFY(!result.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmojiText)
#include "tst_emoji_text.moc"

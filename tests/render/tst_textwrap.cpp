// SPDX-License-Identifier: MIT
// Expected lines were produced by CPython 3.11 textwrap.wrap (and str.splitlines for paragraphs).
#include "render/TextWrap.h"

#include <QTest>

using namespace ballsdex::render;

class TestTextWrap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("0") << QStringLiteral("Ability: Ultra mega long capacity name here") << 26
                           << QStringList {QStringLiteral("Ability: Ultra mega long"),
                                           QStringLiteral("capacity name here")};
        QTest::newRow("1") << QStringLiteral("  hello world") << 10
                           << QStringList {QStringLiteral("  hello"), QStringLiteral("world")};
        QTest::newRow("2") << QStringLiteral(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                           << 32
                           << QStringList {QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                                           QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                                           QStringLiteral("aaaaaa")};
        QTest::newRow("3") << QStringLiteral(
            "The quick brown fox jumps over the lazy dog and keeps on running far away")
                           << 32
                           << QStringList {QStringLiteral("The quick brown fox jumps over"),
                                           QStringLiteral("the lazy dog and keeps on"),
                                           QStringLiteral("running far away")};
        QTest::newRow("4") << QStringLiteral("well-known self-explanatory anti-establishment") << 10
                           << QStringList {QStringLiteral("well-known"),
                                           QStringLiteral("self-expla"), QStringLiteral("natory"),
                                           QStringLiteral("anti-estab"),
                                           QStringLiteral("lishment")};
        QTest::newRow("5") << QStringLiteral("x bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb") << 32
                           << QStringList {QStringLiteral("x bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
                                           QStringLiteral("bbbbbbbbbb")};
        QTest::newRow("6") << QStringLiteral("one\ttwo") << 32
                           << QStringList {QStringLiteral("one     two")};
        QTest::newRow("7") << QStringLiteral("") << 32 << QStringList {};
        QTest::newRow("8") << QStringLiteral("   ") << 32 << QStringList {};
        QTest::newRow("9") << QStringLiteral("hello   world  ") << 32
                           << QStringList {QStringLiteral("hello   world")};
        QTest::newRow("10") << QStringLiteral("abc-defghijklmnop") << 8
                            << QStringList {QStringLiteral("abc-defg"), QStringLiteral("hijklmno"),
                                            QStringLiteral("p")};
        QTest::newRow("11") << QStringLiteral("Ability: Supercalifragilisticexpialidocious") << 26
                            << QStringList {QStringLiteral("Ability: Supercalifragilis"),
                                            QStringLiteral("ticexpialidocious")};
        QTest::newRow("12") << QStringLiteral("12-34 555-6666") << 5
                            << QStringList {QStringLiteral("12-34"), QStringLiteral("555-"),
                                            QStringLiteral("6666")};
        QTest::newRow("h0") << QStringLiteral("ab-cdefghij") << 6
                            << QStringList {QStringLiteral("ab-cde"), QStringLiteral("fghij")};
        QTest::newRow("h1") << QStringLiteral("abc-d-e fghijk") << 5
                            << QStringList {QStringLiteral("abc-"), QStringLiteral("d-e f"),
                                            QStringLiteral("ghijk")};
        QTest::newRow("h2") << QStringLiteral("xx---yyyyyyy") << 6
                            << QStringList {QStringLiteral("xx---y"), QStringLiteral("yyyyyy")};
        QTest::newRow("h3") << QStringLiteral("wait--what is this") << 6
                            << QStringList {QStringLiteral("wait--"), QStringLiteral("what"),
                                            QStringLiteral("is"), QStringLiteral("this")};
    }
    void wrapText()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QStringList, expected);
        QCOMPARE(ballsdex::render::wrapText(text, width), expected);
    }

    void wrapParagraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("0") << QStringLiteral(
            "First paragraph here.\nSecond one\r\n\r\nthird\rfourth fifth")
                           << 32
                           << QStringList {QStringLiteral("First paragraph here."),
                                           QStringLiteral("Second one"), QStringLiteral("third"),
                                           QStringLiteral("fourth"), QStringLiteral("fifth")};
        QTest::newRow("1") << QStringLiteral(
            "Line one that is definitely longer than thirty-two characters\n\nNext")
                           << 32
                           << QStringList {QStringLiteral("Line one that is definitely"),
                                           QStringLiteral("longer than thirty-two"),
                                           QStringLiteral("characters"), QStringLiteral("Next")};
    }
    void wrapParagraphs()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QStringList, expected);
        QCOMPARE(ballsdex::render::wrapParagraphs(text, width), expected);
    }
};

QTEST_APPLESS_MAIN(TestTextWrap)
#include "tst_textwrap.moc"

// SPDX-License-Identifier: MIT
#include "discord/MessageLimits.h"
#include "discord/RestError.h"

#include <QJsonArray>
#include <QTest>

using namespace ballsdex::discord;

namespace {

QString repeated(int count, QChar c = QLatin1Char('x'))
{
    return QString(count, c);
}

QJsonObject embedWith(const QString &field, const QJsonValue &value)
{
    return QJsonObject {{field, value}};
}

QJsonObject button(const QString &customId)
{
    return QJsonObject {{QStringLiteral("type"), 2},
                        {QStringLiteral("style"), 1},
                        {QStringLiteral("label"), QStringLiteral("Go")},
                        {QStringLiteral("custom_id"), customId}};
}

QJsonObject row(const QJsonArray &components)
{
    return QJsonObject {{QStringLiteral("type"), 1}, {QStringLiteral("components"), components}};
}

} // namespace

class TestMessageLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthCountsTrimmedCodePoints()
    {
        QCOMPARE(MessageLimits::length(QStringLiteral("  abc \n")), 3);
        const QString emoji = QString::fromUcs4(U"\U0001F600\U0001F600");
        QCOMPARE(emoji.size(), 4);
        QCOMPARE(MessageLimits::length(emoji), 2);
    }

    void truncated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << QStringLiteral("hello") << 5 << QStringLiteral("hello");
        QTest::newRow("fits after trim")
            << QStringLiteral(" hello ") << 5 << QStringLiteral(" hello ");
        QTest::newRow("cut with ellipsis")
            << QStringLiteral("abcdefgh") << 5 << QStringLiteral("abcd…");
        QTest::newRow("tiny max") << QStringLiteral("abcdefgh") << 1 << QStringLiteral("a");
        QTest::newRow("zero") << QStringLiteral("abc") << 0 << QString();
        QTest::newRow("no split surrogate") << QString::fromUcs4(U"ab\U0001F600\U0001F600cd") << 4
                                            << QString::fromUcs4(U"ab\U0001F600…");
    }
    void truncated()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        const QString cut = MessageLimits::truncated(text, max);
        QCOMPARE(cut, expected);
        QVERIFY(MessageLimits::length(cut) <= max);
    }

    void problems_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("expected"); // a substring of one problem; empty = no problems
        QTest::newRow("ok") << QJsonObject {{QStringLiteral("content"), QStringLiteral("hi")}}
                            << QString();
        QTest::newRow("content 2000 ok")
            << QJsonObject {{QStringLiteral("content"), repeated(2000)}} << QString();
        QTest::newRow("content 2001")
            << QJsonObject {{QStringLiteral("content"), repeated(2001)}}
            << QStringLiteral("content: Must be 2000 or fewer in length.");
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(embedWith(QStringLiteral("title"), QStringLiteral("t")));
        QTest::newRow("11 embeds") << QJsonObject {{QStringLiteral("embeds"), eleven}}
                                   << QStringLiteral("embeds: Must be 10 or fewer in length.");
        QTest::newRow("title 257")
            << QJsonObject {{QStringLiteral("embeds"),
                             QJsonArray {embedWith(QStringLiteral("title"), repeated(257))}}}
            << QStringLiteral("embeds.0.title: Must be 256 or fewer in length.");
        QJsonArray big;
        for (int i = 0; i < 2; ++i)
            big.append(embedWith(QStringLiteral("description"), repeated(3500)));
        QTest::newRow("total 7000") << QJsonObject {{QStringLiteral("embeds"), big}}
                                    << QStringLiteral("Embed size exceeds maximum size of 6000");
        QJsonArray fields;
        for (int i = 0; i < 26; ++i)
            fields.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("n")},
                                       {QStringLiteral("value"), QStringLiteral("v")}});
        QTest::newRow("26 fields")
            << QJsonObject {{QStringLiteral("embeds"),
                             QJsonArray {embedWith(QStringLiteral("fields"), fields)}}}
            << QStringLiteral("embeds.0.fields: Must be 25 or fewer in length.");
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(button(QStringLiteral("b%1").arg(i)));
        QTest::newRow("6 buttons")
            << QJsonObject {{QStringLiteral("components"), QJsonArray {row(six)}}}
            << QStringLiteral("components.0.components: Must be 5 or fewer in length.");
        QJsonArray rows;
        for (int i = 0; i < 6; ++i)
            rows.append(row(QJsonArray {button(QStringLiteral("r%1").arg(i))}));
        QTest::newRow("6 rows") << QJsonObject {{QStringLiteral("components"), rows}}
                                << QStringLiteral("components: Must be 5 or fewer in length.");
        QTest::newRow("custom_id 101")
            << QJsonObject {{QStringLiteral("components"),
                             QJsonArray {row(QJsonArray {button(repeated(101))})}}}
            << QStringLiteral("components.0.components.0.custom_id");
        QTest::newRow("mentions conflict")
            << QJsonObject {{QStringLiteral("allowed_mentions"),
                             QJsonObject {
                                 {QStringLiteral("parse"), QJsonArray {QStringLiteral("users")}},
                                 {QStringLiteral("users"), QJsonArray {QStringLiteral("1")}}}}}
            << QStringLiteral("mutually exclusive");
    }
    void problems()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, expected);
        const QStringList found = MessageLimits::problems(message);
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY2(std::any_of(found.begin(), found.end(),
                             [&](const QString &p) { return p.contains(expected); }),
                 qPrintable(found.join(QLatin1Char('\n'))));
    }

    void clampedFitsEveryTextLimit()
    {
        QJsonArray embeds;
        for (int e = 0; e < 12; ++e) {
            QJsonArray fields;
            for (int f = 0; f < 30; ++f)
                fields.append(QJsonObject {{QStringLiteral("name"), repeated(300)},
                                           {QStringLiteral("value"), repeated(2000)}});
            embeds.append(QJsonObject {{QStringLiteral("title"), repeated(400)},
                                       {QStringLiteral("description"), repeated(5000)},
                                       {QStringLiteral("fields"), fields},
                                       {QStringLiteral("footer"),
                                        QJsonObject {{QStringLiteral("text"), repeated(3000)}}}});
        }
        const QJsonObject message {{QStringLiteral("content"), repeated(2500)},
                                   {QStringLiteral("embeds"), embeds}};
        QVERIFY(!MessageLimits::problems(message).isEmpty());
        const QJsonObject clamped = MessageLimits::clamped(message);
        QVERIFY2(MessageLimits::problems(clamped).isEmpty(),
                 qPrintable(MessageLimits::problems(clamped).join(QLatin1Char('\n'))));
        QCOMPARE(MessageLimits::length(clamped.value(QStringLiteral("content")).toString()), 2000);
        const QJsonArray out = clamped.value(QStringLiteral("embeds")).toArray();
        QCOMPARE(out.size(), 10);
        int total = 0;
        for (const QJsonValue &embed : out)
            total += MessageLimits::embedLength(embed.toObject());
        QVERIFY(total <= MessageLimits::EmbedTotal);
        QVERIFY(total > MessageLimits::EmbedTotal - 10); // the budget is used, not thrown away
        QCOMPARE(
            MessageLimits::length(out.at(0).toObject().value(QStringLiteral("title")).toString()),
            256);
    }

    void clampedLeavesFittingMessagesAlone()
    {
        const QJsonObject message {
            {QStringLiteral("content"), QStringLiteral("A wild countryball appeared!")},
            {QStringLiteral("embeds"),
             QJsonArray {embedWith(QStringLiteral("title"), QStringLiteral("France"))}}};
        QCOMPARE(MessageLimits::clamped(message), message);
    }

    void flattensNestedErrors()
    {
        const QJsonObject errors {
            {QStringLiteral("embeds"),
             QJsonObject {
                 {QStringLiteral("0"),
                  QJsonObject {
                      {QStringLiteral("title"),
                       QJsonObject {
                           {QStringLiteral("_errors"),
                            QJsonArray {QJsonObject {
                                {QStringLiteral("code"), QStringLiteral("BASE_TYPE_MAX_LENGTH")},
                                {QStringLiteral("message"),
                                 QStringLiteral("Must be 256 or fewer in length.")}}}}}}}}}}};
        QCOMPARE(flattenFieldErrors(errors),
                 QStringList {QStringLiteral("embeds.0.title: Must be 256 or fewer in length.")});
        const RestError error
            = RestError::fromBody(400,
                                  QJsonDocument(QJsonObject {{QStringLiteral("code"), 50035},
                                                             {QStringLiteral("message"),
                                                              QStringLiteral("Invalid Form Body")},
                                                             {QStringLiteral("errors"), errors}}));
        QCOMPARE(error.discordCode, 50035);
        QCOMPARE(error.fieldErrors.size(), 1);
        QVERIFY(error.toString().contains(QStringLiteral("embeds.0.title")));
    }
};

QTEST_GUILESS_MAIN(TestMessageLimits)
#include "tst_discord_messagelimits.moc"

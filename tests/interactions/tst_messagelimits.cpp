// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "interactions/Components.h"
#include "interactions/CooldownTracker.h"
#include "interactions/CustomId.h"
#include "interactions/Message.h"
#include "interactions/TextLimits.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using namespace std::chrono_literals;

namespace {

QString randomText(QRandomGenerator &random, int length)
{
    // Whole code points only: astral ones (two UTF-16 units) exercise the surrogate-safe cut.
    static const QStringList alphabet = {
        QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("Z"),     QStringLiteral("7"),
        QStringLiteral("é"), QStringLiteral("…"), QString::fromUcs4(U"😀"), QString::fromUcs4(U"🇫")};
    QString text;
    while (text.size() < length) {
        text += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
    }
    return text;
}

int sizeOf(const QJsonObject &object, const char *key)
{
    return static_cast<int>(object.value(QLatin1String(key)).toString().size());
}

/// The characters Discord counts toward the 6000 total of one embed.
int embedTextSize(const QJsonObject &embed)
{
    int total = sizeOf(embed, "title") + sizeOf(embed, "description");
    total += sizeOf(embed.value(QLatin1String("footer")).toObject(), "text");
    total += sizeOf(embed.value(QLatin1String("author")).toObject(), "name");
    for (const QJsonValue &field : embed.value(QLatin1String("fields")).toArray()) {
        total += sizeOf(field.toObject(), "name") + sizeOf(field.toObject(), "value");
    }
    return total;
}

bool hasBrokenSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()
            && (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())) {
            return true;
        }
        if (text.at(i).isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate())) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestMessageLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truncatedCutsWithEllipsis_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << QStringLiteral("hello") << 5 << QStringLiteral("hello");
        QTest::newRow("cut") << QStringLiteral("hello world") << 6 << QStringLiteral("hello…");
        QTest::newRow("one") << QStringLiteral("hello") << 1 << QStringLiteral("…");
        QTest::newRow("zero") << QStringLiteral("hello") << 0 << QString();
        QTest::newRow("surrogate kept whole")
            << (QStringLiteral("ab") + QString::fromUcs4(U"😀") + QStringLiteral("cd")) << 4
            << QStringLiteral("ab…");
    }
    void truncatedCutsWithEllipsis()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(truncated(text, max), expected);
    }

    void embedsNeverExceedLimits()
    {
        QRandomGenerator random(4096);
        for (int round = 0; round < 400; ++round) {
            Message message;
            const int embedCount = 1 + static_cast<int>(random.bounded(12));
            for (int e = 0; e < embedCount; ++e) {
                Embed embed;
                embed.title(randomText(random, random.bounded(400)))
                    .description(randomText(random, random.bounded(6000)))
                    .footer(randomText(random, random.bounded(2500)))
                    .author(randomText(random, random.bounded(300)));
                const int fields = static_cast<int>(random.bounded(30));
                for (int f = 0; f < fields; ++f) {
                    embed.field(randomText(random, random.bounded(300)),
                                randomText(random, random.bounded(1200)), random.bounded(2) == 1);
                }
                message.embed(embed);
            }
            message.content(randomText(random, random.bounded(2600)));
            const QJsonObject json = message.toJson();
            QVERIFY(json.value(QLatin1String("content")).toString().size() <= limits::Content);
            QVERIFY(!hasBrokenSurrogate(json.value(QLatin1String("content")).toString()));
            const QJsonArray embeds = json.value(QLatin1String("embeds")).toArray();
            QVERIFY(embeds.size() <= limits::Embeds);
            int total = 0;
            for (const QJsonValue &value : embeds) {
                const QJsonObject embed = value.toObject();
                QVERIFY(sizeOf(embed, "title") <= limits::EmbedTitle);
                QVERIFY(sizeOf(embed, "description") <= limits::EmbedDescription);
                QVERIFY(sizeOf(embed.value(QLatin1String("footer")).toObject(), "text")
                        <= limits::FooterText);
                QVERIFY(sizeOf(embed.value(QLatin1String("author")).toObject(), "name")
                        <= limits::AuthorName);
                QVERIFY(!hasBrokenSurrogate(embed.value(QLatin1String("description")).toString()));
                const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
                QVERIFY(fields.size() <= limits::EmbedFields);
                for (const QJsonValue &field : fields) {
                    const QJsonObject object = field.toObject();
                    QVERIFY(sizeOf(object, "name") >= 1
                            && sizeOf(object, "name") <= limits::FieldName);
                    QVERIFY(sizeOf(object, "value") >= 1
                            && sizeOf(object, "value") <= limits::FieldValue);
                }
                total += embedTextSize(embed);
            }
            QVERIFY2(total <= limits::EmbedTotal, qPrintable(QString::number(total)));
        }
    }

    void smallEmbedsAreUntouched()
    {
        Embed embed;
        embed.title(QStringLiteral("France"))
            .description(QStringLiteral("A ball"))
            .field(QStringLiteral("ATK"), QStringLiteral("12"), true)
            .field(QString(), QStringLiteral("   "))
            .color(0x5865F2)
            .footer(QStringLiteral("Page 1/2"));
        const QJsonObject json = embed.toJson();
        QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("France"));
        QCOMPARE(json.value(QLatin1String("description")).toString(), QStringLiteral("A ball"));
        QCOMPARE(json.value(QLatin1String("color")).toInt(), 0x5865F2);
        QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("rich"));
        const QJsonArray fields = json.value(QLatin1String("fields")).toArray();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).toObject().value(QLatin1String("inline")).toBool(), true);
        // Empty or blank names and values would be refused: a zero-width space stands in.
        QCOMPARE(fields.at(1).toObject().value(QLatin1String("name")).toString(),
                 QString(QChar(0x200B)));
        QCOMPARE(fields.at(1).toObject().value(QLatin1String("value")).toString(),
                 QString(QChar(0x200B)));
    }

    void messageOmitsWhatWasNotSet()
    {
        const QJsonObject onlyComponents = Message().components(QJsonArray()).toJson();
        QVERIFY(!onlyComponents.contains(QLatin1String("content")));
        QVERIFY(!onlyComponents.contains(QLatin1String("embeds")));
        QVERIFY(onlyComponents.contains(QLatin1String("components")));
        QVERIFY(!onlyComponents.contains(QLatin1String("flags")));
        // Nobody is pinged unless asked for.
        QCOMPARE(onlyComponents.value(QLatin1String("allowed_mentions")).toObject(),
                 QJsonObject({{QStringLiteral("parse"), QJsonArray()}}));
        QCOMPARE(Message(QStringLiteral("hi"))
                     .toJson(Message::EphemeralFlag)
                     .value(QLatin1String("flags"))
                     .toInt(),
                 64);
    }

    void messageKeepsFiveRowsAndListsAttachments()
    {
        Message message;
        for (int i = 0; i < 7; ++i) {
            message.row(ActionRow::buttons({Button::make(
                ButtonStyle::Primary, QStringLiteral("b%1").arg(i), QStringLiteral("B"))}));
        }
        message.file(FileUpload {QStringLiteral("card.png"), QByteArray("png"),
                                 QStringLiteral("image/png"), QStringLiteral("A card")});
        const QJsonObject json = message.toJson();
        QCOMPARE(json.value(QLatin1String("components")).toArray().size(), limits::ActionRows);
        const QJsonArray attachments = json.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).toObject().value(QLatin1String("id")).toInt(), 0);
        QCOMPARE(attachments.at(0).toObject().value(QLatin1String("filename")).toString(),
                 QStringLiteral("card.png"));
        QCOMPARE(message.files().size(), 1);
    }

    void allowedMentionsNeverConflict()
    {
        AllowedMentions mentions;
        mentions.parseUsers = true;
        mentions.users = {1400000000000000001LL};
        const QJsonObject json = mentions.toJson();
        QVERIFY(json.value(QLatin1String("parse")).toArray().isEmpty());
        QCOMPARE(json.value(QLatin1String("users")).toArray(),
                 QJsonArray {QStringLiteral("1400000000000000001")});
        AllowedMentions everyone;
        everyone.parseUsers = true;
        QCOMPARE(everyone.toJson().value(QLatin1String("parse")).toArray(),
                 QJsonArray {QStringLiteral("users")});
    }

    void componentsRespectLimits()
    {
        QList<Button> buttons;
        for (int i = 0; i < 7; ++i) {
            buttons.append(Button::make(ButtonStyle::Secondary, QStringLiteral("id%1").arg(i),
                                        QString(100, QLatin1Char('x'))));
        }
        const QJsonObject row = ActionRow::buttons(buttons).toJson();
        const QJsonArray children = row.value(QLatin1String("components")).toArray();
        QCOMPARE(children.size(), limits::ButtonsPerRow);
        QCOMPARE(children.at(0).toObject().value(QLatin1String("label")).toString().size(),
                 limits::ButtonLabel);

        StringSelect select;
        select.customId = QStringLiteral("pick");
        select.maxValues = 40;
        for (int i = 0; i < 30; ++i) {
            select.options.append({QString(150, QLatin1Char('l')), QStringLiteral("v%1").arg(i),
                                   QString(), std::nullopt, false});
        }
        const QJsonObject json = select.toJson();
        QCOMPARE(json.value(QLatin1String("options")).toArray().size(), limits::SelectOptions);
        QCOMPARE(json.value(QLatin1String("max_values")).toInt(), limits::SelectOptions);
        QCOMPARE(json.value(QLatin1String("options"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("label"))
                     .toString()
                     .size(),
                 limits::SelectOptionText);

        const QJsonObject link
            = Button::link(QStringLiteral("https://example.org"), QStringLiteral("Docs")).toJson();
        QCOMPARE(link.value(QLatin1String("style")).toInt(), 5);
        QVERIFY(!link.contains(QLatin1String("custom_id")));
    }

    void modalUsesLabelLayout()
    {
        TextInput input;
        input.customId = QStringLiteral("page");
        input.label = QString(60, QLatin1Char('L'));
        input.maxLength = 2;
        input.minLength = 1;
        const QJsonObject modal = Modal {
            QStringLiteral("m:1"),
            QString(60, QLatin1Char('T')),
            {input, input, input, input, input,
             input}}.toJson();
        QCOMPARE(modal.value(QLatin1String("title")).toString().size(), limits::ModalTitle);
        const QJsonArray components = modal.value(QLatin1String("components")).toArray();
        QCOMPARE(components.size(), limits::ModalComponents);
        const QJsonObject label = components.at(0).toObject();
        QCOMPARE(label.value(QLatin1String("type")).toInt(), 18);
        QCOMPARE(label.value(QLatin1String("label")).toString().size(), limits::LabelText);
        const QJsonObject text = label.value(QLatin1String("component")).toObject();
        QCOMPARE(text.value(QLatin1String("type")).toInt(), 4);
        QCOMPARE(text.value(QLatin1String("custom_id")).toString(), QStringLiteral("page"));
        QCOMPARE(text.value(QLatin1String("max_length")).toInt(), 2);
    }

    void disablingKeepsLinksAndLayout()
    {
        const QJsonArray rows {
            ActionRow::buttons(
                {Button::make(ButtonStyle::Success, QStringLiteral("a"), QStringLiteral("A")),
                 Button::link(QStringLiteral("https://example.org"), QStringLiteral("L"))})
                .toJson(),
            ActionRow::select(
                StringSelect {QStringLiteral("s"),
                              {{QStringLiteral("x"), QStringLiteral("x"), {}, std::nullopt, false}},
                              {},
                              1,
                              1,
                              false})
                .toJson()};
        const QJsonArray disabled = disabledComponents(rows);
        QCOMPARE(disabled.size(), 2);
        const QJsonArray first
            = disabled.at(0).toObject().value(QLatin1String("components")).toArray();
        QCOMPARE(first.at(0).toObject().value(QLatin1String("disabled")).toBool(), true);
        QVERIFY(!first.at(1).toObject().contains(QLatin1String("disabled")));
        QCOMPARE(disabled.at(1)
                     .toObject()
                     .value(QLatin1String("components"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("disabled"))
                     .toBool(),
                 true);
    }

    void customIdRoundTrips_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("plain") << QStringLiteral("catch") << QStringList {QStringLiteral("42")};
        QTest::newRow("no args") << QStringLiteral("quit") << QStringList {};
        QTest::newRow("separators")
            << QStringLiteral("x")
            << QStringList {QStringLiteral("a:b"), QStringLiteral("100%"), QString()};
        QTest::newRow("escapes literal")
            << QStringLiteral("x") << QStringList {QStringLiteral("%3A"), QStringLiteral("%zz")};
    }
    void customIdRoundTrips()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, args);
        const auto encoded = CustomId::encode(prefix, args);
        QVERIFY(encoded.has_value());
        QVERIFY(encoded->size() <= CustomId::MaxLength);
        const auto decoded = CustomId::decode(*encoded);
        QVERIFY(decoded);
        QCOMPARE(decoded->prefix, prefix);
        QCOMPARE(decoded->args, args);
    }

    void customIdRefusesBadInput()
    {
        QVERIFY(!CustomId::encode(QString()).has_value());
        QVERIFY(!CustomId::encode(QStringLiteral("a:b")).has_value());
        QVERIFY(
            !CustomId::encode(QStringLiteral("a"), {QString(99, QLatin1Char('x'))}).has_value());
        QVERIFY(CustomId::encode(QStringLiteral("a"), {QString(98, QLatin1Char('x'))}).has_value());
        QVERIFY(!CustomId::decode(QString()));
        QCOMPARE(CustomId::decode(QStringLiteral("garbage"))->prefix, QStringLiteral("garbage"));
    }

    void cooldownAllowsOneUsePerWindow()
    {
        FakeClock clock;
        CooldownTracker cooldowns(clock);
        const QString key = QStringLiteral("balls list");
        QVERIFY(!cooldowns.tryUse(key, 1, 10s));
        clock.advance(4000);
        const auto retry = cooldowns.tryUse(key, 1, 10s);
        QVERIFY(retry);
        QCOMPARE(clock.now().msecsTo(*retry), 6000);
        QVERIFY(!cooldowns.tryUse(key, 2, 10s)); // per user
        QVERIFY(!cooldowns.tryUse(QStringLiteral("balls info"), 1, 10s)); // per command
        clock.advance(6000);
        QVERIFY(!cooldowns.tryUse(key, 1, 10s));
        QCOMPARE(CooldownTracker::message(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)),
                 QStringLiteral("This command is on cooldown. Please retry <t:1700000000:R>."));
        clock.advance(120'000);
        QVERIFY(!cooldowns.tryUse(QStringLiteral("other"), 9, 1s));
        QCOMPARE(cooldowns.trackedCount(), 1); // expired entries were purged
    }
};

QTEST_GUILESS_MAIN(TestMessageLimits)
#include "tst_messagelimits.moc"

// SPDX-License-Identifier: MIT
#include "features/collection/CollectionFormat.h"

#include <QTest>

using namespace ballsdex;
using namespace ballsdex::bot::features::collection;

namespace {

domain::Ball ball(domain::RowId id, domain::Snowflake emojiId,
                  std::optional<QDateTime> createdAt = std::nullopt)
{
    domain::Ball b;
    b.id = id;
    b.country = QStringLiteral("Ball%1").arg(id);
    b.emojiId = emojiId;
    b.createdAt = std::move(createdAt);
    return b;
}

QDateTime at(int year, int month)
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), Qt::UTC);
}

} // namespace

class TestCollectionFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emojiFieldsSplitAt1024Characters()
    {
        // 24-character emojis: 41 fit in 1024 with their separating spaces (41*24 + 40 = 1024).
        QStringList emojis;
        for (int i = 0; i < 100; ++i)
            emojis.append(QStringLiteral("<:_:%1>").arg(1000000000000000000LL + i));
        QCOMPARE(emojis.first().size(), 24);
        const auto fields = emojiFields(QStringLiteral("Owned testballs"), emojis);
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0).name, QStringLiteral("__**Owned testballs**__"));
        QCOMPARE(fields.at(1).name, QStringLiteral("\u200B"));
        QCOMPARE(fields.at(2).name, QStringLiteral("\u200B"));
        QCOMPARE(fields.at(0).value.size(), 1024);
        QCOMPARE(fields.at(0).value.count(QLatin1Char('<')), 41);
        QCOMPARE(fields.at(1).value.count(QLatin1Char('<')), 41);
        QCOMPARE(fields.at(2).value.count(QLatin1Char('<')), 18);
        // Nothing lost, nothing reordered.
        QStringList joined;
        for (const auto &field : fields)
            joined.append(field.value.split(QLatin1Char(' ')));
        QCOMPARE(joined, emojis);
        for (const auto &field : fields)
            QVERIFY(field.value.size() <= 1024);
    }

    void emojiFieldsEmptyListHasNoField()
    {
        QVERIFY(emojiFields(QStringLiteral("Missing"), {}).isEmpty());
        const auto one = emojiFields(QStringLiteral("Missing"), {QStringLiteral("🇫🇷")});
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().value, QStringLiteral("🇫🇷"));
    }

    void universeHonoursTheSpecialEndDate_data()
    {
        QTest::addColumn<std::optional<QDateTime>>("end");
        QTest::addColumn<QList<domain::RowId>>("expected");
        QTest::newRow("no special end")
            << std::optional<QDateTime>() << QList<domain::RowId> {1, 2, 3};
        QTest::newRow("ended mid-2024")
            << std::optional<QDateTime>(at(2024, 6)) << QList<domain::RowId> {1, 3};
        QTest::newRow("ended before everything")
            << std::optional<QDateTime>(at(2020, 1)) << QList<domain::RowId> {3};
    }

    void universeHonoursTheSpecialEndDate()
    {
        QFETCH(std::optional<QDateTime>, end);
        QFETCH(QList<domain::RowId>, expected);
        const QList<domain::Ball> enabled {ball(1, 11, at(2024, 1)), ball(2, 12, at(2025, 1)),
                                           ball(3, 13)}; // 3 has no creation date: always in
        domain::Special special;
        special.name = QStringLiteral("Summer");
        special.endDate = end;
        QList<domain::RowId> ids;
        for (const domain::Ball &b : collectionUniverse(enabled, special))
            ids.append(b.id);
        QCOMPARE(ids, expected);
        QCOMPARE(collectionUniverse(enabled, std::nullopt).size(), 3);
    }

    void progressionRoundsToOneDecimal_data()
    {
        QTest::addColumn<int>("owned");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two thirds") << 2 << 3 << QStringLiteral("66.7");
        QTest::newRow("all") << 7 << 7 << QStringLiteral("100.0");
        QTest::newRow("none") << 0 << 5 << QStringLiteral("0.0");
        QTest::newRow("empty universe") << 0 << 0 << QStringLiteral("0.0");
        QTest::newRow("tiny share") << 1 << 3000 << QStringLiteral("0.0");
    }

    void progressionRoundsToOneDecimal()
    {
        QFETCH(int, owned);
        QFETCH(int, total);
        QFETCH(QString, expected);
        QCOMPARE(progression(owned, total), expected);
    }

    void emojisAndUrls()
    {
        QCOMPARE(ballEmoji(ball(1, 0)), QString());
        QCOMPARE(ballEmoji(ball(1, 123456789012345678LL)),
                 QStringLiteral("<:_:123456789012345678>"));
        QVERIFY(!ballComponentEmoji(ball(1, 0)));
        QCOMPARE(ballComponentEmoji(ball(1, 42))->id, 42);

        domain::Special special;
        QCOMPARE(specialEmoji(special), QString());
        special.emoji = QStringLiteral("✨");
        QCOMPARE(specialEmoji(special), QStringLiteral("✨"));
        QCOMPARE(specialComponentEmoji(special)->name, QStringLiteral("✨"));
        QCOMPARE(specialComponentEmoji(special)->id, 0);
        special.emoji = QStringLiteral("987654321098765432");
        QCOMPARE(specialEmoji(special), QStringLiteral("<:_:987654321098765432>"));
        QCOMPARE(specialComponentEmoji(special)->id, 987654321098765432LL);

        QCOMPARE(emojiImageUrl(55), QStringLiteral("https://cdn.discordapp.com/emojis/55.png"));
        interactions::User user;
        user.id = 1400000000000000001LL;
        user.avatar = QStringLiteral("abc");
        QCOMPARE(avatarUrl(user),
                 QStringLiteral("https://cdn.discordapp.com/avatars/1400000000000000001/abc.png"));
        user.avatar.clear();
        QVERIFY(avatarUrl(user).startsWith(
            QStringLiteral("https://cdn.discordapp.com/embed/avatars/")));
        QCOMPARE(thousands(1234567), QStringLiteral("1,234,567"));
    }
};

QTEST_GUILESS_MAIN(TestCollectionFormat)
#include "tst_collectionformat.moc"

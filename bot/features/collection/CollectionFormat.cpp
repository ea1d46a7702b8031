// SPDX-License-Identifier: MIT
#include "features/collection/CollectionFormat.h"

#include "interactions/TextLimits.h"

#include <QLocale>

namespace ballsdex::bot::features::collection {
namespace {

std::optional<domain::Snowflake> numericEmoji(const QString &text)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<domain::Snowflake>(id) : std::nullopt;
}

QString customEmojiMarkup(domain::Snowflake id)
{
    return QStringLiteral("<:_:%1>").arg(id);
}

} // namespace

QString ballEmoji(const domain::Ball &ball)
{
    return ball.emojiId > 0 ? customEmojiMarkup(ball.emojiId) : QString();
}

QString specialEmoji(const domain::Special &special)
{
    const QString stored = special.emoji.value_or(QString()).trimmed();
    if (const auto id = numericEmoji(stored))
        return customEmojiMarkup(*id);
    return stored;
}

std::optional<interactions::Emoji> ballComponentEmoji(const domain::Ball &ball)
{
    if (ball.emojiId <= 0)
        return std::nullopt;
    return interactions::Emoji {QStringLiteral("ball"), ball.emojiId, false};
}

std::optional<interactions::Emoji> specialComponentEmoji(const domain::Special &special)
{
    const QString stored = special.emoji.value_or(QString()).trimmed();
    if (stored.isEmpty())
        return std::nullopt;
    if (const auto id = numericEmoji(stored))
        return interactions::Emoji {QStringLiteral("special"), *id, false};
    return interactions::Emoji {stored, 0, false};
}

QString emojiImageUrl(domain::Snowflake emojiId)
{
    return QStringLiteral("https://cdn.discordapp.com/emojis/%1.png").arg(emojiId);
}

QString avatarUrl(const interactions::User &user)
{
    if (user.avatar.isEmpty()) {
        return QStringLiteral("https://cdn.discordapp.com/embed/avatars/%1.png")
            .arg((quint64(user.id) >> 22) % 6);
    }
    return QStringLiteral("https://cdn.discordapp.com/avatars/%1/%2.png")
        .arg(user.id)
        .arg(user.avatar);
}

QList<domain::Ball> collectionUniverse(const QList<domain::Ball> &enabledBalls,
                                       const std::optional<domain::Special> &special)
{
    if (!special || !special->endDate)
        return enabledBalls;
    QList<domain::Ball> universe;
    for (const domain::Ball &ball : enabledBalls) {
        if (!ball.createdAt || *ball.createdAt < *special->endDate)
            universe.append(ball);
    }
    return universe;
}

QString fieldTitle(const QString &title)
{
    return QStringLiteral("__**%1**__").arg(title);
}

QList<interactions::Embed::Field> emojiFields(const QString &title, const QStringList &emojis)
{
    QList<interactions::Embed::Field> fields;
    QString buffer;
    const auto flush = [&] {
        const QString name = fields.isEmpty() ? fieldTitle(title) : QStringLiteral("\u200B");
        fields.append(interactions::Embed::Field {name, buffer, false});
        buffer.clear();
    };
    for (const QString &emoji : emojis) {
        if (!buffer.isEmpty()
            && buffer.size() + 1 + emoji.size() > interactions::limits::FieldValue)
            flush();
        if (!buffer.isEmpty())
            buffer += QLatin1Char(' ');
        buffer += emoji;
    }
    if (!buffer.isEmpty())
        flush();
    return fields;
}

QString progression(qsizetype owned, qsizetype total)
{
    const double percent = total == 0 ? 0.0 : 100.0 * double(owned) / double(total);
    return QString::number(percent, 'f', 1);
}

QString thousands(std::int64_t value)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(value));
}

} // namespace ballsdex::bot::features::collection

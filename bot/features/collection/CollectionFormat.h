// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "interactions/Components.h"
#include "interactions/Embed.h"
#include "interactions/Interaction.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// Pure formatting shared by the collection commands (bot-features.md §1.3).
namespace ballsdex::bot::features::collection {

inline constexpr quint32 blurple = 0x5865F2;
/// Fields per page of the completion and compare paginators.
inline constexpr int fieldsPerPage = 5;

/// The ball's custom emoji as message markup, empty when it has none (id 0).
[[nodiscard]] QString ballEmoji(const domain::Ball &ball);
/// A special's emoji as message markup: unicode as stored, a numeric id as a custom emoji;
/// empty when it has none.
[[nodiscard]] QString specialEmoji(const domain::Special &special);
/// The same two for select options and buttons.
[[nodiscard]] std::optional<interactions::Emoji> ballComponentEmoji(const domain::Ball &ball);
[[nodiscard]] std::optional<interactions::Emoji>
specialComponentEmoji(const domain::Special &special);
/// https://cdn.discordapp.com/emojis/<id>.png
[[nodiscard]] QString emojiImageUrl(domain::Snowflake emojiId);
/// The user's avatar, or Discord's default avatar when they have none.
[[nodiscard]] QString avatarUrl(const interactions::User &user);

/// The balls completion and compare measure against: the enabled balls, and with a special that
/// has an end date only those created before it (a ball without creation date always counts).
[[nodiscard]] QList<domain::Ball> collectionUniverse(const QList<domain::Ball> &enabledBalls,
                                                     const std::optional<domain::Special> &special);

/// Emoji separated by spaces over as many fields as needed (values of at most 1024 characters):
/// the first named `__**title**__`, the next ones unnamed. No field for an empty list.
[[nodiscard]] QList<interactions::Embed::Field> emojiFields(const QString &title,
                                                            const QStringList &emojis);
[[nodiscard]] QString fieldTitle(const QString &title);

/// owned / total × 100 with one decimal ("66.7"); "0.0" for an empty total.
[[nodiscard]] QString progression(qsizetype owned, qsizetype total);
/// 1234567 → "1,234,567".
[[nodiscard]] QString thousands(std::int64_t value);

} // namespace ballsdex::bot::features::collection

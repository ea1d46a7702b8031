// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>

namespace ballsdex::studio {

/// Checks what a user typed as an emoji: one Unicode emoji (sequence), a custom emoji id
/// (17-20 digits) or a pasted custom emoji "<:name:id>" / "<a:name:id>", which keeps the id.
/// Empty input gives an empty string (no emoji). `maxLength` counts code points. On failure a
/// translated message.
[[nodiscard]] Result<QString, QString> normaliseEmoji(const QString &text, int maxLength);

/// True for a custom emoji id as normaliseEmoji stores it.
[[nodiscard]] bool isCustomEmojiId(const QString &emoji);

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ballsdex::interactions {

/// Discord's message, embed and component limits (spec §2.8, §2.10). Lengths are counted in
/// UTF-16 code units, never fewer than Discord's count, so staying under them never gets a 400.
namespace limits {
inline constexpr int Content = 2000;
inline constexpr int Embeds = 10;
inline constexpr int EmbedTitle = 256;
inline constexpr int EmbedDescription = 4096;
inline constexpr int EmbedFields = 25;
inline constexpr int FieldName = 256;
inline constexpr int FieldValue = 1024;
inline constexpr int FooterText = 2048;
inline constexpr int AuthorName = 256;
inline constexpr int EmbedTotal = 6000;
inline constexpr int ActionRows = 5;
inline constexpr int ButtonsPerRow = 5;
inline constexpr int ButtonLabel = 80;
inline constexpr int SelectOptions = 25;
inline constexpr int SelectOptionText = 100;
inline constexpr int SelectPlaceholder = 150;
inline constexpr int ModalTitle = 45;
inline constexpr int ModalComponents = 5;
inline constexpr int LabelText = 45;
inline constexpr int LabelDescription = 100;
inline constexpr int TextInputValue = 4000;
inline constexpr int TextInputPlaceholder = 100;
inline constexpr int Choices = 25;
inline constexpr int ChoiceName = 100;
inline constexpr int ChoiceStringValue = 100;
} // namespace limits

/// `text` cut to at most `max` code units, ending in "…" when cut; never splits a surrogate pair.
[[nodiscard]] QString truncated(const QString &text, int max);

} // namespace ballsdex::interactions

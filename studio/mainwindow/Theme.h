// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace ballsdex::studio {

/// The colour scheme the user picked in View ▸ Theme (remembered in QSettings).
enum class ThemeChoice { System, Light, Dark };

[[nodiscard]] QString themeKey(ThemeChoice choice);
[[nodiscard]] ThemeChoice themeFromKey(const QString &key);

/// Palettes for the Fusion style; System keeps the platform's own palette.
[[nodiscard]] QPalette lightPalette();
[[nodiscard]] QPalette darkPalette();

/// Applies the choice to the running application (style, palette); safe to call again.
void applyTheme(ThemeChoice choice);

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ballsdex::studio {

/// A language Studio ships a translation for.
struct StudioLanguage
{
    QString code; ///< "en", "fr"
    QString nativeName; ///< "English", "Français"
};

[[nodiscard]] QList<StudioLanguage> availableLanguages();

/// The language to use: `requested` when Studio has it, else the system locale's when it has
/// that, else English.
[[nodiscard]] QString resolveLanguage(const QString &requested);

/// Installs Studio's and Qt's own translators for `code` on the running application, replacing
/// earlier ones. Returns false when Studio's catalogue for the language could not be loaded.
bool installLanguage(const QString &code);

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include "session/StudioContext.h"

#include <QTabWidget>

namespace ballsdex::studio {

class EconomyEditor;
class PackEditor;
class RegimeEditor;
class SpecialEditor;

/// The catalogue editors the main window embeds: one tab each for specials, regimes, economies
/// and packs (objectName "catalogueEditors"; pages specialEditor, regimeEditor, economyEditor,
/// packEditor). Loads every list on construction. Writes need mayEditCatalogue().
class CatalogueEditors final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueEditors)

public:
    explicit CatalogueEditors(StudioContext &context, QWidget *parent = nullptr);

    /// True when any page holds an edit not saved yet (ask before closing the window).
    [[nodiscard]] bool hasUnsavedChanges() const;
    /// Reloads every list (after the bot or another Studio changed the catalogue).
    void reload();
    /// Saves the entry of the page shown (Ctrl+S).
    void saveCurrent();

    [[nodiscard]] SpecialEditor *specialEditor() const { return m_specials; }
    [[nodiscard]] RegimeEditor *regimeEditor() const { return m_regimes; }
    [[nodiscard]] EconomyEditor *economyEditor() const { return m_economies; }
    [[nodiscard]] PackEditor *packEditor() const { return m_packs; }

Q_SIGNALS:
    /// A special, regime, economy or pack was created, changed or deleted: the card designer and
    /// the bot's caches should reload.
    void catalogueChanged();

private:
    SpecialEditor *m_specials = nullptr;
    RegimeEditor *m_regimes = nullptr;
    EconomyEditor *m_economies = nullptr;
    PackEditor *m_packs = nullptr;
};

} // namespace ballsdex::studio

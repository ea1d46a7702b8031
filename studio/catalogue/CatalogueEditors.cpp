// SPDX-License-Identifier: MIT
#include "CatalogueEditors.h"

#include "catalogue/EconomyEditor.h"
#include "catalogue/PackEditor.h"
#include "catalogue/RegimeEditor.h"
#include "catalogue/SpecialEditor.h"

namespace ballsdex::studio {

CatalogueEditors::CatalogueEditors(StudioContext &context, QWidget *parent)
    : QTabWidget(parent)
    , m_specials(new SpecialEditor(context, this))
    , m_regimes(new RegimeEditor(context, this))
    , m_economies(new EconomyEditor(context, this))
    , m_packs(new PackEditor(context, this))
{
    setObjectName(QStringLiteral("catalogueEditors"));
    addTab(m_specials, tr("Specials"));
    addTab(m_regimes, tr("Regimes"));
    addTab(m_economies, tr("Economies"));
    addTab(m_packs, tr("Packs"));
    for (EditorPage *page :
         {static_cast<EditorPage *>(m_specials), static_cast<EditorPage *>(m_regimes),
          static_cast<EditorPage *>(m_economies), static_cast<EditorPage *>(m_packs)})
        connect(page, &EditorPage::catalogueChanged, this, &CatalogueEditors::catalogueChanged);
    // The pack form offers the specials: refresh it when they change.
    connect(m_specials, &EditorPage::catalogueChanged, m_packs, &EditorPage::reload);
    reload();
}

bool CatalogueEditors::hasUnsavedChanges() const
{
    return m_specials->hasUnsavedChanges() || m_regimes->hasUnsavedChanges()
        || m_economies->hasUnsavedChanges() || m_packs->hasUnsavedChanges();
}

void CatalogueEditors::saveCurrent()
{
    if (auto *page = qobject_cast<EditorPage *>(currentWidget()))
        page->startSave();
}

void CatalogueEditors::reload()
{
    m_specials->reload();
    m_regimes->reload();
    m_economies->reload();
    m_packs->reload();
}

} // namespace ballsdex::studio

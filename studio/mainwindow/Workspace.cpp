// SPDX-License-Identifier: MIT
#include "mainwindow/Workspace.h"

#include "catalogue/CatalogueEditors.h"
#include "designer/BallEditor.h"
#include "designer/CardDesigner.h"
#include "moderation/ModerationDesk.h"

namespace ballsdex::studio {

Workspace::Workspace(StudioContext &context, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("workspace"));
    setDocumentMode(true);
    const StudioRole role = context.identity.role;
    if (mayEditCatalogue(role)) {
        m_designer = new CardDesigner(context, this);
        addTab(m_designer, tr("&Cards"));
        connect(m_designer, &CardDesigner::unsavedChangesChanged, this,
                &Workspace::unsavedChangesChanged);
        connect(m_designer, &CardDesigner::loadFailed, this, &Workspace::statusMessage);
        m_catalogue = new CatalogueEditors(context, this);
        addTab(m_catalogue, tr("Ca&talogue"));
        connect(m_designer->editor(), &BallEditor::saved, m_catalogue, &CatalogueEditors::reload);
        connect(m_catalogue, &CatalogueEditors::catalogueChanged, m_designer,
                &CardDesigner::reload);
    }
    if (mayModerate(role)) {
        m_moderation = new ModerationDesk(context, this);
        addTab(m_moderation, tr("&Moderation"));
        connect(m_moderation, &ModerationDesk::blacklistApplied, this, &Workspace::statusMessage);
    }
}

bool Workspace::hasUnsavedChanges() const
{
    return (m_designer != nullptr && m_designer->hasUnsavedChanges())
        || (m_catalogue != nullptr && m_catalogue->hasUnsavedChanges());
}

void Workspace::setDiscardWithoutAsking()
{
    if (m_designer != nullptr)
        m_designer->setDiscardConfirmation([] { return true; });
}

QUndoStack *Workspace::undoStack() const
{
    return m_designer != nullptr ? m_designer->editor()->undoStack() : nullptr;
}

void Workspace::saveCurrent()
{
    if (currentWidget() == m_designer && m_designer != nullptr)
        m_designer->editor()->save();
    else if (currentWidget() == m_catalogue && m_catalogue != nullptr)
        m_catalogue->saveCurrent();
}

} // namespace ballsdex::studio

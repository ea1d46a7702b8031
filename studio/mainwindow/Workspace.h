// SPDX-License-Identifier: MIT
#pragma once

#include "session/StudioContext.h"

#include <QTabWidget>

class QUndoStack;

namespace ballsdex::studio {

class CardDesigner;
class CatalogueEditors;
class ModerationDesk;

/// The logged-in work area: one tab per duty the person's role allows (cards and catalogue for
/// artists, the moderation desk for staff, all of them for admins and owners).
class Workspace final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(StudioContext &context, QWidget *parent = nullptr);

    [[nodiscard]] bool hasUnsavedChanges() const;
    /// Drops unsaved edits without asking (the main window asked already).
    void setDiscardWithoutAsking();

    /// Null when the role does not allow the page.
    [[nodiscard]] CardDesigner *designer() const { return m_designer; }
    [[nodiscard]] CatalogueEditors *catalogue() const { return m_catalogue; }
    [[nodiscard]] ModerationDesk *moderation() const { return m_moderation; }
    /// The card designer's undo history (null without the designer).
    [[nodiscard]] QUndoStack *undoStack() const;

    /// Saves what the current page edits (Ctrl+S).
    void saveCurrent();

Q_SIGNALS:
    void unsavedChangesChanged();
    /// A page reports something for the status bar.
    void statusMessage(const QString &text);

private:
    CardDesigner *m_designer = nullptr;
    CatalogueEditors *m_catalogue = nullptr;
    ModerationDesk *m_moderation = nullptr;
};

} // namespace ballsdex::studio

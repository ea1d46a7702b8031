// SPDX-License-Identifier: MIT
#pragma once

#include "designer/BallInput.h"
#include "designer/BallValidation.h"
#include "designer/PreviewRenderer.h"
#include "session/StudioContext.h"
#include "storage/CatalogueRepository.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace ballsdex::studio {

class BallForm;

/// Edits one ball: the form, undo/redo, a live card preview drawn by the shared renderer, and
/// saving (role re-checked, audit row in the same transaction). A failed save keeps the edit.
class BallEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit BallEditor(StudioContext &context, QWidget *parent = nullptr);

    /// Regimes, economies and specials the pickers and the preview use.
    void setCatalogue(const storage::CatalogueSnapshot &catalogue);
    /// Starts a new, unsaved ball (the first regime preselected). Clears the undo history.
    void newBall();
    /// Loads a stored ball. Clears the undo history.
    void editBall(const domain::Ball &ball);

    [[nodiscard]] bool hasUnsavedChanges() const
    {
        return m_form && currentInput() != m_savedInput;
    }
    [[nodiscard]] BallInput currentInput() const;
    [[nodiscard]] domain::RowId ballId() const { return m_id; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] bool isSaving() const { return m_saving; }
    /// The last full-size preview (1428×2000) shown.
    [[nodiscard]] QImage previewImage() const { return m_preview; }
    [[nodiscard]] const PreviewRenderer &previewRenderer() const { return *m_renderer; }

public Q_SLOTS:
    /// Checks the role and the form, then writes; the outcome is shown in the message line.
    void save();

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    void saved(const ballsdex::domain::Ball &ball);
    void previewUpdated();

private:
    void userEdited(const QString &field);
    void applyInput(const BallInput &input);
    void refresh();
    void requestPreview();
    void previewRendered(const PreviewImage &image);
    void saveFinished(const Result<domain::Ball, storage::StorageError> &result,
                      BallInput submitted);
    void showMessage(const QString &text, bool error);
    void reset(const BallInput &input);
    [[nodiscard]] render::CardData previewCard(const domain::Ball &ball) const;
    [[nodiscard]] QSize previewPixelSize() const;

    StudioContext &m_context;
    storage::CatalogueSnapshot m_catalogue;
    BallForm *m_form = nullptr;
    QUndoStack *m_undo;
    PreviewRenderer *m_renderer;
    QLabel *m_previewLabel;
    QComboBox *m_special;
    QSpinBox *m_healthBonus;
    QSpinBox *m_attackBonus;
    QLabel *m_problems;
    QLabel *m_message;
    QPushButton *m_save;
    BallInput m_shown; ///< what the form showed after the last recorded change
    BallInput m_savedInput;
    domain::RowId m_id = 0;
    QImage m_preview;
    bool m_saving = false;
    bool m_wasUnsaved = false;
};

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include "session/StudioContext.h"
#include "storage/CatalogueRepository.h"

#include <QWidget>

#include <functional>

namespace ballsdex::studio {

class BallEditor;
class BallList;

/// The card designer page: the ball list beside the ball editor. Loads the catalogue from the
/// database (off the GUI thread) and again after each save. Asks before an unsaved edit is
/// replaced by another ball.
class CardDesigner final : public QWidget
{
    Q_OBJECT

public:
    explicit CardDesigner(StudioContext &context, QWidget *parent = nullptr);

    /// Reads the catalogue again; catalogueLoaded() or loadFailed() follows.
    void reload();
    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] BallEditor *editor() const { return m_editor; }
    [[nodiscard]] BallList *list() const { return m_list; }
    [[nodiscard]] const storage::CatalogueSnapshot &catalogue() const { return m_catalogue; }
    /// Asked before unsaved changes are dropped; true discards them. Default: a message box.
    void setDiscardConfirmation(std::function<bool()> confirm)
    {
        m_confirmDiscard = std::move(confirm);
    }

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    void catalogueLoaded();
    void loadFailed(const QString &message);

private:
    void openBall(domain::RowId id);
    void startNewBall();
    [[nodiscard]] bool mayDiscard();

    StudioContext &m_context;
    storage::CatalogueSnapshot m_catalogue;
    BallList *m_list;
    BallEditor *m_editor;
    std::function<bool()> m_confirmDiscard;
    quint64 m_reloads = 0;
};

} // namespace ballsdex::studio

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "session/StudioContext.h"
#include "storage/StorageError.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ballsdex::studio {

/// The frame every catalogue editor shares: a searchable list, a form, New / Save / Delete, a
/// message line, the role check before any write, confirmations, and the unsaved-changes guard.
/// Subclasses fill the form and run the repository calls. Children: searchEdit, entryList,
/// newButton, saveButton, deleteButton, messageLabel; prompts (window-modal, asynchronous):
/// deleteConfirmation, unsavedChangesPrompt.
class EditorPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPage)

public:
    /// One row of the list; searchText is matched as plain, case-insensitive text.
    struct Entry
    {
        domain::RowId id = 0;
        QString label;
        QString searchText;
    };

    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    /// The entry shown in the form; nullopt for a new one.
    [[nodiscard]] std::optional<domain::RowId> currentId() const { return m_currentId; }
    /// Reloads the list from the database (the form is left alone).
    void reload();
    /// Shows the entry (through the unsaved-changes guard).
    void select(domain::RowId id);
    /// Validates and saves the form, as the Save button does (role checked first).
    void startSave();

Q_SIGNALS:
    void listLoaded();
    void saved(qint64 id);
    void removed(qint64 id);
    /// A refused or failed action; the message is also shown on the page.
    void failed(const QString &message);
    /// Something was written: caches elsewhere (the card designer) should reload.
    void catalogueChanged();

protected:
    EditorPage(StudioContext &context, QWidget *parent);

    [[nodiscard]] StudioContext &context() { return m_context; }
    [[nodiscard]] QFormLayout *form() { return m_form; }
    /// Connect every field's change signal here.
    void markEdited();
    void showMessage(const QString &message, bool error);
    void setEntries(const QList<Entry> &entries);
    /// Reports a failed read or write (list, usage, save, delete) on the page.
    void reportFailure(const storage::StorageError &error);
    /// The subclass has the stored row in its cache: the form shows it, the list reloads.
    void saveSucceeded(domain::RowId id);
    void removeSucceeded(domain::RowId id);
    /// Asks before deleting (details = what goes with it); remove() runs on "Delete".
    void confirmRemove(domain::RowId id, const QString &details);

    virtual void fetchList() = 0; ///< → setEntries or reportFailure
    virtual void showEntry(std::optional<domain::RowId> id) = 0; ///< fill or clear the form
    virtual std::optional<QString> validate() = 0; ///< a message when the form is not valid
    virtual QString typedName() const = 0; ///< for duplicate-name messages
    virtual void save(std::optional<domain::RowId> id) = 0; ///< → saveSucceeded / reportFailure
    /// → confirmRemove, or showMessage when the delete must be refused.
    virtual void fetchUsage(domain::RowId id) = 0;
    virtual void remove(domain::RowId id) = 0; ///< → removeSucceeded / reportFailure

private:
    bool mayWrite();
    void guardThen(std::function<void()> action);
    void load(std::optional<domain::RowId> id);
    void startNew();
    void startRemove();
    void applyFilter();
    void setBusy(bool busy);
    [[nodiscard]] QString currentLabel() const;
    void selectInList(std::optional<domain::RowId> id);

    StudioContext &m_context;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    std::optional<domain::RowId> m_currentId;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace ballsdex::studio

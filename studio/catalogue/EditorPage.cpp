// SPDX-License-Identifier: MIT
#include "EditorPage.h"

#include "catalogue/StorageMessages.h"
#include "session/StudioRole.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ballsdex::studio {
namespace {

constexpr int idRole = Qt::UserRole;
constexpr int searchRole = Qt::UserRole + 1;

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(name);
    return created;
}

} // namespace

EditorPage::EditorPage(StudioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entryList"));
    m_newButton = button(tr("New"), QStringLiteral("newButton"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    left->addWidget(m_newButton);

    m_form = new QFormLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_saveButton = button(tr("Save"), QStringLiteral("saveButton"), this);
    m_deleteButton = button(tr("Delete"), QStringLiteral("deleteButton"), this);
    m_deleteButton->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_saveButton);
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_message);
    right->addStretch(1);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(m_search, &QLineEdit::textChanged, this, &EditorPage::applyFilter);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this]() {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (!selected.isEmpty())
            select(selected.first()->data(idRole).value<domain::RowId>());
    });
    connect(m_newButton, &QPushButton::clicked, this, &EditorPage::startNew);
    connect(m_saveButton, &QPushButton::clicked, this, &EditorPage::startSave);
    connect(m_deleteButton, &QPushButton::clicked, this, &EditorPage::startRemove);
}

void EditorPage::reload()
{
    fetchList();
}

void EditorPage::select(domain::RowId id)
{
    if (m_currentId == id)
        return;
    guardThen([this, id]() { load(id); });
}

void EditorPage::markEdited()
{
    if (!m_loading)
        m_dirty = true;
}

void EditorPage::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void EditorPage::setEntries(const QList<Entry> &entries)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.label, m_list);
        item->setData(idRole, QVariant::fromValue(entry.id));
        item->setData(searchRole, entry.searchText);
    }
    applyFilter();
    selectInList(m_currentId);
    Q_EMIT listLoaded();
}

void EditorPage::reportFailure(const storage::StorageError &error)
{
    setBusy(false);
    const QString message = storageMessage(error, typedName());
    showMessage(message, true);
    Q_EMIT failed(message);
}

void EditorPage::saveSucceeded(domain::RowId id)
{
    setBusy(false);
    load(id);
    showMessage(tr("Saved."), false);
    fetchList();
    Q_EMIT saved(id);
    Q_EMIT catalogueChanged();
}

void EditorPage::removeSucceeded(domain::RowId id)
{
    setBusy(false);
    load(std::nullopt);
    showMessage(tr("Deleted."), false);
    fetchList();
    Q_EMIT removed(id);
    Q_EMIT catalogueChanged();
}

void EditorPage::confirmRemove(domain::RowId id, const QString &details)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Delete"),
                          tr("Delete \u201c%1\u201d? This cannot be undone.").arg(currentLabel()),
                          QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(details);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id]() {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || m_currentId != id) {
            showMessage(tr("Nothing was deleted."), false);
            return;
        }
        if (!mayWrite())
            return;
        setBusy(true);
        showMessage(tr("Deleting\u2026"), false);
        remove(id);
    });
    showMessage(QString(), false);
    box->open();
}

bool EditorPage::mayWrite()
{
    const StudioRole role = m_context.identity.role;
    if (mayEditCatalogue(role))
        return true;
    const QString message = role == StudioRole::None
        ? tr("You are not allowed to edit the catalogue; nothing was changed.")
        : tr("Your role (%1) does not allow editing the catalogue; nothing was changed.")
              .arg(roleDisplayName(role));
    showMessage(message, true);
    Q_EMIT failed(message);
    return false;
}

void EditorPage::guardThen(std::function<void()> action)
{
    if (!m_dirty) {
        action();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("This entry has changes that are not saved. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, action = std::move(action)]() {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            m_dirty = false;
            action();
        } else {
            selectInList(m_currentId);
        }
    });
    box->open();
}

void EditorPage::load(std::optional<domain::RowId> id)
{
    m_loading = true;
    showEntry(id);
    m_loading = false;
    m_currentId = id;
    m_dirty = false;
    m_deleteButton->setEnabled(id.has_value());
    showMessage(QString(), false);
    selectInList(id);
}

void EditorPage::startNew()
{
    guardThen([this]() { load(std::nullopt); });
}

void EditorPage::startSave()
{
    if (!mayWrite())
        return;
    if (const std::optional<QString> problem = validate()) {
        showMessage(*problem, true);
        Q_EMIT failed(*problem);
        return;
    }
    setBusy(true);
    showMessage(tr("Saving\u2026"), false);
    save(m_currentId);
}

void EditorPage::startRemove()
{
    if (!m_currentId) {
        showMessage(tr("Select an entry to delete."), true);
        return;
    }
    if (!mayWrite())
        return;
    showMessage(tr("Checking what uses it\u2026"), false);
    fetchUsage(*m_currentId);
}

void EditorPage::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(
            !needle.isEmpty()
            && !item->data(searchRole).toString().contains(needle, Qt::CaseInsensitive));
    }
}

void EditorPage::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    // A write in flight reloads its own entry when it ends: no switching until then.
    m_list->setEnabled(!busy);
    m_deleteButton->setEnabled(!busy && m_currentId.has_value());
}

QString EditorPage::currentLabel() const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).value<domain::RowId>() == m_currentId)
            return m_list->item(row)->text();
    }
    return typedName();
}

void EditorPage::selectInList(std::optional<domain::RowId> id)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int row = 0; row < m_list->count() && id; ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(idRole).value<domain::RowId>() == *id) {
            item->setSelected(true);
            m_list->setCurrentItem(item);
        }
    }
}

} // namespace ballsdex::studio

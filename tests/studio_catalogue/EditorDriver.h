// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/EditorPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

namespace ballsdex::testing {

/// Drives one editor page the way a user does: by the objectNames of its widgets.
class EditorDriver final
{
public:
    explicit EditorDriver(studio::EditorPage &page)
        : m_page(page)
        , m_loaded(&page, &studio::EditorPage::listLoaded)
    {
    }

    /// Reloads and waits until the list shows what the database holds.
    [[nodiscard]] bool load()
    {
        m_loaded.clear();
        m_page.reload();
        return QTest::qWaitFor([this]() { return !m_loaded.isEmpty(); }, 10000);
    }

    template<typename T = QWidget> T *child(const QString &name) const
    {
        T *found = m_page.findChild<T *>(name);
        if (found == nullptr)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    void type(const QString &field, const QString &text) const
    {
        auto *edit = child<QLineEdit>(field);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void click(const QString &button) const
    {
        QTest::mouseClick(child<QAbstractButton>(button), Qt::LeftButton);
    }

    [[nodiscard]] QString message() const
    {
        return child<QLabel>(QStringLiteral("messageLabel"))->text();
    }

    /// Clicks the row whose text contains `label`; false when there is none.
    bool pick(const QString &label) const
    {
        auto *list = child<QListWidget>(QStringLiteral("entryList"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(label)) {
                list->setCurrentItem(list->item(row));
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] QStringList visibleLabels() const
    {
        QStringList labels;
        auto *list = child<QListWidget>(QStringLiteral("entryList"));
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden())
                labels.append(list->item(row)->text());
        }
        return labels;
    }

    /// The open prompt (deleteConfirmation, unsavedChangesPrompt), or nullptr.
    [[nodiscard]] QMessageBox *prompt(const QString &name) const
    {
        auto *box = m_page.findChild<QMessageBox *>(name);
        return box != nullptr && box->isVisible() ? box : nullptr;
    }

private:
    studio::EditorPage &m_page;
    QSignalSpy m_loaded;
};

} // namespace ballsdex::testing

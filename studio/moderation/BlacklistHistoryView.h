// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::studio {

class PagedTableModel;

/// Every blacklist action ever recorded, newest first, loaded page by page; the search box takes
/// a Discord id (the target or the moderator) or any text of the reason.
class BlacklistHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlacklistHistoryView)

public:
    explicit BlacklistHistoryView(storage::Database &database, QWidget *parent = nullptr);

    [[nodiscard]] PagedTableModel *model() const { return m_model; }
    /// Runs the search in the box again from the first page.
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    storage::Database &m_database;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    PagedTableModel *m_model = nullptr;
};

} // namespace ballsdex::studio

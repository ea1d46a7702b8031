// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace ballsdex::studio {

/// The balls of the catalogue: a search box (plain text over name, short name, catch names,
/// translations, ability and credits, filtered in memory), columns name / rarity / enabled, a
/// New button; double-click or Open opens one.
class BallList final : public QWidget
{
    Q_OBJECT

public:
    explicit BallList(QWidget *parent = nullptr);

    void setBalls(const QList<domain::Ball> &balls);
    /// Ids of the rows shown, top to bottom.
    [[nodiscard]] QList<domain::RowId> visibleIds() const;
    void selectBall(domain::RowId id);

Q_SIGNALS:
    void newBallRequested();
    void openBallRequested(domain::RowId id);

private:
    void openCurrent();

    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
};

} // namespace ballsdex::studio

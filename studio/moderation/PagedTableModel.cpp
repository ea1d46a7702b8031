// SPDX-License-Identifier: MIT
#include "moderation/PagedTableModel.h"

#include <QBrush>
#include <QPalette>

namespace ballsdex::studio {

PagedTableModel::PagedTableModel(QStringList headers, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_pageSize(pageSize)
{
}

void PagedTableModel::setLoader(PageLoader loader, const QStringList &headers)
{
    beginResetModel();
    m_loader = std::move(loader);
    if (!headers.isEmpty())
        m_headers = headers;
    resetState();
    endResetModel();
}

void PagedTableModel::reload()
{
    beginResetModel();
    resetState();
    endResetModel();
    fetchMore();
}

void PagedTableModel::retry()
{
    m_failed = false;
    fetchMore();
}

void PagedTableModel::resetState()
{
    ++m_generation;
    m_rows.clear();
    m_next.reset();
    m_loading = false;
    m_complete = !m_loader;
    m_failed = false;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PagedRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QVariant();
    case Qt::UserRole:
        return row.key;
    case Qt::ForegroundRole:
        return row.muted ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                         : QVariant();
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0
        || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && !m_loading && !m_complete && !m_failed;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const std::optional<storage::PageCursor> after = m_rows.isEmpty() ? std::nullopt : m_next;
    m_loader(after, m_pageSize)
        .then(this, [this, generation](const Result<PagedRows, storage::StorageError> &result) {
            receive(generation, result);
        });
}

void PagedTableModel::receive(quint64 generation,
                              const Result<PagedRows, storage::StorageError> &result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!result) {
        m_failed = true;
        Q_EMIT loadFailed(result.error());
        return;
    }
    const QList<PagedRow> &rows = result->rows;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    m_next = result->next;
    m_complete = !m_next.has_value();
    Q_EMIT pageLoaded(int(rows.size()));
}

} // namespace ballsdex::studio

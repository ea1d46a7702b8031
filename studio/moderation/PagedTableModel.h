// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ModerationQueries.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace ballsdex::studio {

/// One table row, already formatted for display.
struct PagedRow
{
    QVariantList cells;
    QVariant key; ///< returned for Qt::UserRole (instance id, trade id, Discord id…)
    bool muted = false; ///< shown greyed out (deleted instances)
};

struct PagedRows
{
    QList<PagedRow> rows;
    std::optional<storage::PageCursor> next; ///< nullopt: that was the last page
};

/// Loads the page after `after` (nullopt = first page) with at most `limit` rows, off the GUI
/// thread.
using PageLoader = std::function<QFuture<Result<PagedRows, storage::StorageError>>(
    std::optional<storage::PageCursor> after, int limit)>;

/// A read-only table that grows one keyset page at a time, as views scroll (canFetchMore /
/// fetchMore). Only one page is in flight; a failed page stops automatic fetching until retry().
class PagedTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    explicit PagedTableModel(QStringList headers, int pageSize = 150, QObject *parent = nullptr);

    /// Empties the model and uses `loader` (and `headers` when given) from now on; nothing is
    /// fetched until fetchMore().
    void setLoader(PageLoader loader, const QStringList &headers = {});
    /// Empties the model and fetches the first page again.
    void reload();
    /// Fetches the next page after a failure.
    void retry();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void pageLoaded(int added);
    void loadFailed(const storage::StorageError &error);

private:
    void resetState();
    void receive(quint64 generation, const Result<PagedRows, storage::StorageError> &result);

    QStringList m_headers;
    int m_pageSize;
    PageLoader m_loader;
    QList<PagedRow> m_rows;
    std::optional<storage::PageCursor> m_next;
    quint64 m_generation = 0; ///< bumped on every reset: late pages of an old listing are dropped
    bool m_loading = false;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace ballsdex::studio

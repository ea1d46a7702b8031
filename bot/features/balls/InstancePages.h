// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/PageSource.h"
#include "storage/InstanceQueries.h"

#include <QFuture>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace ballsdex::bot::features {

/// The pages of a filtered, sorted instance listing, read from the database one page at a
/// time: the neighbour of a page already shown comes by keyset, any other page by OFFSET
/// from the nearer end. The page count comes from the COUNT the caller ran (total).
class InstancePages final : public interactions::PageSource
{
public:
    static constexpr int PageSize = 25;

    /// Builds a page message from its instances (display order).
    using Renderer = std::function<interactions::Message(
        const QList<domain::BallInstance> &items, int index, int pageCount, std::int64_t total)>;

    InstancePages(storage::Database &database, storage::InstanceFilter filter,
                  storage::InstanceOrder order, Renderer renderer, std::int64_t total);

    /// The first page's query, which does not depend on the total: callers start it together
    /// with the COUNT so the first answer waits for the slower of the two, not their sum.
    [[nodiscard]] static storage::InstanceSliceRequest firstPageRequest();
    void setFirstPage(QFuture<Result<storage::InstanceSlice, storage::StorageError>> firstPage);

    [[nodiscard]] int pageCount() const override;
    [[nodiscard]] std::int64_t total() const { return m_total; }
    /// On a database failure the page says so (and shows nothing to pick).
    QCoro::Task<interactions::Message> page(int index) override;
    /// The instances of the page produced last.
    [[nodiscard]] const QList<domain::BallInstance> &shown() const { return m_shown; }

private:
    [[nodiscard]] storage::InstanceSliceRequest plan(int index) const;

    struct Bounds
    {
        storage::InstanceSortKey first;
        storage::InstanceSortKey last;
    };

    storage::Database &m_database;
    storage::InstanceFilter m_filter;
    storage::InstanceOrder m_order;
    Renderer m_renderer;
    std::int64_t m_total;
    QHash<int, Bounds> m_bounds;
    QList<domain::BallInstance> m_shown;
    std::optional<QFuture<Result<storage::InstanceSlice, storage::StorageError>>> m_firstPage;
};

} // namespace ballsdex::bot::features

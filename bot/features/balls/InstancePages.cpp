// SPDX-License-Identifier: MIT
#include "features/balls/InstancePages.h"

#include "features/common/StorageReplies.h"
#include "util/Logging.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {

using storage::InstanceSliceRequest;

InstancePages::InstancePages(storage::Database &database, storage::InstanceFilter filter,
                             storage::InstanceOrder order, Renderer renderer, std::int64_t total)
    : m_database(database)
    , m_filter(std::move(filter))
    , m_order(order)
    , m_renderer(std::move(renderer))
    , m_total(total)
{
}

InstanceSliceRequest InstancePages::firstPageRequest()
{
    InstanceSliceRequest request;
    request.limit = PageSize;
    request.offset = 0;
    return request;
}

void InstancePages::setFirstPage(
    QFuture<Result<storage::InstanceSlice, storage::StorageError>> firstPage)
{
    m_firstPage = std::move(firstPage);
}

int InstancePages::pageCount() const
{
    const std::int64_t pages = (m_total + PageSize - 1) / PageSize;
    return int(std::clamp<std::int64_t>(pages, 1, std::numeric_limits<int>::max()));
}

InstanceSliceRequest InstancePages::plan(int index) const
{
    InstanceSliceRequest request;
    request.limit = PageSize;
    if (const auto previous = m_bounds.constFind(index - 1); previous != m_bounds.cend()) {
        request.from = InstanceSliceRequest::From::After;
        request.key = previous->last;
        return request;
    }
    if (const auto next = m_bounds.constFind(index + 1); next != m_bounds.cend()) {
        request.from = InstanceSliceRequest::From::Before;
        request.key = next->first;
        return request;
    }
    const std::int64_t start = std::int64_t(index) * PageSize;
    const std::int64_t end = std::min(m_total, start + PageSize);
    if (start <= m_total - end) {
        request.offset = start;
    } else {
        request.from = InstanceSliceRequest::From::End;
        request.offset = m_total - end;
        request.limit = int(std::max<std::int64_t>(1, end - start));
    }
    return request;
}

QCoro::Task<interactions::Message> InstancePages::page(int index)
{
    storage::InstanceQueries queries(m_database);
    QFuture<Result<storage::InstanceSlice, storage::StorageError>> future;
    if (index == 0 && m_firstPage)
        future = *std::exchange(m_firstPage, std::nullopt);
    else
        future = queries.slice(m_filter, m_order, plan(index));
    const auto slice = co_await future;
    if (!slice) {
        qCWarning(lcBot).noquote()
            << "instance page" << index << "failed:" << slice.error().toString();
        m_shown.clear();
        co_return interactions::Message(databaseUnavailableMessage()).embeds({});
    }
    m_shown = slice->items;
    if (slice->firstKey && slice->lastKey)
        m_bounds.insert(index, Bounds {*slice->firstKey, *slice->lastKey});
    co_return m_renderer(m_shown, index, pageCount(), m_total);
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "services/CatalogueCache.h"

#include "storage/CatalogueRepository.h"
#include "storage/Database.h"

#include <QCoroFuture>

namespace ballsdex::bot::services {
namespace {

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

template<typename T> QHash<domain::RowId, qsizetype> byId(const QList<T> &rows)
{
    QHash<domain::RowId, qsizetype> map;
    map.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        map.insert(rows.at(i).id, i);
    return map;
}

template<typename T>
std::optional<T> lookup(const QList<T> &rows, const QHash<domain::RowId, qsizetype> &map,
                        domain::RowId id)
{
    const auto found = map.constFind(id);
    if (found == map.cend())
        return std::nullopt;
    return rows.at(*found);
}

std::shared_ptr<const CatalogueCache::Index> buildIndex(storage::CatalogueSnapshot snapshot)
{
    auto index = std::make_shared<CatalogueCache::Index>();
    index->data = std::move(snapshot);
    const QList<domain::Ball> &balls = index->data.balls;
    index->ballById = byId(balls);
    for (qsizetype i = 0; i < balls.size(); ++i) {
        const domain::Ball &ball = balls.at(i);
        if (ball.enabled)
            index->enabledBalls.append(ball);
        if (ball.shortName && !ball.shortName->trimmed().isEmpty())
            index->ballByName.insert(nameKey(*ball.shortName), i);
    }
    // Countries last: a country wins over another ball's short name.
    for (qsizetype i = 0; i < balls.size(); ++i)
        index->ballByName.insert(nameKey(balls.at(i).country), i);
    index->regimeById = byId(index->data.regimes);
    index->economyById = byId(index->data.economies);
    index->specialById = byId(index->data.specials);
    for (qsizetype i = 0; i < index->data.specials.size(); ++i)
        index->specialByName.insert(nameKey(index->data.specials.at(i).name), i);
    return index;
}

} // namespace

CatalogueCache::CatalogueCache(storage::Database &database)
    : m_database(database)
    , m_index(buildIndex({}))
{
}

QCoro::Task<Result<void, storage::StorageError>> CatalogueCache::reload()
{
    storage::CatalogueRepository repository(m_database);
    auto future = repository.loadAll();
    Result<storage::CatalogueSnapshot, storage::StorageError> loaded = co_await future;
    if (!loaded)
        co_return fail(loaded.error());
    replace(std::move(*loaded));
    co_return Result<void, storage::StorageError> {};
}

void CatalogueCache::replace(storage::CatalogueSnapshot snapshot)
{
    std::shared_ptr<const Index> index = buildIndex(std::move(snapshot));
    m_index.store(index);
    for (const Listener &listener : std::as_const(m_listeners))
        listener(*index);
}

void CatalogueCache::onReloaded(Listener listener)
{
    m_listeners.append(std::move(listener));
}

std::shared_ptr<const CatalogueCache::Index> CatalogueCache::snapshot() const
{
    return m_index.load();
}

std::optional<domain::Ball> CatalogueCache::ball(domain::RowId id) const
{
    const auto index = snapshot();
    return lookup(index->data.balls, index->ballById, id);
}

std::optional<domain::Ball> CatalogueCache::ballByName(const QString &name) const
{
    const auto index = snapshot();
    const auto found = index->ballByName.constFind(nameKey(name));
    if (found == index->ballByName.cend())
        return std::nullopt;
    return index->data.balls.at(*found);
}

QList<domain::Ball> CatalogueCache::enabledBalls() const
{
    return snapshot()->enabledBalls;
}

std::optional<domain::Regime> CatalogueCache::regime(domain::RowId id) const
{
    const auto index = snapshot();
    return lookup(index->data.regimes, index->regimeById, id);
}

std::optional<domain::Economy> CatalogueCache::economy(domain::RowId id) const
{
    const auto index = snapshot();
    return lookup(index->data.economies, index->economyById, id);
}

std::optional<domain::Special> CatalogueCache::special(domain::RowId id) const
{
    const auto index = snapshot();
    return lookup(index->data.specials, index->specialById, id);
}

std::optional<domain::Special> CatalogueCache::specialByName(const QString &name) const
{
    const auto index = snapshot();
    const auto found = index->specialByName.constFind(nameKey(name));
    if (found == index->specialByName.cend())
        return std::nullopt;
    return index->data.specials.at(*found);
}

} // namespace ballsdex::bot::services

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "storage/CatalogueRepository.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QCoroTask>
#include <QHash>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot::services {

/// Balls, regimes, economies and specials held in memory. A reload builds a new immutable index
/// and swaps it in, so a reader keeps a consistent view for as long as it holds snapshot().
class CatalogueCache final
{
public:
    /// One loaded catalogue with its lookup tables.
    struct Index
    {
        storage::CatalogueSnapshot data;
        QList<domain::Ball> enabledBalls;
        QHash<domain::RowId, qsizetype> ballById;
        QHash<QString, qsizetype> ballByName; ///< case-folded country and short name
        QHash<domain::RowId, qsizetype> regimeById;
        QHash<domain::RowId, qsizetype> economyById;
        QHash<domain::RowId, qsizetype> specialById;
        QHash<QString, qsizetype> specialByName;
    };
    using Listener = std::function<void(const Index &)>;

    explicit CatalogueCache(storage::Database &database);

    /// Reads everything in one transaction; the previous catalogue stays on failure.
    QCoro::Task<Result<void, storage::StorageError>> reload();
    /// Installs an already-loaded catalogue (start-up paths and tests).
    void replace(storage::CatalogueSnapshot snapshot);
    /// Called on the reloading thread after every successful reload or replace().
    void onReloaded(Listener listener);

    [[nodiscard]] std::shared_ptr<const Index> snapshot() const;
    [[nodiscard]] std::optional<domain::Ball> ball(domain::RowId id) const;
    /// Country or short name, case-insensitive.
    [[nodiscard]] std::optional<domain::Ball> ballByName(const QString &name) const;
    [[nodiscard]] QList<domain::Ball> enabledBalls() const;
    [[nodiscard]] std::optional<domain::Regime> regime(domain::RowId id) const;
    [[nodiscard]] std::optional<domain::Economy> economy(domain::RowId id) const;
    [[nodiscard]] std::optional<domain::Special> special(domain::RowId id) const;
    [[nodiscard]] std::optional<domain::Special> specialByName(const QString &name) const;

private:
    storage::Database &m_database;
    std::atomic<std::shared_ptr<const Index>> m_index;
    QList<Listener> m_listeners;
};

} // namespace ballsdex::bot::services

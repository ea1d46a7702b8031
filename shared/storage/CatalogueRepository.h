// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "storage/AuditLogRepository.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace ballsdex::storage {

class Database;
class Transaction;

/// Everything the caches hold, read in one consistent snapshot. Each list is ordered by id.
struct CatalogueSnapshot
{
    QList<domain::Regime> regimes;
    QList<domain::Economy> economies;
    QList<domain::Special> specials;
    QList<domain::Ball> balls;
};

class CatalogueRepository final
{
public:
    explicit CatalogueRepository(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<CatalogueSnapshot, StorageError>> loadAll();
    [[nodiscard]] QFuture<Result<std::optional<domain::Ball>, StorageError>>
    findBall(domain::RowId id);

    /// Inserts (id ignored) with catch names and translations normalised; returns the stored row.
    /// UniqueViolation on a duplicate country, ForeignKeyViolation on an unknown regime/economy.
    /// With an actor, an audit_log entry "ball.create" is written in the same transaction.
    [[nodiscard]] QFuture<Result<domain::Ball, StorageError>>
    createBall(domain::Ball ball, std::optional<AuditActor> actor = std::nullopt);
    /// Updates every editable column of ball.id (NotFound if missing); audit "ball.update".
    [[nodiscard]] QFuture<Result<domain::Ball, StorageError>>
    updateBall(domain::Ball ball, std::optional<AuditActor> actor = std::nullopt);

    [[nodiscard]] QFuture<Result<domain::Regime, StorageError>> createRegime(domain::Regime regime);
    [[nodiscard]] QFuture<Result<domain::Economy, StorageError>>
    createEconomy(domain::Economy economy);
    [[nodiscard]] QFuture<Result<domain::Special, StorageError>>
    createSpecial(domain::Special special);

    static CatalogueSnapshot loadAll(Transaction &tx);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

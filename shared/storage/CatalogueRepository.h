// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "storage/AuditLogRepository.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

#include <cstdint>
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

/// What refers to a regime, economy or special.
struct CatalogueUsage
{
    std::int64_t balls = 0; ///< balls with this regime / economy
    std::int64_t instances = 0; ///< instances of those balls, or carrying this special
    std::int64_t packs = 0; ///< packs naming this special (any mode)
    std::int64_t forcedPacks = 0; ///< of which FORCED: they block the special's deletion
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

    // Regimes, economies and specials. Names are trimmed and must not be empty (InvalidArgument).
    // With an actor (an editor's write) the audit_log row "<kind>.create|update|delete" is written
    // in the same transaction, and a name another row of the same kind already has (compared
    // case-insensitively) is refused with UniqueViolation (constraint "<kind>_name_unique"). The
    // schema itself allows duplicate names, which seeding and fixtures without an actor rely on.
    // Update and delete return NotFound for a missing id.

    [[nodiscard]] QFuture<Result<domain::Regime, StorageError>>
    createRegime(domain::Regime regime, std::optional<AuditActor> actor = std::nullopt);
    [[nodiscard]] QFuture<Result<domain::Regime, StorageError>>
    updateRegime(domain::Regime regime, std::optional<AuditActor> actor = std::nullopt);
    /// Refused with ForeignKeyViolation (constraint "ball_regime_id_fkey", the count in the
    /// message) while balls use the regime: the schema would cascade to them and their instances.
    [[nodiscard]] QFuture<Result<void, StorageError>>
    deleteRegime(domain::RowId id, std::optional<AuditActor> actor = std::nullopt);

    [[nodiscard]] QFuture<Result<domain::Economy, StorageError>>
    createEconomy(domain::Economy economy, std::optional<AuditActor> actor = std::nullopt);
    [[nodiscard]] QFuture<Result<domain::Economy, StorageError>>
    updateEconomy(domain::Economy economy, std::optional<AuditActor> actor = std::nullopt);
    /// Balls using it keep existing without an economy.
    [[nodiscard]] QFuture<Result<void, StorageError>>
    deleteEconomy(domain::RowId id, std::optional<AuditActor> actor = std::nullopt);

    /// CheckViolation "special_window_check" for end < start, the rarity CHECK outside 0..1.
    [[nodiscard]] QFuture<Result<domain::Special, StorageError>>
    createSpecial(domain::Special special, std::optional<AuditActor> actor = std::nullopt);
    [[nodiscard]] QFuture<Result<domain::Special, StorageError>>
    updateSpecial(domain::Special special, std::optional<AuditActor> actor = std::nullopt);
    /// Instances lose the special. Refused with ForeignKeyViolation (constraint
    /// "pack_forced_special_check", the count in the message) while FORCED packs use it.
    [[nodiscard]] QFuture<Result<void, StorageError>>
    deleteSpecial(domain::RowId id, std::optional<AuditActor> actor = std::nullopt);

    /// What a delete would touch, for confirmations.
    [[nodiscard]] QFuture<Result<CatalogueUsage, StorageError>> regimeUsage(domain::RowId id);
    [[nodiscard]] QFuture<Result<CatalogueUsage, StorageError>> economyUsage(domain::RowId id);
    [[nodiscard]] QFuture<Result<CatalogueUsage, StorageError>> specialUsage(domain::RowId id);

    static CatalogueSnapshot loadAll(Transaction &tx);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

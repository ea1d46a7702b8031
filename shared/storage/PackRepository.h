// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pack.h"
#include "storage/AuditLogRepository.h"
#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>

#include <cstdint>
#include <optional>

namespace ballsdex::storage {

class Database;

/// Who would lose what when a pack is deleted (unopened copies go with it).
struct PackUsage
{
    std::int64_t owners = 0; ///< players holding at least one unopened copy
    std::int64_t unopened = 0; ///< unopened copies in all inventories
    std::int64_t openings = 0; ///< history rows (they keep the pack's name)
};

/// The pack catalogue (data-model §1.8). The schema's rules come back as typed errors:
/// InvalidArgument for an empty name, UniqueViolation "pack_name_key", CheckViolation with the
/// constraint's name (pack_price_check, pack_cards_count_check, pack_rarity_range_check,
/// pack_min_rarity_check, pack_max_rarity_check, pack_special_mode_check,
/// pack_forced_special_check, pack_daily_limit_check), ForeignKeyViolation for an unknown special.
/// With an actor, the audit_log row "pack.create|update|delete" is written in the same transaction.
class PackRepository final
{
public:
    explicit PackRepository(Database &database)
        : m_database(database)
    {
    }

    /// Every pack, ordered by name.
    [[nodiscard]] QFuture<Result<QList<domain::Pack>, StorageError>> list();
    [[nodiscard]] QFuture<Result<domain::Pack, StorageError>>
    create(domain::Pack pack, std::optional<AuditActor> actor = std::nullopt);
    /// NotFound when pack.id does not exist.
    [[nodiscard]] QFuture<Result<domain::Pack, StorageError>>
    update(domain::Pack pack, std::optional<AuditActor> actor = std::nullopt);
    [[nodiscard]] QFuture<Result<void, StorageError>>
    remove(domain::RowId id, std::optional<AuditActor> actor = std::nullopt);
    [[nodiscard]] QFuture<Result<PackUsage, StorageError>> usage(domain::RowId id);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

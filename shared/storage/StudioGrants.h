// SPDX-License-Identifier: MIT
#pragma once

#include "storage/StorageError.h"
#include "util/Result.h"

#include <QFuture>

namespace ballsdex::storage {

class Database;
class Transaction;

/// What the database lets the current login do in Studio (migration 0008).
struct StudioDuties
{
    bool catalogue = false; ///< edit balls, regimes, economies, specials, packs
    bool moderation = false; ///< read players and instances, blacklist, edit policies and guilds

    friend bool operator==(const StudioDuties &, const StudioDuties &) = default;
};

/// Reads which Studio duties the current database login holds: membership (direct or inherited)
/// of the group roles below, superuser, or ownership of the tables. A missing group role grants
/// nothing.
class StudioGrants final
{
public:
    static constexpr const char *ArtistRole = "ballsdex_artist";
    static constexpr const char *StaffRole = "ballsdex_staff";
    static constexpr const char *AdminRole = "ballsdex_admin";

    explicit StudioGrants(Database &database)
        : m_database(database)
    {
    }

    [[nodiscard]] QFuture<Result<StudioDuties, StorageError>> currentDuties();
    static StudioDuties currentDuties(Transaction &tx);

    /// The query behind currentDuties(), for callers on a plain libpq connection: $1 is
    /// ArtistRole, $2 StaffRole; it answers five booleans that dutiesFrom() reads.
    [[nodiscard]] static const char *dutiesQuery();
    /// superuser, artist member, staff member, owner of the catalogue, owner of the blacklists.
    [[nodiscard]] static StudioDuties dutiesFrom(bool superuser, bool artist, bool staff,
                                                 bool ownsCatalogue, bool ownsModeration);

private:
    Database &m_database;
};

} // namespace ballsdex::storage

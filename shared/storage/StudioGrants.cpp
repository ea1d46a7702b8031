// SPDX-License-Identifier: MIT
#include "storage/StudioGrants.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ballsdex::storage {
namespace {

// pg_has_role by oid: a role name that does not exist would be an error, a missing row is false.
constexpr const char *kDuties = R"sql(
SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false),
       COALESCE((SELECT pg_has_role(current_user, oid, 'MEMBER')
                 FROM pg_roles WHERE rolname = $1), false),
       COALESCE((SELECT pg_has_role(current_user, oid, 'MEMBER')
                 FROM pg_roles WHERE rolname = $2), false),
       COALESCE((SELECT pg_has_role(current_user, relowner, 'MEMBER')
                 FROM pg_class WHERE oid = to_regclass('ball')), false),
       COALESCE((SELECT pg_has_role(current_user, relowner, 'MEMBER')
                 FROM pg_class WHERE oid = to_regclass('blacklistedid')), false))sql";

} // namespace

QFuture<Result<StudioDuties, StorageError>> StudioGrants::currentDuties()
{
    return m_database.transact([](Transaction &tx) { return currentDuties(tx); },
                               TxOptions {.readOnly = true});
}

StudioDuties StudioGrants::currentDuties(Transaction &tx)
{
    const pqxx::row row = tx.exec1(kDuties, ArtistRole, StaffRole);
    return dutiesFrom(row[0].as<bool>(), row[1].as<bool>(), row[2].as<bool>(), row[3].as<bool>(),
                      row[4].as<bool>());
}

const char *StudioGrants::dutiesQuery()
{
    return kDuties;
}

StudioDuties StudioGrants::dutiesFrom(bool superuser, bool artist, bool staff, bool ownsCatalogue,
                                      bool ownsModeration)
{
    return StudioDuties {
        .catalogue = superuser || artist || ownsCatalogue,
        .moderation = superuser || staff || ownsModeration,
    };
}

} // namespace ballsdex::storage

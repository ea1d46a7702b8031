// SPDX-License-Identifier: MIT
#include "connection/DatabaseFactory.h"

#include "storage/Database.h"

namespace ballsdex::studio {

storage::DatabaseOptions studioDatabaseOptions(const ConnectionProfile &profile,
                                               const QString &password)
{
    storage::DatabaseOptions options;
    options.conninfo = profile.conninfo(password);
    options.poolSize = 3;
    options.connectAttempts = 2;
    options.connectBaseDelay = std::chrono::milliseconds(500);
    options.connectMaxDelay = std::chrono::milliseconds(2000);
    options.checkoutTimeout = std::chrono::milliseconds(15000);
    return options;
}

std::unique_ptr<storage::Database> createDatabase(const ConnectionProfile &profile,
                                                  const QString &password)
{
    return std::make_unique<storage::Database>(studioDatabaseOptions(profile, password));
}

} // namespace ballsdex::studio

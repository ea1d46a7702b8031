// SPDX-License-Identifier: MIT
#include "connection/DatabaseFactory.h"

#include "storage/Database.h"

namespace ballsdex::studio {

storage::DatabaseOptions studioDatabaseOptions(const ConnectionProfile &profile,
                                               const QString &password)
{
    storage::DatabaseOptions options;
    // A server that vanishes (VPN down, laptop asleep) must fail a query within seconds, not
    // after the kernel's TCP timeout, so disconnecting or quitting never waits minutes.
    options.conninfo = profile.conninfo(password)
        + QStringLiteral(" connect_timeout=10 keepalives=1 keepalives_idle=15"
                         " keepalives_interval=5 keepalives_count=3 tcp_user_timeout=20000");
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

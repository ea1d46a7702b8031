// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DatabaseOptions.h"

namespace ballsdex::testing {

/// Pool settings for tests: small, and failing fast instead of backing off for seconds.
inline storage::DatabaseOptions fastDatabaseOptions(const QString &conninfo,
                                                    int connectAttempts = 1)
{
    storage::DatabaseOptions options;
    options.conninfo = conninfo;
    options.poolSize = 2;
    options.connectAttempts = connectAttempts;
    options.connectBaseDelay = std::chrono::milliseconds(1);
    options.retryBaseDelay = std::chrono::milliseconds(1);
    return options;
}

} // namespace ballsdex::testing

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>
#include <functional>

namespace ballsdex::storage {

/// How the pool connects and how transactions are retried. Delays are injectable so tests run fast.
struct DatabaseOptions
{
    /// libpq keyword/value string or postgresql:// URL (may hold a password; it is never logged).
    QString conninfo;
    int poolSize = 4;
    /// Attempts per connection opening before the call fails with Unavailable (at least 1).
    int connectAttempts = 5;
    std::chrono::milliseconds connectBaseDelay {500}; ///< doubled after each failed attempt
    std::chrono::milliseconds connectMaxDelay {8000};
    /// How long a caller waits for a free connection before failing with Timeout.
    std::chrono::milliseconds checkoutTimeout {30000};
    /// First back-off after a serialization failure or deadlock (doubled per retry, plus jitter).
    std::chrono::milliseconds retryBaseDelay {10};
    /// Replaces the real sleep between attempts (tests record the delays instead of waiting).
    std::function<void(std::chrono::milliseconds)> sleep;
};

enum class Isolation { ReadCommitted, RepeatableRead, Serializable };

struct TxOptions
{
    Isolation isolation = Isolation::ReadCommitted;
    /// Total tries when the server reports a serialization failure (40001) or a deadlock (40P01).
    int maxAttempts = 5;
    bool readOnly = false;
};

} // namespace ballsdex::storage

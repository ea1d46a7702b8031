// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DonationRepository.h"

#include <QCoroTask>

#include <chrono>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::interactions {
class Scheduler;
}

namespace ballsdex::bot::features {

/// Clears a donation's lock. While the database fails it keeps trying on the scheduler, backing
/// off to once a minute, until the lock would have expired by itself (30 minutes), so an outage
/// does not leave the instance untradeable once the database is back.
class LockReleaser final
{
public:
    static constexpr std::chrono::milliseconds FirstRetry {1000};
    static constexpr std::chrono::milliseconds MaxRetry {60'000};
    static constexpr std::chrono::milliseconds GiveUpAfter {30 * 60'000};

    LockReleaser(storage::Database &database, interactions::Scheduler &scheduler)
        : m_database(&database)
        , m_scheduler(&scheduler)
    {
    }

    /// Resolves after the first attempt: true when the lock is gone (released now, or no longer
    /// this donation's); false when retries were scheduled.
    QCoro::Task<bool> release(storage::DonationLock lock) const;

private:
    // Static so that a detached attempt never points into an object that may be gone.
    static QCoro::Task<bool> attempt(storage::Database *database,
                                     interactions::Scheduler *scheduler, storage::DonationLock lock,
                                     std::chrono::milliseconds waited);

    storage::Database *m_database;
    interactions::Scheduler *m_scheduler;
};

} // namespace ballsdex::bot::features

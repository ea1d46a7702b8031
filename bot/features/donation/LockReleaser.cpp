// SPDX-License-Identifier: MIT
#include "features/donation/LockReleaser.h"

#include "interactions/Scheduler.h"
#include "util/Logging.h"

#include <QCoroFuture>

#include <algorithm>

namespace ballsdex::bot::features {

QCoro::Task<bool> LockReleaser::release(storage::DonationLock lock) const
{
    return attempt(m_database, m_scheduler, std::move(lock), std::chrono::milliseconds::zero());
}

QCoro::Task<bool> LockReleaser::attempt(storage::Database *database,
                                        interactions::Scheduler *scheduler,
                                        storage::DonationLock lock,
                                        std::chrono::milliseconds waited)
{
    storage::DonationRepository donations(*database);
    auto future = donations.unlock(lock);
    const auto released = co_await future;
    const QString id = domain::displayId(lock.instanceId);
    if (released) {
        if (waited > std::chrono::milliseconds::zero())
            qCInfo(lcBot).noquote() << QStringLiteral("released the donation lock of instance %1 "
                                                      "after %2 s of database trouble")
                                           .arg(id)
                                           .arg(waited.count() / 1000);
        co_return true;
    }
    if (waited >= GiveUpAfter) {
        qCWarning(lcBot).noquote()
            << QStringLiteral("giving up releasing the donation lock of instance %1 (it expires "
                              "by itself now): %2")
                   .arg(id, released.error().toString());
        co_return false;
    }
    if (waited == std::chrono::milliseconds::zero())
        qCWarning(lcBot).noquote()
            << QStringLiteral("could not release the donation lock of instance %1, retrying: %2")
                   .arg(id, released.error().toString());
    const std::chrono::milliseconds delay
        = std::min(MaxRetry, waited == std::chrono::milliseconds::zero() ? FirstRetry : waited);
    scheduler->schedule(delay, [database, scheduler, lock, next = waited + delay] {
        // Detached: it reschedules itself until done.
        attempt(database, scheduler, lock, next);
    });
    co_return false;
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "CooldownTracker.h"

namespace ballsdex::interactions {

CooldownTracker::CooldownTracker(const util::Clock &clock)
    : m_clock(clock)
{
}

std::optional<QDateTime> CooldownTracker::tryUse(const QString &key, domain::Snowflake userId,
                                                 std::chrono::milliseconds window)
{
    const QDateTime now = m_clock.now();
    if (!m_lastPurge.isValid() || m_lastPurge.msecsTo(now) > 60'000) {
        purgeExpired(now);
        m_lastPurge = now;
    }
    const QString slot = key + QLatin1Char('\n') + QString::number(userId);
    const auto it = m_until.constFind(slot);
    if (it != m_until.constEnd() && *it > now) {
        return *it;
    }
    m_until.insert(slot, now.addMSecs(window.count()));
    return std::nullopt;
}

QString CooldownTracker::message(const QDateTime &retryAt)
{
    // Round up so the relative timestamp never says "now" while still on cooldown.
    const qint64 seconds = (retryAt.toMSecsSinceEpoch() + 999) / 1000;
    return QStringLiteral("This command is on cooldown. Please retry <t:%1:R>.").arg(seconds);
}

void CooldownTracker::purgeExpired(const QDateTime &now)
{
    for (auto it = m_until.begin(); it != m_until.end();) {
        it = it.value() <= now ? m_until.erase(it) : std::next(it);
    }
}

} // namespace ballsdex::interactions

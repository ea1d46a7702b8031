// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace ballsdex::interactions {

/// One use per user per window and key (the command path), on an injected clock.
class CooldownTracker final
{
public:
    explicit CooldownTracker(const util::Clock &clock);

    /// Records a use and returns nullopt, or returns when the user may retry (nothing recorded).
    [[nodiscard]] std::optional<QDateTime> tryUse(const QString &key, domain::Snowflake userId,
                                                  std::chrono::milliseconds window);
    /// "This command is on cooldown. Please retry <t:UNIX:R>."
    [[nodiscard]] static QString message(const QDateTime &retryAt);

    [[nodiscard]] qsizetype trackedCount() const { return m_until.size(); }

private:
    void purgeExpired(const QDateTime &now);

    const util::Clock &m_clock;
    QHash<QString, QDateTime> m_until; ///< "key\nuser" → end of the window
    QDateTime m_lastPurge;
};

} // namespace ballsdex::interactions

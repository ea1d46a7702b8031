// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QHash>

#include <optional>
#include <utility>

namespace ballsdex::bot::features {

/// Friend requests awaiting an answer, by Discord id (bot-features §4.3: in memory only, so a
/// restart forgets them together with their buttons).
class PendingFriendRequests final
{
public:
    /// Identifies one request, so a finished request's late cleanup cannot cancel a newer one.
    using Ticket = quint64;

    /// nullopt when a request from `from` to `to` is already pending.
    std::optional<Ticket> add(domain::Snowflake from, domain::Snowflake to);
    /// Removes the request if it is still the one `ticket` names.
    void remove(domain::Snowflake from, domain::Snowflake to, Ticket ticket);
    [[nodiscard]] bool contains(domain::Snowflake from, domain::Snowflake to) const;
    [[nodiscard]] bool isCurrent(domain::Snowflake from, domain::Snowflake to, Ticket ticket) const;
    /// Forgets every request from or to `user` (their player data is gone).
    void removeInvolving(domain::Snowflake user);
    [[nodiscard]] qsizetype size() const { return m_requests.size(); }

private:
    QHash<std::pair<domain::Snowflake, domain::Snowflake>, Ticket> m_requests;
    Ticket m_nextTicket = 1;
};

} // namespace ballsdex::bot::features

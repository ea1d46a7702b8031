// SPDX-License-Identifier: MIT
#include "features/player/PendingFriendRequests.h"

namespace ballsdex::bot::features {

std::optional<PendingFriendRequests::Ticket> PendingFriendRequests::add(domain::Snowflake from,
                                                                        domain::Snowflake to)
{
    const auto key = std::pair(from, to);
    if (m_requests.contains(key))
        return std::nullopt;
    const Ticket ticket = m_nextTicket++;
    m_requests.insert(key, ticket);
    return ticket;
}

void PendingFriendRequests::remove(domain::Snowflake from, domain::Snowflake to, Ticket ticket)
{
    if (isCurrent(from, to, ticket))
        m_requests.remove(std::pair(from, to));
}

bool PendingFriendRequests::contains(domain::Snowflake from, domain::Snowflake to) const
{
    return m_requests.contains(std::pair(from, to));
}

bool PendingFriendRequests::isCurrent(domain::Snowflake from, domain::Snowflake to,
                                      Ticket ticket) const
{
    const auto it = m_requests.constFind(std::pair(from, to));
    return it != m_requests.constEnd() && *it == ticket;
}

void PendingFriendRequests::removeInvolving(domain::Snowflake user)
{
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it.key().first == user || it.key().second == user)
            it = m_requests.erase(it);
        else
            ++it;
    }
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#pragma once

#include "features/player/PlayerServices.h"
#include "interactions/CommandTree.h"
#include "util/Result.h"

#include <memory>

namespace ballsdex::bot::features {

/// The `/player` command: policy, friend, block, info, export and delete. The references must
/// outlive the command tree; the pending friend requests live as long as the registered
/// handlers.
class PlayerCommands final
{
public:
    PlayerCommands(PlayerWording wording, storage::Database &database,
                   const services::BlacklistCache &blacklist, interactions::ViewRegistry &views,
                   DirectMessages &directMessages,
                   qint64 uploadLimit = PlayerServices::DefaultUploadLimit);

    Result<void, interactions::CommandSpecError>
    registerInto(interactions::CommandTree &tree) const;

    [[nodiscard]] const PendingFriendRequests &pendingFriendRequests() const
    {
        return m_services->pendingFriends;
    }

private:
    std::shared_ptr<PlayerServices> m_services;
};

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/player/PlayerCommands.h"

#include "features/player/BlockCommands.h"
#include "features/player/FriendCommands.h"
#include "features/player/PlayerDelete.h"
#include "features/player/PlayerExport.h"
#include "features/player/PlayerInfoCommand.h"
#include "features/player/PolicyCommands.h"

namespace ballsdex::bot::features {

PlayerCommands::PlayerCommands(PlayerWording wording, storage::Database &database,
                               const services::BlacklistCache &blacklist,
                               interactions::ViewRegistry &views, DirectMessages &directMessages,
                               qint64 uploadLimit)
    : m_services(std::make_shared<PlayerServices>(PlayerServices {
        std::move(wording), database, blacklist, views, directMessages, uploadLimit, {}}))
{
}

Result<void, interactions::CommandSpecError>
PlayerCommands::registerInto(interactions::CommandTree &tree) const
{
    interactions::CommandSpec player = interactions::CommandSpec::command(
        QStringLiteral("player"), QStringLiteral("Manage your account settings"));
    player.add(PolicyCommands::group(m_services))
        .add(FriendCommands::group(m_services))
        .add(BlockCommands::group(m_services))
        .add(PlayerInfoCommand::command(m_services))
        .add(PlayerExport::command(m_services))
        .add(PlayerDelete::command(m_services));
    return tree.add(std::move(player));
}

} // namespace ballsdex::bot::features

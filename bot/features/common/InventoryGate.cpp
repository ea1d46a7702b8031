// SPDX-License-Identifier: MIT
#include "features/common/InventoryGate.h"

#include "features/common/StorageReplies.h"
#include "game/InventoryAccess.h"
#include "services/StaffDirectory.h"
#include "storage/SocialRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {

bool invokerIsStaff(const services::StaffDirectory &staff,
                    const interactions::InteractionContext &context)
{
    const interactions::Interaction &interaction = context.interaction();
    services::StaffDirectory::Actor actor;
    actor.userId = interaction.user.id;
    actor.guildId = interaction.guildId;
    actor.channelId = interaction.channelId;
    if (interaction.member)
        actor.roleIds = interaction.member->roles;
    return staff.isStaff(actor);
}

QCoro::Task<bool> mayViewInventory(storage::Database &database,
                                   const services::StaffDirectory &staff,
                                   interactions::InteractionContext &context,
                                   const domain::Player &viewer, const domain::Player &owner,
                                   const QString &ownerName)
{
    game::InventoryViewing viewing;
    viewing.viewerIsOwner = viewer.id == owner.id;
    viewing.viewerIsStaff = invokerIsStaff(staff, context);
    viewing.ownerPrivacy = owner.privacyPolicy;
    if (!viewing.viewerIsOwner && !viewing.viewerIsStaff) {
        storage::SocialRepository social(database);
        auto future = social.relationship(viewer.id, owner.id);
        const auto relationship = co_await future;
        if (!relationship) {
            co_await apologise(context, relationship.error());
            co_return false;
        }
        viewing.friends = relationship->friends;
        viewing.ownerBlockedViewer = relationship->targetBlockedViewer;
    }
    const std::optional<game::InventoryRefusal> refusal = game::inventoryRefusal(viewing);
    if (!refusal)
        co_return true;
    co_await context.reply(
        interactions::Message(game::inventoryRefusalMessage(*refusal, ownerName)),
        interactions::Visibility::Ephemeral);
    co_return false;
}

} // namespace ballsdex::bot::features

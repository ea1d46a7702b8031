// SPDX-License-Identifier: MIT
#include "features/collection/InventoryTarget.h"

#include "features/common/InventoryGate.h"
#include "features/common/StorageReplies.h"

namespace ballsdex::bot::features {

QCoro::Task<std::optional<InventoryTarget>>
resolveInventoryTarget(const CollectionServices &services,
                       interactions::InteractionContext &context, QString optionName)
{
    std::optional<domain::Player> viewer = co_await invokerPlayer(services.database, context);
    if (!viewer)
        co_return std::nullopt;
    const interactions::Interaction &interaction = context.interaction();
    const std::optional<domain::Snowflake> ownerId = interaction.options.id(optionName);
    if (!ownerId || *ownerId == context.userId())
        co_return InventoryTarget {*viewer, *viewer, interaction.user, true};

    interactions::User ownerUser
        = interaction.userOption(optionName).value_or(interactions::User {});
    ownerUser.id = *ownerId;
    if (ownerUser.username.isEmpty())
        ownerUser.username = QStringLiteral("user with ID %1").arg(*ownerId);
    const QString ownerName = ownerUser.displayName();

    const auto found = co_await existingPlayer(services.database, context, *ownerId);
    if (!found)
        co_return std::nullopt;
    if (!*found) {
        co_await context.reply(
            interactions::Message(QStringLiteral("%1 doesn't have any %2 yet.")
                                      .arg(ownerName, services.wording.collectiblesName)),
            interactions::Visibility::Ephemeral);
        co_return std::nullopt;
    }
    const domain::Player owner = **found;
    const bool allowed = co_await mayViewInventory(services.database, services.staff, context,
                                                   *viewer, owner, ownerName);
    if (!allowed)
        co_return std::nullopt;
    co_return InventoryTarget {*viewer, owner, ownerUser, false};
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/balls/CollectionOwner.h"

#include "features/common/InventoryGate.h"
#include "features/common/StorageReplies.h"

namespace ballsdex::bot::features {

QString nothingOwnedText(const BallsWording &wording, const CollectionOwner &owner,
                         const QString &qualifier, const QString &suffix)
{
    const QString subject
        = owner.self ? QStringLiteral("You don't") : owner.name + QStringLiteral(" doesn't");
    return QStringLiteral("%1 have any %2%3%4 yet.")
        .arg(subject, qualifier, wording.collectiblesName, suffix);
}

QCoro::Task<std::optional<CollectionOwner>>
resolveCollectionOwner(BallsContextPtr shared, interactions::InteractionContext &context,
                       QString userOption)
{
    const std::optional<domain::Player> viewer = co_await invokerPlayer(shared->database, context);
    if (!viewer)
        co_return std::nullopt;
    CollectionOwner result {*viewer, *viewer, true, {}};
    const std::optional<interactions::Snowflake> target = context.options().id(userOption);
    if (!target || *target == context.userId())
        co_return result;

    const std::optional<interactions::User> user = context.interaction().userOption(userOption);
    result.self = false;
    result.name = user ? user->displayName() : QStringLiteral("<@%1>").arg(*target);
    const auto owner = co_await existingPlayer(shared->database, context, *target);
    if (!owner)
        co_return std::nullopt;
    if (!*owner) {
        co_await context.reply(interactions::Message(nothingOwnedText(shared->wording, result)),
                               interactions::Visibility::Ephemeral);
        co_return std::nullopt;
    }
    result.owner = **owner;
    const bool allowed = co_await mayViewInventory(shared->database, shared->staff, context,
                                                   result.viewer, result.owner, result.name);
    if (!allowed)
        co_return std::nullopt;
    co_return result;
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/player/SocialTarget.h"

#include "features/common/StorageReplies.h"

namespace ballsdex::bot::features {

QCoro::Task<SocialTarget::ExistingPlayers>
SocialTarget::existingPlayers(storage::Database &database,
                              interactions::InteractionContext &context, domain::Snowflake targetId)
{
    ExistingPlayers result;
    const auto invoker = co_await existingPlayer(database, context, context.userId());
    if (!invoker)
        co_return result;
    const auto target = co_await existingPlayer(database, context, targetId);
    if (!target)
        co_return result;
    result.lookedUp = true;
    if (*invoker && *target)
        result.ids = std::make_pair((*invoker)->id, (*target)->id);
    co_return result;
}

QCoro::Task<std::optional<interactions::User>>
SocialTarget::resolve(interactions::InteractionContext &context, Refusals refusals)
{
    std::optional<interactions::User> user = context.interaction().userOption(OptionName);
    if (!user) {
        // Discord always resolves a required user option; an id alone still identifies them.
        const std::optional<domain::Snowflake> id = context.options().id(OptionName);
        if (!id) {
            co_await tell(context, QStringLiteral("Please choose a user."));
            co_return std::nullopt;
        }
        user = interactions::User {*id, {}, {}, {}, false};
    }
    if (user->id == context.userId()) {
        co_await tell(context, refusals.self);
        co_return std::nullopt;
    }
    if (user->bot) {
        co_await tell(context, refusals.bot);
        co_return std::nullopt;
    }
    co_return user;
}

QString SocialTarget::avatarUrl(const interactions::User &user)
{
    if (user.avatar.isEmpty())
        return {};
    return QStringLiteral("https://cdn.discordapp.com/avatars/%1/%2.png")
        .arg(user.id)
        .arg(user.avatar);
}

QCoro::Task<void> SocialTarget::tell(interactions::InteractionContext &context, QString text)
{
    co_await context.reply(interactions::Message(std::move(text)),
                           interactions::Visibility::Ephemeral);
}

} // namespace ballsdex::bot::features

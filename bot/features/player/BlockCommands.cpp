// SPDX-License-Identifier: MIT
#include "features/player/BlockCommands.h"

#include "features/common/StorageReplies.h"
#include "features/player/PlayerServices.h"
#include "features/player/SocialListSource.h"
#include "features/player/SocialTarget.h"
#include "interactions/ConfirmPrompt.h"
#include "storage/PlayerRepository.h"
#include "storage/SocialRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::OptionSpec;
using Services = std::shared_ptr<PlayerServices>;

QCoro::Task<void> add(Services services, InteractionContext &context)
{
    const std::optional<interactions::User> user = co_await SocialTarget::resolve(
        context,
        {QStringLiteral("You cannot block yourself."), QStringLiteral("You cannot block a bot.")});
    if (!user)
        co_return;
    const QString name = user->displayName();
    const std::optional<domain::Player> invoker
        = co_await invokerPlayer(services->database, context);
    if (!invoker)
        co_return;
    storage::PlayerRepository players(services->database);
    auto targetFuture = players.getOrCreate(user->id);
    const auto target = co_await targetFuture;
    if (!target) {
        co_await apologise(context, target.error());
        co_return;
    }
    storage::SocialRepository social(services->database);
    auto relationshipFuture = social.relationship(invoker->id, target->id);
    const auto relationship = co_await relationshipFuture;
    if (!relationship) {
        co_await apologise(context, relationship.error());
        co_return;
    }
    const QString alreadyBlocked = QStringLiteral("You have already blocked %1.").arg(name);
    if (relationship->viewerBlockedTarget) {
        co_await SocialTarget::tell(context, alreadyBlocked);
        co_return;
    }
    if (services->pendingFriends.contains(context.userId(), user->id)) {
        co_await SocialTarget::tell(
            context,
            QStringLiteral("You have a pending friend request to %1. Wait for it to be "
                           "answered or to expire before blocking them.")
                .arg(name));
        co_return;
    }
    if (relationship->friends) {
        interactions::ConfirmOptions options;
        options.userId = context.userId();
        options.visibility = interactions::Visibility::Ephemeral;
        options.cancelledLine = QStringLiteral("Cancelled, %1 stays your friend.").arg(name);
        const bool confirmed = co_await interactions::ConfirmPrompt::ask(
            services->views, context,
            QStringLiteral("You are friends with %1. Blocking them will also remove them from "
                           "your friends. Are you sure?")
                .arg(name),
            options);
        if (!confirmed)
            co_return;
    }
    auto blockFuture = social.block(invoker->id, target->id);
    const auto blocked = co_await blockFuture;
    if (!blocked) {
        if (blocked.error().kind == storage::StorageError::Kind::Conflict)
            co_await SocialTarget::tell(context, alreadyBlocked);
        else
            co_await apologise(context, blocked.error());
        co_return;
    }
    co_await SocialTarget::tell(context, QStringLiteral("You have now blocked %1.").arg(name));
}

QCoro::Task<void> remove(Services services, InteractionContext &context)
{
    const std::optional<interactions::User> user
        = co_await SocialTarget::resolve(context,
                                         {QStringLiteral("You cannot unblock yourself."),
                                          QStringLiteral("You cannot block or unblock a bot.")});
    if (!user)
        co_return;
    const QString notBlocked = QStringLiteral("This user isn't blocked.");
    const SocialTarget::ExistingPlayers players
        = co_await SocialTarget::existingPlayers(services->database, context, user->id);
    if (!players.lookedUp)
        co_return;
    if (!players.ids) {
        co_await SocialTarget::tell(context, notBlocked);
        co_return;
    }
    storage::SocialRepository social(services->database);
    auto future = social.unblock(players.ids->first, players.ids->second);
    const auto removed = co_await future;
    if (!removed) {
        co_await apologise(context, removed.error());
        co_return;
    }
    // A named value: GCC 12 destroys a conditional's temporary twice inside co_await.
    const QString text
        = *removed ? QStringLiteral("%1 has been unblocked.").arg(user->displayName()) : notBlocked;
    co_await SocialTarget::tell(context, text);
}

QCoro::Task<void> list(Services services, InteractionContext &context)
{
    const QString none = QStringLiteral("You haven't blocked any users!");
    const auto invoker = co_await existingPlayer(services->database, context, context.userId());
    if (!invoker)
        co_return;
    if (!*invoker) {
        co_await SocialTarget::tell(context, none);
        co_return;
    }
    storage::SocialRepository social(services->database);
    auto future = social.blocked((*invoker)->id);
    const auto blocked = co_await future;
    if (!blocked) {
        co_await apologise(context, blocked.error());
        co_return;
    }
    if (blocked->isEmpty()) {
        co_await SocialTarget::tell(context, none);
        co_return;
    }
    co_await SocialListSource::show(services->views, context, *blocked,
                                    {QStringLiteral("Blocked Users List"),
                                     QStringLiteral("Blocked at"),
                                     QStringLiteral("Use /player block add to block a user.")});
}

OptionSpec userOption(QString description)
{
    OptionSpec option = OptionSpec::user(SocialTarget::OptionName, std::move(description));
    option.required();
    return option;
}

} // namespace

CommandSpec BlockCommands::group(std::shared_ptr<PlayerServices> services)
{
    CommandSpec addCommand
        = CommandSpec::subcommand(QStringLiteral("add"), QStringLiteral("Block a user"));
    addCommand.option(userOption(QStringLiteral("The user to block")))
        .ephemeral()
        .deferImmediately()
        .handler([services](InteractionContext &context) { return add(services, context); });

    CommandSpec removeCommand
        = CommandSpec::subcommand(QStringLiteral("remove"), QStringLiteral("Unblock a user"));
    removeCommand.option(userOption(QStringLiteral("The user to unblock")))
        .ephemeral()
        .handler([services](InteractionContext &context) { return remove(services, context); });

    CommandSpec listCommand = CommandSpec::subcommand(QStringLiteral("list"),
                                                      QStringLiteral("List the users you blocked"));
    listCommand.ephemeral().handler(
        [services](InteractionContext &context) { return list(services, context); });

    CommandSpec group
        = CommandSpec::group(QStringLiteral("block"), QStringLiteral("Manage blocked users"));
    group.add(std::move(addCommand)).add(std::move(removeCommand)).add(std::move(listCommand));
    return group;
}

} // namespace ballsdex::bot::features

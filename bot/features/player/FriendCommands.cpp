// SPDX-License-Identifier: MIT
#include "features/player/FriendCommands.h"

#include "features/common/StorageReplies.h"
#include "features/player/FriendRequestView.h"
#include "features/player/PlayerServices.h"
#include "features/player/SocialListSource.h"
#include "features/player/SocialTarget.h"
#include "interactions/ViewRegistry.h"
#include "services/BlacklistCache.h"
#include "storage/SocialRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;
using Services = std::shared_ptr<PlayerServices>;

QString blockRemoveMention(const InteractionContext &context)
{
    const domain::Snowflake commandId = context.interaction().commandId;
    if (commandId == 0)
        return QStringLiteral("`/player block remove`");
    return QStringLiteral("</player block remove:%1>").arg(commandId);
}

/// The checks of §4.3 that need the database, in order. Answers and returns false on refusal.
QCoro::Task<bool> mayRequest(const Services &services, InteractionContext &context,
                             const domain::Player &invoker,
                             const std::optional<domain::Player> &target)
{
    if (!target)
        co_return true; // never played: default policies, no blocks, no friendship
    if (target->friendPolicy == domain::FriendPolicy::Deny) {
        co_await SocialTarget::tell(context,
                                    QStringLiteral("This user isn't accepting friend requests."));
        co_return false;
    }
    storage::SocialRepository social(services->database);
    auto future = social.relationship(invoker.id, target->id);
    const auto relationship = co_await future;
    if (!relationship) {
        co_await apologise(context, relationship.error());
        co_return false;
    }
    if (relationship->viewerBlockedTarget) {
        co_await SocialTarget::tell(
            context,
            QStringLiteral("You have blocked this user. Unblock them first with %1.")
                .arg(blockRemoveMention(context)));
        co_return false;
    }
    if (relationship->targetBlockedViewer) {
        co_await SocialTarget::tell(context, QStringLiteral("This user has blocked you."));
        co_return false;
    }
    if (relationship->friends) {
        co_await SocialTarget::tell(context,
                                    QStringLiteral("You are already friends with this user."));
        co_return false;
    }
    co_return true;
}

QCoro::Task<void> add(Services services, InteractionContext &context)
{
    const std::optional<interactions::User> user
        = co_await SocialTarget::resolve(context,
                                         {QStringLiteral("You cannot add yourself as a friend."),
                                          QStringLiteral("You cannot add a bot as a friend.")});
    if (!user)
        co_return;
    if (services->blacklist.isUserBlacklisted(user->id)) {
        co_await SocialTarget::tell(
            context, QStringLiteral("You cannot add a blacklisted user as a friend."));
        co_return;
    }
    const std::optional<domain::Player> invoker
        = co_await invokerPlayer(services->database, context);
    if (!invoker)
        co_return;
    const auto target = co_await existingPlayer(services->database, context, user->id);
    if (!target)
        co_return;
    const bool allowed = co_await mayRequest(services, context, *invoker, *target);
    if (!allowed)
        co_return;

    PendingFriendRequests &pending = services->pendingFriends;
    if (pending.contains(user->id, context.userId())) {
        co_await SocialTarget::tell(
            context,
            QStringLiteral("This user has already sent you a friend request! Answer it "
                           "on their message."));
        co_return;
    }
    const std::optional<PendingFriendRequests::Ticket> ticket
        = pending.add(context.userId(), user->id);
    if (!ticket) {
        co_await SocialTarget::tell(
            context, QStringLiteral("You already have a pending friend request to this user."));
        co_return;
    }

    const QString text = QStringLiteral("<@%1>, <@%2> has sent you a friend request!")
                             .arg(user->id)
                             .arg(context.userId());
    const bool mayPing = !*target || (*target)->mentionPolicy == domain::MentionPolicy::Allow;
    Message message(text);
    message.allowedMentions(mayPing ? interactions::AllowedMentions::onlyUsers({user->id})
                                    : interactions::AllowedMentions::none());
    auto view = std::make_shared<FriendRequestView>(
        services, FriendRequest {context.userId(), invoker->id, user->id, *ticket}, text);
    const auto sent
        = co_await services->views.send(context, view, std::move(message), Visibility::Public);
    if (!sent)
        pending.remove(context.userId(), user->id, *ticket);
}

QCoro::Task<void> remove(Services services, InteractionContext &context)
{
    const std::optional<interactions::User> user
        = co_await SocialTarget::resolve(context,
                                         {QStringLiteral("You cannot remove yourself as a friend."),
                                          QStringLiteral("You cannot be friends with a bot.")});
    if (!user)
        co_return;
    const QString notFriends = QStringLiteral("You are not friends with this user.");
    const SocialTarget::ExistingPlayers players
        = co_await SocialTarget::existingPlayers(services->database, context, user->id);
    if (!players.lookedUp)
        co_return;
    if (!players.ids) {
        co_await SocialTarget::tell(context, notFriends);
        co_return;
    }
    storage::SocialRepository social(services->database);
    auto future = social.removeFriendship(players.ids->first, players.ids->second);
    const auto removed = co_await future;
    if (!removed) {
        co_await apologise(context, removed.error());
        co_return;
    }
    // A named value: GCC 12 destroys a conditional's temporary twice inside co_await.
    const QString text = *removed
        ? QStringLiteral("%1 has been removed as a friend.").arg(user->displayName())
        : notFriends;
    co_await SocialTarget::tell(context, text);
}

QCoro::Task<void> list(Services services, InteractionContext &context)
{
    const QString none = QStringLiteral("You currently do not have any friends added.");
    const auto invoker = co_await existingPlayer(services->database, context, context.userId());
    if (!invoker)
        co_return;
    if (!*invoker) {
        co_await SocialTarget::tell(context, none);
        co_return;
    }
    storage::SocialRepository social(services->database);
    auto future = social.friends((*invoker)->id);
    const auto friends = co_await future;
    if (!friends) {
        co_await apologise(context, friends.error());
        co_return;
    }
    if (friends->isEmpty()) {
        co_await SocialTarget::tell(context, none);
        co_return;
    }
    co_await SocialListSource::show(services->views, context, *friends,
                                    {QStringLiteral("Friend List"), QStringLiteral("Since"),
                                     QStringLiteral("Use /player friend add to add friends.")});
}

OptionSpec userOption(QString description)
{
    OptionSpec option = OptionSpec::user(SocialTarget::OptionName, std::move(description));
    option.required();
    return option;
}

} // namespace

CommandSpec FriendCommands::group(std::shared_ptr<PlayerServices> services)
{
    CommandSpec addCommand
        = CommandSpec::subcommand(QStringLiteral("add"), QStringLiteral("Send a friend request"));
    addCommand.option(userOption(QStringLiteral("The user to befriend")))
        .handler([services](InteractionContext &context) { return add(services, context); });

    CommandSpec removeCommand
        = CommandSpec::subcommand(QStringLiteral("remove"), QStringLiteral("Remove a friend"));
    removeCommand.option(userOption(QStringLiteral("The friend to remove")))
        .ephemeral()
        .handler([services](InteractionContext &context) { return remove(services, context); });

    CommandSpec listCommand
        = CommandSpec::subcommand(QStringLiteral("list"), QStringLiteral("List your friends"));
    listCommand.ephemeral().handler(
        [services](InteractionContext &context) { return list(services, context); });

    CommandSpec group
        = CommandSpec::group(QStringLiteral("friend"), QStringLiteral("Manage your friends"));
    group.add(std::move(addCommand)).add(std::move(removeCommand)).add(std::move(listCommand));
    return group;
}

} // namespace ballsdex::bot::features

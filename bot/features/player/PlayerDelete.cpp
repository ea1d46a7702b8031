// SPDX-License-Identifier: MIT
#include "features/player/PlayerDelete.h"

#include "features/common/StorageReplies.h"
#include "features/player/PlayerServices.h"
#include "interactions/ConfirmPrompt.h"
#include "storage/PlayerDataRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;
using Services = std::shared_ptr<PlayerServices>;

QString lockedMessage(const QString &collectiblesName)
{
    return QStringLiteral("Some of your %1 are locked in a trade or donation right now. Finish or "
                          "cancel it first, then try again.")
        .arg(collectiblesName);
}

QString plural(std::int64_t count, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

QString promptText(const storage::DeletionPreview &preview, std::int64_t coins,
                   const QString &collectiblesName)
{
    QStringList parts;
    parts << QStringLiteral("all your %1 (%2)").arg(collectiblesName).arg(preview.instances);
    if (preview.trades > 0)
        parts << QStringLiteral("%1 (they also disappear from your partners' history)")
                     .arg(
                         plural(preview.trades, QStringLiteral("trade"), QStringLiteral("trades")));
    if (preview.friends > 0)
        parts << plural(preview.friends, QStringLiteral("friend"), QStringLiteral("friends"));
    if (preview.blocked > 0)
        parts << plural(preview.blocked, QStringLiteral("block"), QStringLiteral("blocks"));
    if (coins > 0)
        parts << plural(coins, QStringLiteral("coin"), QStringLiteral("coins"));
    parts << QStringLiteral("your settings");
    const QString last = parts.takeLast();
    return QStringLiteral("Are you sure you want to delete your player data? This permanently "
                          "removes %1 and %2. **This cannot be undone.**")
        .arg(parts.join(QStringLiteral(", ")), last);
}

QCoro::Task<void> run(Services services, InteractionContext &context)
{
    const auto found = co_await existingPlayer(services->database, context, context.userId());
    if (!found)
        co_return;
    if (!*found) {
        co_await context.reply(Message(QStringLiteral("You don't have any player data to delete.")),
                               Visibility::Ephemeral);
        co_return;
    }
    const domain::Player &player = **found;
    storage::PlayerDataRepository data(services->database);
    auto previewFuture = data.deletionPreview(player.id);
    const auto preview = co_await previewFuture;
    if (!preview) {
        co_await apologise(context, preview.error());
        co_return;
    }
    const QString &collectibles = services->wording.collectiblesName;
    if (preview->lockedInstances > 0) {
        co_await context.reply(Message(lockedMessage(collectibles)), Visibility::Ephemeral);
        co_return;
    }

    interactions::ConfirmOptions options;
    options.userId = context.userId();
    options.visibility = Visibility::Ephemeral;
    options.acceptedLine = QStringLiteral("Deleting your data…");
    options.cancelledLine = QStringLiteral("Cancelled, nothing was deleted.");
    const bool confirmed = co_await interactions::ConfirmPrompt::ask(
        services->views, context, promptText(*preview, player.coins, collectibles), options);
    if (!confirmed)
        co_return;

    auto deleteFuture = data.deletePlayer(player.id);
    const auto deleted = co_await deleteFuture;
    // NotFound: a second prompt confirmed first; the data is gone either way.
    if (!deleted && deleted.error().kind != storage::StorageError::Kind::NotFound) {
        if (deleted.error().kind == storage::StorageError::Kind::Conflict)
            co_await context.reply(Message(lockedMessage(collectibles)), Visibility::Ephemeral);
        else
            co_await apologise(context, deleted.error());
        co_return;
    }
    services->pendingFriends.removeInvolving(context.userId());
    co_await context.reply(Message(PlayerDelete::DeletedMessage), Visibility::Ephemeral);
}

} // namespace

CommandSpec PlayerDelete::command(std::shared_ptr<PlayerServices> services)
{
    CommandSpec command = CommandSpec::subcommand(QStringLiteral("delete"),
                                                  QStringLiteral("Delete your player data"));
    command.ephemeral().handler(
        [services](InteractionContext &context) { return run(services, context); });
    return command;
}

} // namespace ballsdex::bot::features

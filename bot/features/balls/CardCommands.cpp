// SPDX-License-Identifier: MIT
#include "features/balls/CardCommands.h"

#include "features/balls/CollectionOwner.h"
#include "features/balls/InstanceCard.h"
#include "features/common/CatalogueOptions.h"
#include "features/common/InstanceOption.h"
#include "features/common/StorageReplies.h"
#include "storage/InstanceQueries.h"

#include <QCoroFuture>

#include <chrono>

namespace ballsdex::bot::features {
namespace {

using namespace std::chrono_literals;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;

InstanceOptionRules optionRules(const BallsWording &wording)
{
    InstanceOptionRules rules;
    rules.collectibleName = wording.collectibleName;
    rules.favoriteEmoji = wording.favoriteEmoji;
    return rules;
}

QCoro::Task<void> info(BallsContextPtr shared, InteractionContext &context)
{
    const QString text
        = context.options().string(QStringLiteral("countryball")).value_or(QString());
    const std::optional<domain::Player> player = co_await invokerPlayer(shared->database, context);
    if (!player)
        co_return;
    const std::optional<domain::BallInstance> instance = co_await resolveOwnedInstance(
        shared->database, context, *player, text, optionRules(shared->wording));
    if (!instance)
        co_return;
    co_await postInstanceCard(shared, context, instance->id, player->id, Visibility::Public);
}

QCoro::Task<void> last(BallsContextPtr shared, InteractionContext &context)
{
    const std::optional<CollectionOwner> owner = co_await resolveCollectionOwner(shared, context);
    if (!owner)
        co_return;
    storage::InstanceQueries queries(shared->database);
    storage::InstanceSliceRequest request;
    request.limit = 1;
    auto future
        = queries.slice(storage::InstanceFilter {.playerId = owner->owner.id},
                        storage::InstanceOrder {storage::InstanceSort::CatchDate, false}, request);
    const auto newest = co_await future;
    if (!newest) {
        co_await apologise(context, newest.error());
        co_return;
    }
    if (newest->items.isEmpty()) {
        co_await context.reply(Message(nothingOwnedText(shared->wording, *owner)),
                               Visibility::Ephemeral);
        co_return;
    }
    const QString prefix = owner->self ? QString()
                                       : QStringLiteral("You are viewing %1's last caught %2.")
                                             .arg(owner->name, shared->wording.collectibleName);
    co_await postInstanceCard(shared, context, newest->items.first().id, owner->owner.id,
                              Visibility::Public, prefix);
}

} // namespace

QCoro::Task<void> postInstanceCard(BallsContextPtr shared, InteractionContext &context,
                                   domain::RowId instanceId, domain::RowId ownerId,
                                   Visibility visibility, QString prefix)
{
    storage::InstanceQueries queries(shared->database);
    auto future = queries.findWithOwners(instanceId);
    const auto found = co_await future;
    if (!found) {
        co_await apologise(context, found.error());
        co_return;
    }
    if (!*found || (*found)->instance.playerId != ownerId) {
        co_await context.reply(
            Message(QStringLiteral("The %1 %2 is no longer in this collection.")
                        .arg(shared->wording.collectibleName, domain::displayId(instanceId))),
            Visibility::Ephemeral);
        co_return;
    }
    co_await context.defer(visibility);
    auto cardTask = instanceCardMessage(shared->catalogue, shared->cards, (*found)->instance,
                                        (*found)->previousOwnerDiscordId);
    std::optional<Message> card = co_await std::move(cardTask);
    if (!card) {
        co_await context.fail(
            QStringLiteral("instance's ball or regime missing from the catalogue"));
        co_return;
    }
    if (!prefix.isEmpty())
        card->content(prefix + QLatin1Char('\n') + card->contentText().value_or(QString()));
    co_await context.reply(std::move(*card), visibility);
}

CommandSpec infoSubcommand(BallsContextPtr shared)
{
    const BallsWording &wording = shared->wording;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("info"),
        QStringLiteral("Display info from a specific %1").arg(wording.collectibleName));
    InstanceOptionRules rules = optionRules(wording);
    command
        .option(instanceOption(
                    QStringLiteral("countryball"),
                    QStringLiteral("The %1 you want to inspect").arg(wording.collectibleName),
                    shared->database, shared->catalogue, rules)
                    .required())
        .option(OptionSpec::string(QStringLiteral("special"),
                                   QStringLiteral("Filter the results of autocompletion to a "
                                                  "special event. Ignored afterwards."))
                    .maxLength(100)
                    .autocomplete(visibleSpecialAutocomplete(shared->catalogue)))
        .cooldown(5s)
        .handler([shared](InteractionContext &context) { return info(shared, context); });
    return command;
}

CommandSpec lastSubcommand(BallsContextPtr shared)
{
    const BallsWording &wording = shared->wording;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("last"),
        QStringLiteral("Display info of your or another user's last caught %1")
            .arg(wording.collectibleName));
    command
        .option(OptionSpec::user(QStringLiteral("user"),
                                 QStringLiteral("The user you would like to see")))
        .cooldown(5s)
        .handler([shared](InteractionContext &context) { return last(shared, context); });
    return command;
}

} // namespace ballsdex::bot::features

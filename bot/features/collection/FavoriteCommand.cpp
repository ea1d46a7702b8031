// SPDX-License-Identifier: MIT
// /balls favorite (bot-features.md §1.3, §4.5).
#include "features/collection/CollectionFormat.h"
#include "features/collection/CollectionServices.h"
#include "features/common/InstanceOption.h"
#include "features/common/StorageReplies.h"
#include "services/CatalogueCache.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

enum class FavoriteOutcome { Favorited, Unfavorited, AtCap, Gone };

FavoriteOutcome toggleFavorite(storage::Transaction &tx, domain::RowId instanceId,
                               domain::RowId playerId, int maxFavorites)
{
    // Locking the owner's row serialises concurrent toggles, so the cap cannot be overrun.
    tx.exec("SELECT 1 FROM player WHERE id = $1 FOR UPDATE", playerId);
    const std::optional<pqxx::row> updated
        = tx.exec01("UPDATE ballinstance SET favorite = NOT favorite "
                    "WHERE id = $1 AND player_id = $2 AND NOT deleted AND (favorite OR "
                    "(SELECT count(*) FROM ballinstance f WHERE f.player_id = $2 AND f.favorite "
                    "AND NOT f.deleted) < $3) RETURNING favorite",
                    instanceId, playerId, maxFavorites);
    if (updated)
        return (*updated)[0].as<bool>() ? FavoriteOutcome::Favorited : FavoriteOutcome::Unfavorited;
    // Not updated: either the cap, or the instance changed hands since it was resolved.
    const std::optional<pqxx::row> stillOwned
        = tx.exec01("SELECT 1 FROM ballinstance WHERE id = $1 AND player_id = $2 AND NOT deleted",
                    instanceId, playerId);
    return stillOwned ? FavoriteOutcome::AtCap : FavoriteOutcome::Gone;
}

} // namespace

QCoro::Task<void> runFavorite(CollectionHandle services, InteractionContext &context)
{
    const CollectionWording &wording = services->wording;
    const int cap = wording.maxFavorites;
    if (cap <= 0) {
        co_await context.reply(Message(QStringLiteral("Favorites are disabled on this bot.")),
                               Visibility::Ephemeral);
        co_return;
    }
    const std::optional<domain::Player> owner = co_await invokerPlayer(services->database, context);
    if (!owner)
        co_return;
    InstanceOptionRules rules;
    rules.collectibleName = wording.collectibleName;
    const QString text
        = context.options().string(QStringLiteral("countryball")).value_or(QString());
    const std::optional<domain::BallInstance> instance
        = co_await resolveOwnedInstance(services->database, context, *owner, text, rules);
    if (!instance)
        co_return;

    const domain::RowId instanceId = instance->id;
    const domain::RowId playerId = owner->id;
    auto future
        = services->database.transact([instanceId, playerId, cap](storage::Transaction &tx) {
              return toggleFavorite(tx, instanceId, playerId, cap);
          });
    const auto outcome = co_await future;
    if (!outcome) {
        co_await apologise(context, outcome.error());
        co_return;
    }
    const std::optional<domain::Ball> ball = services->catalogue.ball(instance->ballId);
    QString label = QStringLiteral("`%1` %2").arg(domain::displayId(instanceId),
                                                  ball ? ball->country : QStringLiteral("Unknown"));
    if (const QString emoji = ball ? collection::ballEmoji(*ball) : QString(); !emoji.isEmpty())
        label.prepend(emoji + QLatin1Char(' '));
    QString reply;
    switch (*outcome) {
    case FavoriteOutcome::Gone:
        reply
            = QStringLiteral("That %1 doesn't belong to you anymore.").arg(wording.collectibleName);
        break;
    case FavoriteOutcome::AtCap:
        reply = QStringLiteral("You cannot set more than %1 favorite %2.")
                    .arg(QString::number(cap),
                         cap == 1 ? wording.collectibleName : wording.collectiblesName);
        break;
    case FavoriteOutcome::Favorited:
        reply = QStringLiteral("%1 is now a favorite %2!").arg(label, wording.collectibleName);
        break;
    case FavoriteOutcome::Unfavorited:
        reply
            = QStringLiteral("%1 isn't a favorite %2 anymore.").arg(label, wording.collectibleName);
        break;
    }
    co_await context.reply(Message(reply), Visibility::Ephemeral);
}

} // namespace ballsdex::bot::features

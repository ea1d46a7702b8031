// SPDX-License-Identifier: MIT
#include "features/common/StorageReplies.h"

#include "storage/PlayerRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {

QString databaseUnavailableMessage()
{
    return QStringLiteral("The database is unavailable right now, please try again in a moment.");
}

QCoro::Task<void> apologise(interactions::InteractionContext &context,
                            const storage::StorageError &error)
{
    qCWarning(lcBot).noquote() << context.describe() << "failed: storage error" << error.toString();
    co_await context.reply(interactions::Message(databaseUnavailableMessage()),
                           interactions::Visibility::Ephemeral);
}

QCoro::Task<std::optional<domain::Player>> invokerPlayer(storage::Database &database,
                                                         interactions::InteractionContext &context)
{
    storage::PlayerRepository players(database);
    auto future = players.getOrCreate(context.userId());
    const auto player = co_await future;
    if (!player) {
        co_await apologise(context, player.error());
        co_return std::nullopt;
    }
    co_return *player;
}

QCoro::Task<std::optional<std::optional<domain::Player>>>
existingPlayer(storage::Database &database, interactions::InteractionContext &context,
               domain::Snowflake discordId)
{
    storage::PlayerRepository players(database);
    auto future = players.find(discordId);
    const auto player = co_await future;
    if (!player) {
        co_await apologise(context, player.error());
        co_return std::nullopt;
    }
    co_return std::optional<std::optional<domain::Player>>(*player);
}

} // namespace ballsdex::bot::features

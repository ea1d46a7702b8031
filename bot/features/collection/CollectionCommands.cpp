// SPDX-License-Identifier: MIT
#include "features/collection/CollectionCommands.h"

#include "domain/Ids.h"
#include "interactions/InteractionContext.h"
#include "services/CatalogueCache.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QSet>

#include <chrono>
#include <memory>

namespace ballsdex::bot::features {
namespace {

using namespace std::chrono_literals;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;

constexpr quint32 blurple = 0x5865F2;

struct Shared
{
    storage::Database &database;
    const services::CatalogueCache &catalogue;
    CollectionWording wording;
};

QCoro::Task<void> apologise(InteractionContext &context, const storage::StorageError &error)
{
    qCWarning(lcBot).noquote() << context.describe() << "failed: storage error" << error.toString();
    co_await context.reply(Message(CollectionCommands::databaseUnavailableMessage()),
                           Visibility::Ephemeral);
}

QString joinedNames(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("None") : names.join(QStringLiteral(", "));
}

QCoro::Task<void> completion(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const qint64 discordId = static_cast<qint64>(context.userId());
    storage::TxOptions readOnly;
    readOnly.readOnly = true;
    auto future = shared->database.transact(
        [discordId](storage::Transaction &tx) {
            QSet<domain::RowId> owned;
            const pqxx::result rows = tx.exec(
                "SELECT DISTINCT i.ball_id FROM ballinstance i JOIN player p ON p.id = i.player_id "
                "WHERE p.discord_id = $1 AND NOT i.deleted",
                discordId);
            for (const pqxx::row &row : rows)
                owned.insert(row[0].as<domain::RowId>());
            return owned;
        },
        readOnly);
    const auto owned = co_await future;
    if (!owned) {
        co_await apologise(context, owned.error());
        co_return;
    }
    QStringList have;
    QStringList missing;
    for (const domain::Ball &ball : shared->catalogue.enabledBalls())
        (owned->contains(ball.id) ? have : missing).append(ball.country);
    const qsizetype total = have.size() + missing.size();
    const double percent = total == 0 ? 0.0 : 100.0 * double(have.size()) / double(total);
    const QString &plural = shared->wording.collectiblesName;
    interactions::Embed embed;
    embed
        .title(QStringLiteral("%1 completion: %2% (%3/%4)")
                   .arg(plural, QString::number(percent, 'f', 1), QString::number(have.size()),
                        QString::number(total)))
        .color(blurple)
        .field(QStringLiteral("Owned %1").arg(plural), joinedNames(have))
        .field(QStringLiteral("Missing %1").arg(plural), joinedNames(missing));
    co_await context.reply(Message().embed(std::move(embed)));
}

enum class FavoriteOutcome { Favorited, Unfavorited, AtCap, NotFound };

struct FavoriteResult
{
    FavoriteOutcome outcome = FavoriteOutcome::NotFound;
    domain::RowId ballId = 0;
};

FavoriteResult toggleFavorite(storage::Transaction &tx, domain::RowId instanceId, qint64 discordId,
                              int maxFavorites)
{
    // Locking the owner's row serialises concurrent toggles, so the cap cannot be overrun.
    const std::optional<pqxx::row> player
        = tx.exec01("SELECT id FROM player WHERE discord_id = $1 FOR UPDATE", discordId);
    if (!player)
        return {};
    const auto playerId = (*player)[0].as<domain::RowId>();
    const std::optional<pqxx::row> updated
        = tx.exec01("UPDATE ballinstance SET favorite = NOT favorite "
                    "WHERE id = $1 AND player_id = $2 AND NOT deleted AND (favorite OR "
                    "(SELECT count(*) FROM ballinstance f WHERE f.player_id = $2 AND f.favorite "
                    "AND NOT f.deleted) < $3) RETURNING favorite, ball_id",
                    instanceId, playerId, maxFavorites);
    if (updated) {
        return {(*updated)[0].as<bool>() ? FavoriteOutcome::Favorited
                                         : FavoriteOutcome::Unfavorited,
                (*updated)[1].as<domain::RowId>()};
    }
    const std::optional<pqxx::row> exists
        = tx.exec01("SELECT 1 FROM ballinstance WHERE id = $1 AND player_id = $2 AND NOT deleted",
                    instanceId, playerId);
    return {exists ? FavoriteOutcome::AtCap : FavoriteOutcome::NotFound, 0};
}

QCoro::Task<void> favorite(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const CollectionWording &wording = shared->wording;
    if (wording.maxFavorites <= 0) {
        co_await context.reply(Message(QStringLiteral("Favorites are disabled.")),
                               Visibility::Ephemeral);
        co_return;
    }
    const QString text
        = context.options().string(QStringLiteral("countryball")).value_or(QString());
    const std::optional<domain::RowId> id = domain::parseDisplayId(text.trimmed());
    const QString unknown
        = QStringLiteral("The %1 ID you gave does not exist.").arg(wording.collectibleName);
    if (!id) {
        co_await context.reply(Message(unknown), Visibility::Ephemeral);
        co_return;
    }
    const qint64 discordId = static_cast<qint64>(context.userId());
    const int cap = wording.maxFavorites;
    auto future
        = shared->database.transact([instanceId = *id, discordId, cap](storage::Transaction &tx) {
              return toggleFavorite(tx, instanceId, discordId, cap);
          });
    const auto result = co_await future;
    if (!result) {
        co_await apologise(context, result.error());
        co_return;
    }
    QString reply;
    const std::optional<domain::Ball> ball = shared->catalogue.ball(result->ballId);
    const QString label = domain::displayId(*id) + QLatin1Char(' ')
        + (ball ? ball->country : QStringLiteral("Unknown"));
    switch (result->outcome) {
    case FavoriteOutcome::NotFound:
        reply = unknown;
        break;
    case FavoriteOutcome::AtCap:
        reply = QStringLiteral("You cannot set more than %1 favorite %2.")
                    .arg(QString::number(cap), wording.collectiblesName);
        break;
    case FavoriteOutcome::Favorited:
        reply = QStringLiteral("%1 %2 is now a favorite").arg(wording.favoriteEmoji, label);
        break;
    case FavoriteOutcome::Unfavorited:
        reply = QStringLiteral("%1 %2 is no longer a favorite").arg(wording.favoriteEmoji, label);
        break;
    }
    co_await context.reply(Message(reply), Visibility::Ephemeral);
}

} // namespace

QString CollectionCommands::databaseUnavailableMessage()
{
    return QStringLiteral("The database is unavailable right now, please try again in a moment.");
}

CommandSpec CollectionCommands::completionCommand(storage::Database &database,
                                                  const services::CatalogueCache &catalogue,
                                                  const CollectionWording &wording)
{
    auto shared = std::make_shared<const Shared>(Shared {database, catalogue, wording});
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("completion"),
        QStringLiteral("Show your current completion of the %1 collection")
            .arg(wording.collectiblesName));
    command.cooldown(20s).handler(
        [shared](InteractionContext &context) { return completion(shared, context); });
    return command;
}

CommandSpec CollectionCommands::favoriteCommand(storage::Database &database,
                                                const services::CatalogueCache &catalogue,
                                                const CollectionWording &wording)
{
    auto shared = std::make_shared<const Shared>(Shared {database, catalogue, wording});
    CommandSpec command
        = CommandSpec::subcommand(QStringLiteral("favorite"),
                                  QStringLiteral("Set favorite %1").arg(wording.collectiblesName));
    command
        .option(OptionSpec::string(
                    QStringLiteral("countryball"),
                    QStringLiteral("The %1 ID (hexadecimal)").arg(wording.collectibleName))
                    .required()
                    .maxLength(20))
        .ephemeral()
        .handler([shared](InteractionContext &context) { return favorite(shared, context); });
    return command;
}

} // namespace ballsdex::bot::features

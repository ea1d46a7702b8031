// SPDX-License-Identifier: MIT
#include "features/balls/CountCommand.h"

#include "features/common/CatalogueOptions.h"
#include "features/common/StorageReplies.h"
#include "storage/InstanceQueries.h"

#include <QCoroFuture>
#include <QLocale>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;

const QString serverOption = QStringLiteral("current_server");

QCoro::Task<void> count(BallsContextPtr shared, InteractionContext &context)
{
    const bool currentServer = context.options().boolean(serverOption).value_or(false);
    if (currentServer && !context.interaction().guildId) {
        co_await context.reply(
            Message(QStringLiteral("`current_server` only works inside a server: run this "
                                   "command there, or leave the option out here.")),
            Visibility::Ephemeral);
        co_return;
    }
    const OptionalPick<domain::Ball> ball = co_await pickEnabledBall(
        shared->catalogue, context, QStringLiteral("countryball"), shared->wording.collectibleName);
    if (ball.refused)
        co_return;
    const OptionalPick<domain::Special> special
        = co_await pickVisibleSpecial(shared->catalogue, context, QStringLiteral("special"));
    if (special.refused)
        co_return;
    const std::optional<domain::Player> player = co_await invokerPlayer(shared->database, context);
    if (!player)
        co_return;

    storage::InstanceFilter filter;
    filter.playerId = player->id;
    if (ball.value)
        filter.ballId = ball.value->id;
    if (special.value)
        filter.specialId = special.value->id;
    if (currentServer)
        filter.serverId = context.interaction().guildId;
    storage::InstanceQueries queries(shared->database);
    auto future = queries.count(filter);
    const auto total = co_await future;
    if (!total) {
        co_await apologise(context, total.error());
        co_return;
    }
    co_await context.reply(
        Message(countText(shared->wording, *total, ball.value, special.value, currentServer)),
        Visibility::Ephemeral);
}

} // namespace

QString countText(const BallsWording &wording, std::int64_t total,
                  const std::optional<domain::Ball> &ball,
                  const std::optional<domain::Special> &special, bool currentServer)
{
    QString qualifier;
    if (special)
        qualifier += special->name + QLatin1Char(' ');
    if (ball)
        qualifier += ball->country + QLatin1Char(' ');
    return QStringLiteral("You have %1 %2%3%4.")
        .arg(QLocale(QLocale::English).toString(qlonglong(total)), qualifier,
             total == 1 ? wording.collectibleName : wording.collectiblesName,
             currentServer ? QStringLiteral(" caught in this server") : QString());
}

CommandSpec countSubcommand(BallsContextPtr shared)
{
    const BallsWording &wording = shared->wording;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("count"),
        QStringLiteral("Count how many %1 you have").arg(wording.collectiblesName));
    command
        .option(OptionSpec::string(
                    QStringLiteral("countryball"),
                    QStringLiteral("The %1 you want to count").arg(wording.collectibleName))
                    .maxLength(100)
                    .autocomplete(enabledBallAutocomplete(shared->catalogue)))
        .option(OptionSpec::string(QStringLiteral("special"),
                                   QStringLiteral("The special you want to count"))
                    .maxLength(100)
                    .autocomplete(visibleSpecialAutocomplete(shared->catalogue)))
        .option(OptionSpec::boolean(serverOption,
                                    QStringLiteral("Only count %1 caught in the current server")
                                        .arg(wording.collectiblesName)))
        .ephemeral()
        .handler([shared](InteractionContext &context) { return count(shared, context); });
    return command;
}

} // namespace ballsdex::bot::features

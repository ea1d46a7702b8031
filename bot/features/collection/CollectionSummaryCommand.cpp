// SPDX-License-Identifier: MIT
// /balls collection (bot-features.md §1.3): the invoker's totals, overall or for one ball.
#include "features/collection/CollectionFormat.h"
#include "features/collection/CollectionServices.h"
#include "features/common/CatalogueOptions.h"
#include "features/common/StorageReplies.h"
#include "services/CatalogueCache.h"
#include "storage/CollectionStats.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::Embed;
using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

QString specialLine(const services::CatalogueCache &catalogue, const storage::IdCount &entry)
{
    const std::optional<domain::Special> special = catalogue.special(entry.id);
    if (!special)
        return QStringLiteral("Unknown special: %1").arg(collection::thousands(entry.count));
    QString line = special->name + QStringLiteral(": ") + collection::thousands(entry.count);
    // Hidden specials keep their name but not their emoji, as the original.
    if (const QString emoji = collection::specialEmoji(*special);
        !special->hidden && !emoji.isEmpty())
        line.prepend(emoji + QLatin1Char(' '));
    return line;
}

} // namespace

QCoro::Task<void> runCollection(CollectionHandle services, InteractionContext &context)
{
    const CollectionWording &wording = services->wording;
    const Visibility visibility
        = context.options().boolean(QStringLiteral("ephemeral")).value_or(false)
        ? Visibility::Ephemeral
        : Visibility::Public;
    context.setDeferVisibility(visibility);
    const auto ball = co_await pickEnabledBall(
        services->catalogue, context, QStringLiteral("countryball"), wording.collectibleName);
    if (ball.refused)
        co_return;
    const std::optional<domain::Player> player
        = co_await invokerPlayer(services->database, context);
    if (!player)
        co_return;
    std::optional<domain::RowId> ballId;
    if (ball.value)
        ballId = ball.value->id;
    storage::CollectionStats stats(services->database);
    auto future = stats.totals(player->id, ballId);
    const auto totals = co_await future;
    if (!totals) {
        co_await apologise(context, totals.error());
        co_return;
    }
    if (totals->total == 0) {
        const QString country = ball.value ? ball.value->country + QLatin1Char(' ') : QString();
        co_await context.reply(Message(QStringLiteral("You don't have any %1%2 yet.")
                                           .arg(country, wording.collectiblesName)),
                               visibility);
        co_return;
    }

    QString text
        = QStringLiteral("**Total**: %1 (%2 caught, %3 received)\n**Total Specials**: %4")
              .arg(collection::thousands(totals->total), collection::thousands(totals->caught),
                   collection::thousands(totals->total - totals->caught),
                   collection::thousands(totals->withSpecial));
    if (!totals->perSpecial.isEmpty()) {
        QStringList lines;
        for (const storage::IdCount &entry : totals->perSpecial)
            lines.append(specialLine(services->catalogue, entry));
        text += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    const interactions::User &user = context.interaction().user;
    Embed embed;
    embed.author(user.displayName(), {}, collection::avatarUrl(user))
        .title(ball.value ? QStringLiteral("Collection of %1").arg(ball.value->country)
                          : QStringLiteral("Total Collection"))
        .description(std::move(text))
        .color(collection::blurple);
    if (ball.value && ball.value->emojiId > 0)
        embed.thumbnail(collection::emojiImageUrl(ball.value->emojiId));
    co_await context.reply(Message().embed(std::move(embed)), visibility);
}

} // namespace ballsdex::bot::features

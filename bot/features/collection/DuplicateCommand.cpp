// SPDX-License-Identifier: MIT
// /balls duplicate (bot-features.md §1.3).
#include "features/collection/CollectionFormat.h"
#include "features/collection/CollectionServices.h"
#include "features/collection/DuplicateView.h"
#include "features/common/StorageReplies.h"
#include "interactions/ViewRegistry.h"
#include "services/CatalogueCache.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

DuplicateEntry ballEntry(const services::CatalogueCache &catalogue, const storage::IdCount &group)
{
    DuplicateEntry entry {group.id, QStringLiteral("Unknown"), std::nullopt, group.count};
    if (const std::optional<domain::Ball> ball = catalogue.ball(group.id)) {
        entry.name = ball->country;
        entry.emoji = collection::ballComponentEmoji(*ball);
    }
    return entry;
}

DuplicateEntry specialEntry(const services::CatalogueCache &catalogue,
                            const storage::IdCount &group)
{
    DuplicateEntry entry {group.id, QStringLiteral("Unknown special"), std::nullopt, group.count};
    if (const std::optional<domain::Special> special = catalogue.special(group.id)) {
        entry.name = special->name;
        if (!special->hidden)
            entry.emoji = collection::specialComponentEmoji(*special);
    }
    return entry;
}

} // namespace

QCoro::Task<void> runDuplicate(CollectionHandle services, InteractionContext &context)
{
    const CollectionWording &wording = services->wording;
    const bool specials = context.options().string(QStringLiteral("type")).value_or(QString())
        == QLatin1String("specials");
    const storage::DuplicateGrouping grouping
        = specials ? storage::DuplicateGrouping::Specials : storage::DuplicateGrouping::Balls;
    const QString typeName = specials ? QStringLiteral("specials") : wording.collectiblesName;
    // As the original, the limit only applies to balls.
    std::optional<int> limit;
    if (const auto requested = context.options().integer(QStringLiteral("limit"));
        requested && !specials)
        limit = static_cast<int>(*requested);

    const std::optional<domain::Player> player
        = co_await invokerPlayer(services->database, context);
    if (!player)
        co_return;
    storage::CollectionStats stats(services->database);
    auto future = stats.duplicates(player->id, grouping, limit);
    const auto groups = co_await future;
    if (!groups) {
        co_await apologise(context, groups.error());
        co_return;
    }
    if (groups->isEmpty()) {
        co_await context.reply(
            Message(QStringLiteral("You don't have any %1 duplicates.").arg(typeName)),
            Visibility::Ephemeral);
        co_return;
    }
    QList<DuplicateEntry> entries;
    entries.reserve(groups->size());
    for (const storage::IdCount &group : *groups)
        entries.append(specials ? specialEntry(services->catalogue, group)
                                : ballEntry(services->catalogue, group));
    auto view = std::make_shared<DuplicateView>(services, player->id, grouping, std::move(entries),
                                                context.userId());
    co_await services->views.send(context, std::move(view),
                                  Message(QStringLiteral("View your duplicate %1.").arg(typeName)),
                                  Visibility::Ephemeral);
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
// /balls compare (bot-features.md §1.3).
#include "features/collection/CollectionFormat.h"
#include "features/collection/CollectionServices.h"
#include "features/collection/InventoryTarget.h"
#include "features/common/CatalogueOptions.h"
#include "features/common/StorageReplies.h"
#include "interactions/PageSource.h"
#include "interactions/Paginator.h"
#include "services/CatalogueCache.h"
#include "storage/CollectionStats.h"

#include <QCoroFuture>
#include <QSet>

namespace ballsdex::bot::features {
namespace {

using interactions::Embed;
using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

/// One of the four field groups; "None" stands in for an empty one.
void addGroup(QList<Embed::Field> &fields, const QString &title, const QStringList &emojis)
{
    const QList<Embed::Field> group = collection::emojiFields(title, emojis);
    if (group.isEmpty())
        fields.append(Embed::Field {collection::fieldTitle(title), QStringLiteral("None"), false});
    else
        fields.append(group);
}

} // namespace

QCoro::Task<void> runCompare(CollectionHandle services, InteractionContext &context)
{
    const CollectionWording &wording = services->wording;
    const std::optional<domain::Snowflake> otherId = context.options().id(QStringLiteral("user"));
    if (!otherId || *otherId == context.userId()) {
        co_await context.reply(Message(QStringLiteral("You cannot compare with yourself.")),
                               Visibility::Ephemeral);
        co_return;
    }
    const auto special
        = co_await pickVisibleSpecial(services->catalogue, context, QStringLiteral("special"));
    if (special.refused)
        co_return;
    const QList<domain::Ball> universe
        = collection::collectionUniverse(services->catalogue.enabledBalls(), special.value);
    if (universe.isEmpty()) {
        co_await context.reply(Message(QStringLiteral("There are no %1 registered on this bot yet.")
                                           .arg(wording.collectiblesName)),
                               Visibility::Ephemeral);
        co_return;
    }
    const std::optional<InventoryTarget> target
        = co_await resolveInventoryTarget(*services, context, QStringLiteral("user"));
    if (!target)
        co_return;

    storage::OwnedBallsFilter filter;
    if (special.value)
        filter.specialId = special.value->id;
    storage::CollectionStats stats(services->database);
    auto future = stats.ownedBallIds(target->viewer.id, target->owner.id, filter);
    const auto owned = co_await future;
    if (!owned) {
        co_await apologise(context, owned.error());
        co_return;
    }
    const QSet<domain::RowId> mine(owned->first.cbegin(), owned->first.cend());
    const QSet<domain::RowId> theirs(owned->second.cbegin(), owned->second.cend());
    QStringList both;
    QStringList onlyMine;
    QStringList onlyTheirs;
    QStringList neither;
    for (const domain::Ball &ball : universe) {
        const QString emoji = collection::ballEmoji(ball);
        if (emoji.isEmpty())
            continue;
        const bool a = mine.contains(ball.id);
        const bool b = theirs.contains(ball.id);
        (a && b ? both : a ? onlyMine : b ? onlyTheirs : neither).append(emoji);
    }

    const QString invokerName = context.interaction().user.displayName();
    const QString targetName = target->ownerUser.displayName();
    QList<Embed::Field> fields;
    addGroup(fields, QStringLiteral("Both have"), both);
    addGroup(fields, QStringLiteral("%1 has").arg(invokerName), onlyMine);
    addGroup(fields, QStringLiteral("%1 has").arg(targetName), onlyTheirs);
    addGroup(fields, QStringLiteral("Neither have"), neither);

    QString title = QStringLiteral("Comparison of %1 and %2's %3")
                        .arg(invokerName, targetName, wording.collectiblesName);
    if (special.value)
        title += QStringLiteral(" (%1)").arg(special.value->name);
    Embed base;
    base.title(std::move(title)).color(collection::blurple);
    auto source = std::make_unique<interactions::FieldPageSource>(
        std::move(base), std::move(fields), collection::fieldsPerPage);
    interactions::PaginatorOptions options;
    options.compact = true;
    auto paginator
        = std::make_shared<interactions::Paginator>(std::move(source), context.userId(), options);
    co_await interactions::Paginator::start(services->views, context, std::move(paginator));
}

} // namespace ballsdex::bot::features

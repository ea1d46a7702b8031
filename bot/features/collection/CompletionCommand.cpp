// SPDX-License-Identifier: MIT
// /balls completion (bot-features.md §1.3).
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

storage::Provenance provenance(const std::optional<bool> &selfCaught)
{
    if (!selfCaught)
        return storage::Provenance::Any;
    return *selfCaught ? storage::Provenance::SelfCaught : storage::Provenance::Traded;
}

QString description(const CollectionWording &wording, const std::optional<bool> &selfCaught,
                    const std::optional<domain::Special> &special, const QString &percent)
{
    QString text = wording.botName;
    if (selfCaught)
        text += *selfCaught ? QStringLiteral(" (self-caught)")
                            : QStringLiteral(" (not self-caught)");
    if (special)
        text += QStringLiteral(" (%1)").arg(special->name);
    return text + QStringLiteral(" progression: **%1%**").arg(percent);
}

} // namespace

QCoro::Task<void> runCompletion(CollectionHandle services, InteractionContext &context)
{
    const CollectionWording &wording = services->wording;
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

    const std::optional<bool> selfCaught = context.options().boolean(QStringLiteral("self_caught"));
    storage::OwnedBallsFilter filter;
    filter.provenance = provenance(selfCaught);
    if (special.value)
        filter.specialId = special.value->id;
    storage::CollectionStats stats(services->database);
    auto future = stats.ownedBallIds(target->owner.id, filter);
    const auto ownedIds = co_await future;
    if (!ownedIds) {
        co_await apologise(context, ownedIds.error());
        co_return;
    }
    const QSet<domain::RowId> owned(ownedIds->cbegin(), ownedIds->cend());
    QStringList ownedEmojis;
    QStringList missingEmojis;
    qsizetype ownedCount = 0;
    for (const domain::Ball &ball : universe) {
        const bool has = owned.contains(ball.id);
        ownedCount += has ? 1 : 0;
        // Balls without a usable emoji still count, they are only left out of the lists.
        if (const QString emoji = collection::ballEmoji(ball); !emoji.isEmpty())
            (has ? ownedEmojis : missingEmojis).append(emoji);
    }

    const QString ownedTitle = QStringLiteral("Owned %1").arg(wording.collectiblesName);
    QList<Embed::Field> fields = collection::emojiFields(ownedTitle, ownedEmojis);
    if (fields.isEmpty())
        fields.append(Embed::Field {collection::fieldTitle(ownedTitle),
                                    QStringLiteral("Nothing yet."), false});
    if (ownedCount == universe.size()) {
        fields.append(Embed::Field {QStringLiteral(":tada: No missing %1, congratulations! :tada:")
                                        .arg(wording.collectiblesName),
                                    QStringLiteral("\u200B"), false});
    } else {
        fields.append(collection::emojiFields(
            QStringLiteral("Missing %1").arg(wording.collectiblesName), missingEmojis));
    }

    Embed base;
    base.author(target->ownerUser.displayName(), {}, collection::avatarUrl(target->ownerUser))
        .description(description(wording, selfCaught, special.value,
                                 collection::progression(ownedCount, universe.size())))
        .color(collection::blurple);
    auto source = std::make_unique<interactions::FieldPageSource>(
        std::move(base), std::move(fields), collection::fieldsPerPage);
    interactions::PaginatorOptions options;
    options.compact = true;
    auto paginator
        = std::make_shared<interactions::Paginator>(std::move(source), context.userId(), options);
    co_await interactions::Paginator::start(services->views, context, std::move(paginator));
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/balls/ListCommand.h"

#include "features/balls/CardCommands.h"
#include "features/balls/CollectionOwner.h"
#include "features/balls/InstanceListView.h"
#include "features/balls/InstanceText.h"
#include "features/common/CatalogueOptions.h"
#include "features/common/StorageReplies.h"

#include <QCoroFuture>
#include <QLocale>

#include <array>
#include <chrono>
#include <utility>

namespace ballsdex::bot::features {
namespace {

using namespace std::chrono_literals;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;
using storage::InstanceSort;

constexpr quint32 blurple = 0x5865F2;

const std::array<std::pair<const char *, InstanceSort>, 10> sorts {{
    {"alphabetic", InstanceSort::Alphabetic},
    {"catch_date", InstanceSort::CatchDate},
    {"rarity", InstanceSort::Rarity},
    {"special", InstanceSort::Special},
    {"health", InstanceSort::Health},
    {"attack", InstanceSort::Attack},
    {"health_bonus", InstanceSort::HealthBonus},
    {"attack_bonus", InstanceSort::AttackBonus},
    {"stats_bonus", InstanceSort::StatsBonus},
    {"duplicates", InstanceSort::Duplicates},
}};

const QStringList filters {QStringLiteral("only_specials"), QStringLiteral("non_specials"),
                           QStringLiteral("self_caught"), QStringLiteral("this_server")};

struct ListFilter
{
    storage::InstanceFilter filter;
    QString qualifier; ///< words before the collectible name in the empty message
    QString suffix;
};

ListFilter listFilter(const InteractionContext &context, const CollectionOwner &owner,
                      const std::optional<domain::Ball> &ball,
                      const std::optional<domain::Special> &special)
{
    ListFilter result;
    result.filter.playerId = owner.owner.id;
    const QString choice = context.options().string(QStringLiteral("filter")).value_or(QString());
    if (choice == QLatin1String("only_specials")) {
        result.filter.specials = storage::SpecialFilter::OnlySpecials;
        result.qualifier += QStringLiteral("special ");
    } else if (choice == QLatin1String("non_specials")) {
        result.filter.specials = storage::SpecialFilter::NonSpecials;
        result.qualifier += QStringLiteral("non-special ");
    } else if (choice == QLatin1String("self_caught")) {
        result.filter.selfCaughtOnly = true;
        result.qualifier += QStringLiteral("self-caught ");
    } else if (choice == QLatin1String("this_server") && context.interaction().guildId) {
        result.filter.serverId = context.interaction().guildId;
        result.suffix = QStringLiteral(" caught in this server");
    }
    if (special) {
        result.filter.specialId = special->id;
        result.qualifier += special->name + QLatin1Char(' ');
    }
    if (ball) {
        result.filter.ballId = ball->id;
        result.qualifier += ball->country + QLatin1Char(' ');
    }
    return result;
}

InstancePages::Renderer pageRenderer(BallsContextPtr shared, const CollectionOwner &owner)
{
    const QString title = owner.self
        ? QStringLiteral("Your %1").arg(shared->wording.collectiblesName)
        : QStringLiteral("%1's %2").arg(owner.name, shared->wording.collectiblesName);
    const QString content = owner.self
        ? QString()
        : QStringLiteral("Viewing %1's %2").arg(owner.name, shared->wording.collectiblesName);
    return [shared, title, content](const QList<domain::BallInstance> &items, int index,
                                    int pageCount, std::int64_t total) {
        interactions::Embed embed;
        embed.title(title).color(blurple).description(QStringLiteral("%1 %2").arg(
            QLocale(QLocale::English).toString(qlonglong(total)),
            total == 1 ? shared->wording.collectibleName : shared->wording.collectiblesName));
        for (const domain::BallInstance &instance : items) {
            embed.field(instanceEntryName(shared->catalogue, shared->wording, instance),
                        instanceEntryValue(shared->catalogue, instance));
        }
        if (pageCount > 1)
            embed.footer(QStringLiteral("Page %1/%2").arg(index + 1).arg(pageCount));
        Message message;
        message.content(content).embed(std::move(embed));
        return message;
    };
}

QCoro::Task<void> list(BallsContextPtr shared, InteractionContext &context)
{
    const OptionalPick<domain::Ball> ball = co_await pickEnabledBall(
        shared->catalogue, context, QStringLiteral("countryball"), shared->wording.collectibleName);
    if (ball.refused)
        co_return;
    const OptionalPick<domain::Special> special
        = co_await pickVisibleSpecial(shared->catalogue, context, QStringLiteral("special"));
    if (special.refused)
        co_return;
    const std::optional<CollectionOwner> owner = co_await resolveCollectionOwner(shared, context);
    if (!owner)
        co_return;

    const ListFilter filter = listFilter(context, *owner, ball.value, special.value);
    storage::InstanceOrder order;
    order.sort = parseListSort(context.options().string(QStringLiteral("sort")).value_or(QString()))
                     .value_or(InstanceSort::Default);
    order.reverse = context.options().boolean(QStringLiteral("reverse")).value_or(false);
    storage::InstanceQueries queries(shared->database);
    auto firstPage = queries.slice(filter.filter, order, InstancePages::firstPageRequest());
    auto counting = queries.count(filter.filter);
    const auto total = co_await counting;
    if (!total) {
        co_await apologise(context, total.error());
        co_return;
    }
    if (*total == 0) {
        co_await context.reply(
            Message(nothingOwnedText(shared->wording, *owner, filter.qualifier, filter.suffix)),
            Visibility::Ephemeral);
        co_return;
    }
    const domain::RowId ownerId = owner->owner.id;
    auto formatter = [shared](const domain::BallInstance &instance) {
        return instanceSelectOption(shared->catalogue, shared->wording, instance);
    };
    auto onPick = [shared, ownerId](InteractionContext &pick, domain::RowId id) {
        return postInstanceCard(shared, pick, id, ownerId, Visibility::Ephemeral);
    };
    auto pages = std::make_unique<InstancePages>(shared->database, filter.filter, order,
                                                 pageRenderer(shared, *owner), *total);
    pages->setFirstPage(std::move(firstPage));
    auto view = std::make_shared<InstanceListView>(
        std::move(pages), context.userId(), std::move(formatter), std::move(onPick),
        QStringLiteral("Pick a %1 to see its card").arg(shared->wording.collectibleName));
    co_await InstanceListView::start(shared->views, context, std::move(view));
}

} // namespace

std::optional<InstanceSort> parseListSort(const QString &value)
{
    for (const auto &[name, sort] : sorts) {
        if (value == QLatin1String(name))
            return sort;
    }
    return std::nullopt;
}

CommandSpec listSubcommand(BallsContextPtr shared)
{
    const BallsWording &wording = shared->wording;
    OptionSpec sort = OptionSpec::string(
        QStringLiteral("sort"),
        QStringLiteral("Choose how %1 are sorted. Can be used to show duplicates.")
            .arg(wording.collectiblesName));
    for (const auto &[name, value] : sorts)
        sort.choice(QLatin1String(name), QLatin1String(name));
    OptionSpec filter = OptionSpec::string(QStringLiteral("filter"),
                                           QStringLiteral("Filter the list by a specific filter"));
    for (const QString &name : filters)
        filter.choice(name, name);

    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("list"), QStringLiteral("List your %1").arg(wording.collectiblesName));
    command
        .option(OptionSpec::user(QStringLiteral("user"),
                                 QStringLiteral("The user whose collection you want to view")))
        .option(std::move(sort))
        .option(OptionSpec::boolean(QStringLiteral("reverse"),
                                    QStringLiteral("Reverse the output of the list")))
        .option(OptionSpec::string(
                    QStringLiteral("countryball"),
                    QStringLiteral("Filter the list by a specific %1").arg(wording.collectibleName))
                    .maxLength(100)
                    .autocomplete(enabledBallAutocomplete(shared->catalogue)))
        .option(OptionSpec::string(QStringLiteral("special"),
                                   QStringLiteral("Filter the list by a specific special event"))
                    .maxLength(100)
                    .autocomplete(visibleSpecialAutocomplete(shared->catalogue)))
        .option(std::move(filter))
        .cooldown(10s)
        .handler([shared](InteractionContext &context) { return list(shared, context); });
    return command;
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/balls/BallsCommands.h"

#include "features/balls/InstanceCard.h"
#include "interactions/InteractionContext.h"
#include "interactions/PageSource.h"
#include "interactions/Paginator.h"
#include "services/CatalogueCache.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QLocale>

#include <chrono>
#include <cstdint>

namespace ballsdex::bot::features {
namespace {

using namespace std::chrono_literals;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;

constexpr int pageFetchSize = 500;
constexpr int fieldsPerPage = 25;
constexpr quint32 blurple = 0x5865F2;

struct Shared
{
    BallsWording wording;
    storage::Database &database;
    const services::CatalogueCache &catalogue;
    std::shared_ptr<const render::CardRenderer> renderer;
    interactions::ViewRegistry &views;
};

QCoro::Task<void> apologise(InteractionContext &context, const storage::StorageError &error)
{
    qCWarning(lcBot).noquote() << context.describe() << "failed: storage error" << error.toString();
    co_await context.reply(Message(BallsCommands::databaseUnavailableMessage()),
                           Visibility::Ephemeral);
}

QString emptyCollectionText(const Shared &shared, const QString &ballName = {})
{
    return QStringLiteral("You don't have any %1%2 yet.")
        .arg(ballName.isEmpty() ? QString() : ballName + QLatin1Char(' '),
             shared.wording.collectiblesName);
}

QString fieldName(const Shared &shared, const domain::BallInstance &instance)
{
    const std::optional<domain::Ball> ball = shared.catalogue.ball(instance.ballId);
    QString name = domain::displayId(instance.id) + QLatin1Char(' ')
        + (ball ? ball->country : QStringLiteral("Unknown"));
    if (instance.favorite)
        name.prepend(QStringLiteral("❤️ "));
    return name;
}

QString fieldValue(const Shared &shared, const domain::BallInstance &instance)
{
    const std::optional<domain::Ball> ball = shared.catalogue.ball(instance.ballId);
    const int attack = ball ? domain::effectiveStat(ball->attack, instance.attackBonus) : 0;
    const int health = ball ? domain::effectiveStat(ball->health, instance.healthBonus) : 0;
    return QStringLiteral("ATK: %1(%2) • HP: %3(%4) • %5")
        .arg(QString::number(attack), signedPercent(instance.attackBonus), QString::number(health),
             signedPercent(instance.healthBonus),
             instance.catchDate.toUTC().toString(QStringLiteral("yyyy/MM/dd | HH:mm")));
}

QString countText(const BallsWording &wording, const std::optional<domain::Ball> &ball,
                  std::int64_t total)
{
    const QString noun = total == 1 ? wording.collectibleName : wording.collectiblesName;
    const QString number = QLocale(QLocale::English).toString(static_cast<qlonglong>(total));
    const QString country = ball ? ball->country + QLatin1Char(' ') : QString();
    return QStringLiteral("You have %1 %2%3.").arg(number, country, noun);
}

/// The invoker's player row, or nullopt after apologising.
QCoro::Task<std::optional<domain::Player>> invoker(const Shared &shared,
                                                   InteractionContext &context)
{
    storage::PlayerRepository players(shared.database);
    auto future = players.getOrCreate(context.userId());
    const auto player = co_await future;
    if (!player) {
        co_await apologise(context, player.error());
        co_return std::nullopt;
    }
    co_return *player;
}

/// Replies with the card of `instance` (public; defers while rendering).
QCoro::Task<void> showCard(const Shared &shared, InteractionContext &context,
                           domain::BallInstance instance)
{
    co_await context.defer();
    auto cardTask = instanceCardMessage(shared.catalogue, shared.renderer, std::move(instance));
    std::optional<Message> card = co_await std::move(cardTask);
    if (!card) {
        co_await context.fail(
            QStringLiteral("instance's ball or regime missing from the catalogue"));
        co_return;
    }
    co_await context.reply(std::move(*card));
}

QCoro::Task<void> list(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const std::optional<domain::Player> player = co_await invoker(*shared, context);
    if (!player)
        co_return;
    storage::InstanceRepository instances(shared->database);
    QList<domain::BallInstance> all;
    storage::InstancePageRequest request;
    request.limit = pageFetchSize;
    while (true) {
        auto future = instances.listForPlayer(player->id, request);
        const auto page = co_await future;
        if (!page) {
            co_await apologise(context, page.error());
            co_return;
        }
        all.append(page->items);
        if (!page->next)
            break;
        request.after = page->next;
    }
    if (all.isEmpty()) {
        co_await context.reply(Message(emptyCollectionText(*shared)));
        co_return;
    }
    if (context.options().boolean(QStringLiteral("reverse")).value_or(false))
        std::reverse(all.begin(), all.end());

    QList<interactions::Embed::Field> fields;
    fields.reserve(all.size());
    for (const domain::BallInstance &instance : std::as_const(all))
        fields.append(interactions::Embed::Field {fieldName(*shared, instance),
                                                  fieldValue(*shared, instance), false});
    interactions::Embed base;
    base.title(QStringLiteral("Your %1").arg(shared->wording.collectiblesName)).color(blurple);
    auto source = std::make_unique<interactions::FieldPageSource>(std::move(base),
                                                                  std::move(fields), fieldsPerPage);
    auto paginator = std::make_shared<interactions::Paginator>(std::move(source), context.userId());
    co_await interactions::Paginator::start(shared->views, context, std::move(paginator));
}

QCoro::Task<void> info(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const QString text
        = context.options().string(QStringLiteral("countryball")).value_or(QString());
    const std::optional<domain::RowId> id = domain::parseDisplayId(text.trimmed());
    if (!id) {
        co_await context.reply(Message(QStringLiteral("The %1 ID you gave is not valid.")
                                           .arg(shared->wording.collectibleName)),
                               Visibility::Ephemeral);
        co_return;
    }
    const std::optional<domain::Player> player = co_await invoker(*shared, context);
    if (!player)
        co_return;
    storage::InstanceRepository instances(shared->database);
    auto future = instances.findOwned(*id, player->id);
    const auto found = co_await future;
    if (!found) {
        co_await apologise(context, found.error());
        co_return;
    }
    if (!*found) {
        co_await context.reply(Message(QStringLiteral("The %1 ID you gave does not exist.")
                                           .arg(shared->wording.collectibleName)),
                               Visibility::Ephemeral);
        co_return;
    }
    co_await showCard(*shared, context, **found);
}

QCoro::Task<void> last(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const std::optional<domain::Player> player = co_await invoker(*shared, context);
    if (!player)
        co_return;
    storage::InstanceRepository instances(shared->database);
    storage::InstancePageRequest request;
    request.limit = 1;
    auto future = instances.listForPlayer(player->id, request);
    const auto page = co_await future;
    if (!page) {
        co_await apologise(context, page.error());
        co_return;
    }
    if (page->items.isEmpty()) {
        co_await context.reply(Message(emptyCollectionText(*shared)), Visibility::Ephemeral);
        co_return;
    }
    co_await showCard(*shared, context, page->items.first());
}

QCoro::Task<void> count(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const std::optional<QString> name = context.options().string(QStringLiteral("countryball"));
    std::optional<domain::Ball> ball;
    if (name)
        ball = shared->catalogue.ballByName(name->trimmed());
    if (name && !ball) {
        const QString unknown = QStringLiteral("There is no %1 named \"%2\".")
                                    .arg(shared->wording.collectibleName, *name);
        co_await context.reply(Message(unknown), Visibility::Ephemeral);
        co_return;
    }
    const std::optional<domain::Player> player = co_await invoker(*shared, context);
    if (!player)
        co_return;
    storage::InstanceRepository instances(shared->database);
    std::optional<domain::RowId> ballId;
    if (ball)
        ballId = ball->id;
    auto future = instances.count(player->id, ballId);
    const auto total = co_await future;
    if (!total) {
        co_await apologise(context, total.error());
        co_return;
    }
    const QString text = countText(shared->wording, ball, *total);
    co_await context.reply(Message(text), Visibility::Ephemeral);
}

} // namespace

BallsCommands::BallsCommands(BallsWording wording, storage::Database &database,
                             const services::CatalogueCache &catalogue,
                             std::shared_ptr<const render::CardRenderer> renderer,
                             interactions::ViewRegistry &views)
    : m_wording(std::move(wording))
    , m_database(database)
    , m_catalogue(catalogue)
    , m_renderer(std::move(renderer))
    , m_views(views)
{
}

QString BallsCommands::databaseUnavailableMessage()
{
    return QStringLiteral("The database is unavailable right now, please try again in a moment.");
}

Result<void, interactions::CommandSpecError>
BallsCommands::registerInto(interactions::CommandTree &tree,
                            std::vector<interactions::CommandSpec> extraSubcommands) const
{
    auto shared = std::make_shared<const Shared>(
        Shared {m_wording, m_database, m_catalogue, m_renderer, m_views});
    const QString &plural = m_wording.collectiblesName;
    const QString &singular = m_wording.collectibleName;

    CommandSpec listCommand = CommandSpec::subcommand(QStringLiteral("list"),
                                                      QStringLiteral("List your %1").arg(plural));
    listCommand
        .option(
            OptionSpec::boolean(QStringLiteral("reverse"), QStringLiteral("Show the oldest first")))
        .cooldown(10s)
        .handler([shared](InteractionContext &context) { return list(shared, context); });

    CommandSpec infoCommand = CommandSpec::subcommand(
        QStringLiteral("info"), QStringLiteral("Display info from a specific %1").arg(singular));
    infoCommand
        .option(OptionSpec::string(QStringLiteral("countryball"),
                                   QStringLiteral("The %1 ID (hexadecimal)").arg(singular))
                    .required()
                    .maxLength(20))
        .cooldown(5s)
        .handler([shared](InteractionContext &context) { return info(shared, context); });

    CommandSpec lastCommand = CommandSpec::subcommand(
        QStringLiteral("last"),
        QStringLiteral("Display info of your last caught %1").arg(singular));
    lastCommand.cooldown(5s).handler(
        [shared](InteractionContext &context) { return last(shared, context); });

    CommandSpec countCommand = CommandSpec::subcommand(
        QStringLiteral("count"), QStringLiteral("Count how many %1 you have").arg(plural));
    countCommand
        .option(OptionSpec::string(QStringLiteral("countryball"),
                                   QStringLiteral("Only count this %1").arg(singular)))
        .ephemeral()
        .handler([shared](InteractionContext &context) { return count(shared, context); });

    CommandSpec group = CommandSpec::command(
        m_wording.groupName, QStringLiteral("View and manage your %1 collection").arg(plural));
    group.add(std::move(listCommand))
        .add(std::move(infoCommand))
        .add(std::move(lastCommand))
        .add(std::move(countCommand));
    for (interactions::CommandSpec &extra : extraSubcommands)
        group.add(std::move(extra));
    return tree.add(std::move(group));
}

} // namespace ballsdex::bot::features

// SPDX-License-Identifier: MIT
#include "features/donation/DonationCommand.h"

#include "features/common/CatalogueOptions.h"
#include "features/common/InstanceOption.h"
#include "features/common/StorageReplies.h"
#include "features/donation/DonationRequestView.h"
#include "features/donation/DonationText.h"
#include "features/donation/LockReleaser.h"
#include "interactions/ConfirmPrompt.h"
#include "interactions/ViewRegistry.h"
#include "services/BlacklistCache.h"
#include "services/CatalogueCache.h"
#include "storage/DonationRepository.h"
#include "storage/SocialRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>

#include <memory>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;

struct Runtime
{
    DonationServices services;
    DonationWording wording;

    [[nodiscard]] LockReleaser releaser() const
    {
        return LockReleaser(services.database, services.scheduler);
    }
    /// Autocomplete offers unlocked instances only (resolution does not filter: a locked one gets
    /// the "locked for a trade" answer from the atomic lock attempt).
    [[nodiscard]] InstanceOptionRules instanceRules() const
    {
        InstanceOptionRules rules;
        rules.locks = InstanceLockFilter::Unlocked;
        rules.collectibleName = wording.collectibleName;
        rules.favoriteEmoji = wording.favoriteEmoji;
        return rules;
    }
};

/// The receiver as far as the donation rules care (defaults when they never played).
struct Receiver
{
    domain::DonationPolicy donation = domain::DonationPolicy::AlwaysAccept;
    domain::MentionPolicy mention = domain::MentionPolicy::Allow;
};

interactions::AllowedMentions pingIfAllowed(domain::Snowflake userId, domain::MentionPolicy policy)
{
    return policy == domain::MentionPolicy::Allow
        ? interactions::AllowedMentions::onlyUsers({userId})
        : interactions::AllowedMentions::none();
}

QCoro::Task<void> refuse(InteractionContext &context, const QString &text)
{
    co_await context.reply(Message(text), Visibility::Ephemeral);
}

/// Releases the lock taken for this donation, then refuses ephemerally (so the instance is free
/// again by the time the player reads why).
QCoro::Task<void> refuseAndUnlock(const Runtime &runtime, InteractionContext &context,
                                  const storage::DonationLock &lock, const QString &text)
{
    co_await runtime.releaser().release(lock);
    co_await refuse(context, text);
}

/// Outcome of the checks of §4.4 step 3 that need the receiver's row.
struct Admission
{
    std::optional<Receiver> receiver; ///< set when admitted
    QString refusal; ///< why not; empty after a database failure (already apologised)
};

QCoro::Task<Admission> admitReceiver(const Runtime &runtime, InteractionContext &context,
                                     const domain::Player &giver, domain::Snowflake receiverId)
{
    const auto found = co_await existingPlayer(runtime.services.database, context, receiverId);
    if (!found)
        co_return Admission {};
    Receiver receiver;
    storage::Relationship relationship;
    if (const std::optional<domain::Player> &player = *found) {
        receiver.donation = player->donationPolicy;
        receiver.mention = player->mentionPolicy;
        storage::SocialRepository social(runtime.services.database);
        auto future = social.relationship(giver.id, player->id);
        const auto read = co_await future;
        if (!read) {
            co_await apologise(context, read.error());
            co_return Admission {};
        }
        relationship = *read;
    }
    if (receiver.donation == domain::DonationPolicy::AlwaysDeny)
        co_return Admission {std::nullopt,
                             QStringLiteral("This player does not accept donations. You can use "
                                            "trades instead.")};
    if (receiver.donation == domain::DonationPolicy::FriendsOnly && !relationship.friends)
        co_return Admission {std::nullopt,
                             QStringLiteral("This player only accepts donations from friends, "
                                            "use trades instead.")};
    if (relationship.targetBlockedViewer)
        co_return Admission {
            std::nullopt, QStringLiteral("You cannot interact with a user that has blocked you.")};
    if (runtime.services.blacklist.isUserBlacklisted(receiverId))
        co_return Admission {std::nullopt,
                             QStringLiteral("You cannot donate to a blacklisted user.")};
    co_return Admission {receiver, {}};
}

/// The catalogue entries naming the instance; nullopt (after failing the interaction) when the
/// cache does not know them.
QCoro::Task<std::optional<DonationItem>>
describe(const Runtime &runtime, InteractionContext &context, const domain::BallInstance &instance)
{
    const services::CatalogueCache &catalogue = runtime.services.catalogue;
    DonationItem item {instance, {}, std::nullopt};
    const std::optional<domain::Ball> ball = catalogue.ball(instance.ballId);
    if (instance.specialId)
        item.special = catalogue.special(*instance.specialId);
    if (!ball || (instance.specialId && !item.special)) {
        co_await context.fail(QStringLiteral("instance %1: ball or special missing from the "
                                             "catalogue cache")
                                  .arg(domain::displayId(instance.id)));
        co_return std::nullopt;
    }
    item.ball = *ball;
    co_return item;
}

QCoro::Task<void> requestApproval(std::shared_ptr<const Runtime> runtime,
                                  InteractionContext &context, const domain::Player &giver,
                                  const DonationItem &item, const storage::DonationLock &lock,
                                  domain::Snowflake receiverId, const Receiver &receiver)
{
    const QString text = QStringLiteral("Hey %1, %2 wants to give you %3!\nDo you accept this "
                                        "donation?")
                             .arg(userMention(receiverId), context.interaction().user.displayName(),
                                  item.requestDescription());
    auto view
        = std::make_shared<DonationRequestView>(runtime->services.database, runtime->releaser(),
                                                PendingDonation {lock, giver.id, receiverId}, text);
    const auto sent = co_await runtime->services.views.send(
        context, std::move(view),
        Message(text).allowedMentions(pingIfAllowed(receiverId, receiver.mention)),
        Visibility::Public);
    if (!sent)
        co_await runtime->releaser().release(lock);
}

QCoro::Task<void> transferNow(std::shared_ptr<const Runtime> runtime, InteractionContext &context,
                              const domain::Player &giver, const DonationItem &item,
                              const storage::DonationLock &lock, domain::Snowflake receiverId,
                              bool confirmedFavorite)
{
    storage::DonationRepository donations(runtime->services.database);
    auto future = donations.transfer(lock, giver.id, receiverId);
    const auto receipt = co_await future;
    if (!receipt) {
        co_await runtime->releaser().release(lock);
        const storage::StorageError &error = receipt.error();
        if (error.kind == storage::StorageError::Kind::NotFound
            || error.kind == storage::StorageError::Kind::Conflict) {
            qCInfo(lcBot).noquote()
                << context.describe() << "donation refused at transfer:" << error.toString();
            co_await refuse(context,
                            QStringLiteral("This %1 could not be donated: it is no longer "
                                           "available.")
                                .arg(runtime->wording.collectibleName));
        } else {
            co_await apologise(context, error);
        }
        co_return;
    }
    const QString gift = QStringLiteral("the %1 %2 to %3!")
                             .arg(runtime->wording.collectibleName, item.giftDescription(),
                                  userMention(receiverId));
    const QString text = confirmedFavorite
        ? QStringLiteral("%1, you just gave %2").arg(userMention(context.userId()), gift)
        : QStringLiteral("You just gave %1").arg(gift);
    co_await context.reply(
        Message(text).allowedMentions(pingIfAllowed(receiverId, receipt->receiver.mentionPolicy)),
        Visibility::Public);
}

QCoro::Task<void> give(std::shared_ptr<const Runtime> runtime, InteractionContext &context)
{
    const DonationServices &services = runtime->services;
    const QString &name = runtime->wording.collectibleName;
    const std::optional<domain::Snowflake> receiverId
        = context.options().id(QStringLiteral("user"));
    if (!receiverId) {
        co_await context.fail(QStringLiteral("the required user option is missing"));
        co_return;
    }
    const std::optional<domain::Player> giver = co_await invokerPlayer(services.database, context);
    if (!giver)
        co_return;
    const QString option
        = context.options().string(QStringLiteral("countryball")).value_or(QString());
    const std::optional<domain::BallInstance> instance = co_await resolveOwnedInstance(
        services.database, context, *giver, option, runtime->instanceRules());
    if (!instance)
        co_return;
    const std::optional<DonationItem> item = co_await describe(*runtime, context, *instance);
    if (!item)
        co_return;

    // Step 1 (bot-features.md §4.4). The lock is taken here rather than after the favorite
    // prompt: checking and locking in one statement leaves no gap for a trade to slip in.
    if (!domain::isTradeable(*instance, item->ball, item->special ? &*item->special : nullptr)) {
        co_await refuse(context, QStringLiteral("You cannot donate this %1.").arg(name));
        co_return;
    }
    const std::optional<interactions::User> receiverUser
        = context.interaction().userOption(QStringLiteral("user"));
    if (receiverUser && receiverUser->bot) {
        co_await refuse(context, QStringLiteral("You cannot donate to bots."));
        co_return;
    }
    storage::DonationRepository donations(services.database);
    auto lockFuture = donations.lock(instance->id, giver->id);
    const auto attempt = co_await lockFuture;
    if (!attempt) {
        co_await apologise(context, attempt.error());
        co_return;
    }
    if (attempt->outcome == storage::LockOutcome::AlreadyLocked) {
        co_await refuse(context,
                        QStringLiteral("This %1 is currently locked for a trade. Please try again "
                                       "later.")
                            .arg(name));
        co_return;
    }
    if (attempt->outcome == storage::LockOutcome::NotOwned || !attempt->lock) {
        co_await refuse(context, QStringLiteral("This %1 is no longer yours.").arg(name));
        co_return;
    }
    const storage::DonationLock lock = *attempt->lock;

    // Step 2.
    if (instance->favorite) {
        interactions::ConfirmOptions options;
        options.userId = context.userId();
        options.visibility = Visibility::Ephemeral;
        options.acceptedLine = QStringLiteral("Donation confirmed.");
        options.cancelledLine = QStringLiteral("This request has been cancelled.");
        const bool confirmed = co_await interactions::ConfirmPrompt::ask(
            services.views, context,
            QStringLiteral("This %1 is a favorite, are you sure you want to donate it?").arg(name),
            std::move(options));
        if (!confirmed) {
            co_await runtime->releaser().release(lock);
            co_return;
        }
    }

    // Step 3.
    if (*receiverId == context.userId()) {
        co_await refuseAndUnlock(*runtime, context, lock,
                                 QStringLiteral("You cannot give a %1 to yourself.").arg(name));
        co_return;
    }
    const Admission admission = co_await admitReceiver(*runtime, context, *giver, *receiverId);
    if (!admission.receiver) {
        if (admission.refusal.isEmpty())
            co_await runtime->releaser().release(lock);
        else
            co_await refuseAndUnlock(*runtime, context, lock, admission.refusal);
        co_return;
    }
    const Receiver &receiver = *admission.receiver;

    // Steps 4 and 5.
    if (receiver.donation == domain::DonationPolicy::RequestApproval) {
        co_await requestApproval(runtime, context, *giver, *item, lock, *receiverId, receiver);
        co_return;
    }
    co_await transferNow(runtime, context, *giver, *item, lock, *receiverId, instance->favorite);
}

} // namespace

CommandSpec DonationCommand::giveCommand(DonationServices services, DonationWording wording)
{
    auto runtime = std::make_shared<const Runtime>(Runtime {services, std::move(wording)});
    const QString &name = runtime->wording.collectibleName;
    CommandSpec command = CommandSpec::subcommand(QStringLiteral("give"),
                                                  QStringLiteral("Give a %1 to a user.").arg(name));
    command
        .option(OptionSpec::user(QStringLiteral("user"),
                                 QStringLiteral("The user you want to give a %1 to").arg(name))
                    .required())
        .option(instanceOption(QStringLiteral("countryball"),
                               QStringLiteral("The %1 you're giving away").arg(name),
                               services.database, services.catalogue, runtime->instanceRules())
                    .required())
        .option(OptionSpec::string(QStringLiteral("special"),
                                   QStringLiteral("Filter the results of autocompletion to a "
                                                  "special event. Ignored afterwards."))
                    .maxLength(specialOptionMaxLength)
                    .autocomplete(visibleSpecialAutocomplete(services.catalogue)))
        .handler([runtime](InteractionContext &context) { return give(runtime, context); });
    return command;
}

} // namespace ballsdex::bot::features

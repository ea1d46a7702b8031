// SPDX-License-Identifier: MIT
#include "features/player/PolicyCommands.h"

#include "domain/Policies.h"
#include "features/common/StorageReplies.h"
#include "features/player/PlayerServices.h"
#include "storage/PlayerRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using domain::DonationPolicy;
using domain::FriendPolicy;
using domain::MentionPolicy;
using domain::PrivacyPolicy;
using domain::TradeCooldownPolicy;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;

enum class PolicyKind { Privacy, Donation, Mention, Friends, TradeCooldown };

storage::PlayerPolicies policiesOf(const domain::Player &player)
{
    return storage::PlayerPolicies {player.donationPolicy, player.privacyPolicy,
                                    player.mentionPolicy, player.friendPolicy,
                                    player.tradeCooldownPolicy};
}

QString privacyCode(PrivacyPolicy policy)
{
    switch (policy) {
    case PrivacyPolicy::Public:
        return QStringLiteral("ALLOW");
    case PrivacyPolicy::Private:
        return QStringLiteral("DENY");
    case PrivacyPolicy::SameServer:
        return QStringLiteral("SAME_SERVER");
    case PrivacyPolicy::Friends:
        return QStringLiteral("FRIENDS");
    }
    return {};
}

QString donationConfirmation(DonationPolicy policy, const PlayerWording &wording)
{
    switch (policy) {
    case DonationPolicy::AlwaysAccept:
        return QStringLiteral("Setting updated, you will now receive all donated %1 immediately.")
            .arg(wording.collectiblesName);
    case DonationPolicy::RequestApproval:
        return QStringLiteral("Setting updated, you will now have to approve donation requests "
                              "manually.");
    case DonationPolicy::AlwaysDeny:
        return QStringLiteral("Setting updated, nobody can donate %1 to you any more. Trades "
                              "are still possible.")
            .arg(wording.collectiblesName);
    case DonationPolicy::FriendsOnly:
        return QStringLiteral("Setting updated, you will now only receive donated %1 from "
                              "players you have added as friends.")
            .arg(wording.collectiblesName);
    }
    return {};
}

QString allowDeny(bool allow)
{
    return allow ? QStringLiteral("allow") : QStringLiteral("deny");
}

/// Writes `value` into the matching field and returns the confirmation sentence.
QString applyPolicy(PolicyKind kind, qint64 value, storage::PlayerPolicies &policies,
                    const PlayerWording &wording)
{
    const auto stored = static_cast<std::int16_t>(value);
    switch (kind) {
    case PolicyKind::Privacy:
        policies.privacy = static_cast<PrivacyPolicy>(stored);
        return QStringLiteral("Your privacy policy has been set to **%1**.")
            .arg(privacyCode(policies.privacy));
    case PolicyKind::Donation:
        policies.donation = static_cast<DonationPolicy>(stored);
        return donationConfirmation(policies.donation, wording);
    case PolicyKind::Mention:
        policies.mention = static_cast<MentionPolicy>(stored);
        return QStringLiteral("Your mention policy has been set to **%1**.")
            .arg(allowDeny(policies.mention == MentionPolicy::Allow));
    case PolicyKind::Friends:
        policies.friends = static_cast<FriendPolicy>(stored);
        return QStringLiteral("Your friend request policy has been set to **%1**.")
            .arg(allowDeny(policies.friends == FriendPolicy::Allow));
    case PolicyKind::TradeCooldown:
        policies.tradeCooldown = static_cast<TradeCooldownPolicy>(stored);
        return QStringLiteral("Your trade acceptance cooldown policy has been set to **%1**.")
            .arg(policies.tradeCooldown == TradeCooldownPolicy::Bypass
                     ? QStringLiteral("bypass")
                     : QStringLiteral("cooldown"));
    }
    return {};
}

QCoro::Task<void> setPolicy(std::shared_ptr<PlayerServices> services, PolicyKind kind,
                            InteractionContext &context)
{
    const qint64 value = context.options().integer(QStringLiteral("policy")).value_or(0);
    const std::optional<domain::Player> player
        = co_await invokerPlayer(services->database, context);
    if (!player)
        co_return;
    storage::PlayerPolicies policies = policiesOf(*player);
    const QString confirmation = applyPolicy(kind, value, policies, services->wording);
    storage::PlayerRepository repository(services->database);
    auto updateFuture = repository.updatePolicies(player->id, policies);
    const auto updated = co_await updateFuture;
    if (!updated) {
        co_await apologise(context, updated.error());
        co_return;
    }
    co_await context.reply(Message(confirmation), Visibility::Ephemeral);
}

OptionSpec policyOption(QString description,
                        std::initializer_list<std::pair<QString, qint64>> choices)
{
    OptionSpec option = OptionSpec::integer(QStringLiteral("policy"), std::move(description));
    option.required();
    for (const auto &[label, value] : choices)
        option.choice(label, value);
    return option;
}

template<typename E> qint64 value(E policy)
{
    return static_cast<qint64>(policy);
}

} // namespace

CommandSpec PolicyCommands::group(std::shared_ptr<PlayerServices> services)
{
    const auto policyCommand = [&services](QString name, QString description, PolicyKind kind,
                                           OptionSpec option) {
        CommandSpec command = CommandSpec::subcommand(std::move(name), std::move(description));
        command.option(std::move(option))
            .ephemeral()
            .handler([services, kind](InteractionContext &context) {
                return setPolicy(services, kind, context);
            });
        return command;
    };

    // Same Server is not offered: the bot never has the members intent to enforce it.
    CommandSpec privacy = policyCommand(
        QStringLiteral("privacy"), QStringLiteral("Set who can see your inventory"),
        PolicyKind::Privacy,
        policyOption(QStringLiteral("Your privacy policy"),
                     {{QStringLiteral("Open Inventory"), value(PrivacyPolicy::Public)},
                      {QStringLiteral("Private Inventory"), value(PrivacyPolicy::Private)},
                      {QStringLiteral("Friends Only"), value(PrivacyPolicy::Friends)}}));
    CommandSpec donation = policyCommand(
        QStringLiteral("donation"),
        QStringLiteral("Set how you receive donated %1").arg(services->wording.collectiblesName),
        PolicyKind::Donation,
        policyOption(QStringLiteral("Your donation policy"),
                     {{QStringLiteral("Accept all"), value(DonationPolicy::AlwaysAccept)},
                      {QStringLiteral("Request your approval first"),
                       value(DonationPolicy::RequestApproval)},
                      {QStringLiteral("Deny all"), value(DonationPolicy::AlwaysDeny)},
                      {QStringLiteral("Friends only"), value(DonationPolicy::FriendsOnly)}}));
    CommandSpec mention = policyCommand(
        QStringLiteral("mention"), QStringLiteral("Set whether the bot may ping you"),
        PolicyKind::Mention,
        policyOption(QStringLiteral("Your mention policy"),
                     {{QStringLiteral("Accept all mentions"), value(MentionPolicy::Allow)},
                      {QStringLiteral("Deny all mentions"), value(MentionPolicy::Deny)}}));
    CommandSpec friends = policyCommand(
        QStringLiteral("friends"), QStringLiteral("Set whether you accept friend requests"),
        PolicyKind::Friends,
        policyOption(QStringLiteral("Your friend request policy"),
                     {{QStringLiteral("Accept all friend requests"), value(FriendPolicy::Allow)},
                      {QStringLiteral("Deny all"), value(FriendPolicy::Deny)}}));
    CommandSpec tradeCooldown = policyCommand(
        QStringLiteral("trade_cooldown"), QStringLiteral("Set your trade acceptance cooldown"),
        PolicyKind::TradeCooldown,
        policyOption(
            QStringLiteral("Your trade cooldown policy"),
            {{QStringLiteral("Use 10s acceptance cooldown"), value(TradeCooldownPolicy::Cooldown)},
             {QStringLiteral("Bypass acceptance cooldown"), value(TradeCooldownPolicy::Bypass)}}));

    CommandSpec policy
        = CommandSpec::group(QStringLiteral("policy"), QStringLiteral("Set your policies"));
    policy.add(std::move(privacy))
        .add(std::move(donation))
        .add(std::move(mention))
        .add(std::move(friends))
        .add(std::move(tradeCooldown));
    return policy;
}

} // namespace ballsdex::bot::features

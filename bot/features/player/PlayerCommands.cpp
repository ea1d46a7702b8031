// SPDX-License-Identifier: MIT
#include "features/player/PlayerCommands.h"

#include "domain/Policies.h"
#include "interactions/InteractionContext.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>

#include <memory>

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

constexpr quint32 blurple = 0x5865F2;

struct Shared
{
    PlayerWording wording;
    storage::Database &database;
};

enum class PolicyKind { Privacy, Donation, Mention, Friends, TradeCooldown };

QCoro::Task<void> apologise(InteractionContext &context, const storage::StorageError &error)
{
    qCWarning(lcBot).noquote() << context.describe() << "failed: storage error" << error.toString();
    co_await context.reply(Message(PlayerCommands::databaseUnavailableMessage()),
                           Visibility::Ephemeral);
}

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

QCoro::Task<void> setPolicy(std::shared_ptr<const Shared> shared, PolicyKind kind,
                            InteractionContext &context)
{
    const qint64 value = context.options().integer(QStringLiteral("policy")).value_or(0);
    storage::PlayerRepository repository(shared->database);
    auto playerFuture = repository.getOrCreate(context.userId());
    const auto player = co_await playerFuture;
    if (!player) {
        co_await apologise(context, player.error());
        co_return;
    }
    storage::PlayerPolicies policies = policiesOf(*player);
    const QString confirmation = applyPolicy(kind, value, policies, shared->wording);
    auto updateFuture = repository.updatePolicies(player->id, policies);
    const auto updated = co_await updateFuture;
    if (!updated) {
        co_await apologise(context, updated.error());
        co_return;
    }
    co_await context.reply(Message(confirmation), Visibility::Ephemeral);
}

QString privacyLabel(PrivacyPolicy policy)
{
    switch (policy) {
    case PrivacyPolicy::Public:
        return QStringLiteral("Public");
    case PrivacyPolicy::Private:
        return QStringLiteral("Private");
    case PrivacyPolicy::SameServer:
        return QStringLiteral("Mutual Servers");
    case PrivacyPolicy::Friends:
        return QStringLiteral("Friends");
    }
    return {};
}

QString donationLabel(DonationPolicy policy)
{
    switch (policy) {
    case DonationPolicy::AlwaysAccept:
        return QStringLiteral("Accept all");
    case DonationPolicy::RequestApproval:
        return QStringLiteral("Approve");
    case DonationPolicy::AlwaysDeny:
        return QStringLiteral("Deny all");
    case DonationPolicy::FriendsOnly:
        return QStringLiteral("Friends only");
    }
    return {};
}

QString allowDenyLabel(bool allow)
{
    return allow ? QStringLiteral("Allow all") : QStringLiteral("Deny all");
}

QString tradeCooldownLabel(TradeCooldownPolicy policy)
{
    return policy == TradeCooldownPolicy::Bypass ? QStringLiteral("Bypass acceptance cooldown")
                                                 : QStringLiteral("Use 10s acceptance cooldown");
}

QString avatarUrl(const interactions::User &user)
{
    if (user.avatar.isEmpty())
        return {};
    return QStringLiteral("https://cdn.discordapp.com/avatars/%1/%2.png")
        .arg(user.id)
        .arg(user.avatar);
}

QCoro::Task<void> info(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    storage::PlayerRepository players(shared->database);
    auto findFuture = players.find(context.userId());
    const auto found = co_await findFuture;
    if (!found) {
        co_await apologise(context, found.error());
        co_return;
    }
    if (!*found) {
        co_await context.reply(Message(QStringLiteral("You haven't got any info to show!")),
                               Visibility::Ephemeral);
        co_return;
    }
    const domain::Player &player = **found;
    storage::InstanceRepository instances(shared->database);
    auto countFuture = instances.count(player.id);
    const auto owned = co_await countFuture;
    if (!owned) {
        co_await apologise(context, owned.error());
        co_return;
    }

    const interactions::User &user = context.interaction().user;
    const PlayerWording &wording = shared->wording;
    const QString policies
        = QStringLiteral("**Privacy Policy:** %1\n**Donation Policy:** %2\n**Mention Policy:** "
                         "%3\n**Friend Policy:** %4\n**Trade Cooldown Policy:** %5")
              .arg(privacyLabel(player.privacyPolicy), donationLabel(player.donationPolicy),
                   allowDenyLabel(player.mentionPolicy == MentionPolicy::Allow),
                   allowDenyLabel(player.friendPolicy == FriendPolicy::Allow),
                   tradeCooldownLabel(player.tradeCooldownPolicy));
    const QString stats
        = QStringLiteral("**%1 Owned:** %2\n**Coins:** %3")
              .arg(wording.collectiblesName.isEmpty()
                       ? QString()
                       : wording.collectiblesName.at(0).toUpper() + wording.collectiblesName.mid(1))
              .arg(*owned)
              .arg(player.coins);
    interactions::Embed embed;
    embed.title(QStringLiteral("**%1's %2 Info**").arg(user.displayName(), wording.botName))
        .color(blurple)
        .description(policies + QStringLiteral("\n\n") + stats)
        .footer(QStringLiteral("Keep collecting and trading to improve your stats!"));
    if (const QString avatar = avatarUrl(user); !avatar.isEmpty())
        embed.thumbnail(avatar);
    Message message;
    message.embed(std::move(embed));
    co_await context.reply(std::move(message), Visibility::Ephemeral);
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

} // namespace

PlayerCommands::PlayerCommands(PlayerWording wording, storage::Database &database)
    : m_wording(std::move(wording))
    , m_database(database)
{
}

QString PlayerCommands::databaseUnavailableMessage()
{
    return QStringLiteral("The database is unavailable right now, please try again in a moment.");
}

Result<void, interactions::CommandSpecError>
PlayerCommands::registerInto(interactions::CommandTree &tree) const
{
    auto shared = std::make_shared<const Shared>(Shared {m_wording, m_database});
    const auto policyCommand = [&shared](QString name, QString description, PolicyKind kind,
                                         OptionSpec option) {
        CommandSpec command = CommandSpec::subcommand(std::move(name), std::move(description));
        command.option(std::move(option))
            .ephemeral()
            .handler([shared, kind](InteractionContext &context) {
                return setPolicy(shared, kind, context);
            });
        return command;
    };
    const auto value = [](auto policy) {
        return static_cast<qint64>(policy);
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
        QStringLiteral("Set how you receive donated %1").arg(m_wording.collectiblesName),
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

    CommandSpec infoCommand = CommandSpec::subcommand(
        QStringLiteral("info"), QStringLiteral("Show your account settings and statistics"));
    infoCommand.ephemeral().handler(
        [shared](InteractionContext &context) { return info(shared, context); });

    CommandSpec player = CommandSpec::command(QStringLiteral("player"),
                                              QStringLiteral("Manage your account settings"));
    player.add(std::move(policy)).add(std::move(infoCommand));
    return tree.add(std::move(player));
}

} // namespace ballsdex::bot::features

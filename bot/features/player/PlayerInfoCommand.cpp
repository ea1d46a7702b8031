// SPDX-License-Identifier: MIT
#include "features/player/PlayerInfoCommand.h"

#include "domain/Policies.h"
#include "features/common/StorageReplies.h"
#include "features/player/PlayerServices.h"
#include "features/player/SocialTarget.h"
#include "storage/PlayerDataRepository.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using domain::DonationPolicy;
using domain::PrivacyPolicy;
using domain::TradeCooldownPolicy;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

constexpr quint32 blurple = 0x5865F2;

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

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString policiesText(const domain::Player &player)
{
    return QStringLiteral("**Privacy Policy:** %1\n**Donation Policy:** %2\n**Mention Policy:** "
                          "%3\n**Friend Policy:** %4\n**Trade Cooldown Policy:** %5")
        .arg(privacyLabel(player.privacyPolicy), donationLabel(player.donationPolicy),
             allowDenyLabel(player.mentionPolicy == domain::MentionPolicy::Allow),
             allowDenyLabel(player.friendPolicy == domain::FriendPolicy::Allow),
             tradeCooldownLabel(player.tradeCooldownPolicy));
}

QString statisticsText(const storage::PlayerSummary &summary, const domain::Player &player,
                       const PlayerWording &wording)
{
    const QString collectibles = capitalised(wording.collectiblesName);
    QStringList lines;
    lines << QStringLiteral("**Friends:** %1").arg(summary.friends)
          << QStringLiteral("**Blocked Users:** %1").arg(summary.blocked)
          << QStringLiteral("**Completion:** %1%")
                 .arg(QString::number(summary.completionPercent(), 'f', 1))
          << QStringLiteral("**%1 Owned:** %2").arg(collectibles).arg(summary.instances)
          << QStringLiteral("**Caught %1:** %2").arg(collectibles).arg(summary.selfCaught)
          << QStringLiteral("**Special %1:** %2").arg(collectibles).arg(summary.specials)
          << QStringLiteral("**Trades Completed:** %1").arg(summary.trades)
          << QStringLiteral("**Trade Partners:** %1").arg(summary.tradePartners)
          << QStringLiteral("**Coins:** %1").arg(player.coins);
    return lines.join(QLatin1Char('\n'));
}

QCoro::Task<void> info(std::shared_ptr<PlayerServices> services, InteractionContext &context)
{
    const auto found = co_await existingPlayer(services->database, context, context.userId());
    if (!found)
        co_return;
    if (!*found) {
        co_await context.reply(Message(QStringLiteral("You haven't got any info to show!")),
                               Visibility::Ephemeral);
        co_return;
    }
    const domain::Player &player = **found;
    storage::PlayerDataRepository data(services->database);
    auto summaryFuture = data.summary(player.id);
    const auto summary = co_await summaryFuture;
    if (!summary) {
        co_await apologise(context, summary.error());
        co_return;
    }

    const interactions::User &user = context.interaction().user;
    interactions::Embed embed;
    embed
        .title(
            QStringLiteral("**%1's %2 Info**").arg(user.displayName(), services->wording.botName))
        .color(blurple)
        .description(policiesText(player) + QStringLiteral("\n\n")
                     + statisticsText(*summary, player, services->wording))
        .footer(QStringLiteral("Keep collecting and trading to improve your stats!"));
    if (const QString avatar = SocialTarget::avatarUrl(user); !avatar.isEmpty())
        embed.thumbnail(avatar);
    co_await context.reply(Message().embed(std::move(embed)), Visibility::Ephemeral);
}

} // namespace

CommandSpec PlayerInfoCommand::command(std::shared_ptr<PlayerServices> services)
{
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("info"), QStringLiteral("Show your account settings and statistics"));
    command.ephemeral().handler(
        [services](InteractionContext &context) { return info(services, context); });
    return command;
}

} // namespace ballsdex::bot::features

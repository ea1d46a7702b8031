// SPDX-License-Identifier: MIT
#include "moderation/ModerationText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ballsdex::studio::moderationText {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModerationText", text);
}

QString banText(const std::optional<domain::BlacklistEntry> &ban)
{
    if (!ban)
        return tr("Blacklisted: no");
    QString text = tr("Blacklisted: <b>yes</b>");
    if (ban->date)
        text += tr(" since %1").arg(ban->date->toUTC().toString(Qt::ISODate));
    if (ban->moderatorId && *ban->moderatorId > 0)
        text += tr(" by %1").arg(*ban->moderatorId);
    text += QStringLiteral("<br>")
        + tr("Reason: %1")
              .arg(ban->reason ? ban->reason->toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                      QStringLiteral("<br>"))
                               : tr("(none)"));
    return text;
}

QString policyName(domain::DonationPolicy policy)
{
    switch (policy) {
    case domain::DonationPolicy::AlwaysAccept:
        return tr("always accept");
    case domain::DonationPolicy::RequestApproval:
        return tr("request approval");
    case domain::DonationPolicy::AlwaysDeny:
        return tr("always deny");
    case domain::DonationPolicy::FriendsOnly:
        return tr("friends only");
    }
    return {};
}

QString policyName(domain::PrivacyPolicy policy)
{
    switch (policy) {
    case domain::PrivacyPolicy::Public:
        return tr("public");
    case domain::PrivacyPolicy::Private:
        return tr("private");
    case domain::PrivacyPolicy::SameServer:
        return tr("same server");
    case domain::PrivacyPolicy::Friends:
        return tr("friends");
    }
    return {};
}

QString allowed(bool allow)
{
    return allow ? tr("allowed") : tr("denied");
}

} // namespace

QString playerSummary(const storage::PlayerSummary &summary)
{
    QString text = tr("<b>User %1</b>").arg(summary.discordId) + QStringLiteral("<br>");
    if (const auto &player = summary.player) {
        text += tr("Player #%1 — coins: %2").arg(player->id).arg(player->coins)
            + QStringLiteral("<br>")
            + tr("Donations: %1; privacy: %2; mentions: %3; friend requests: %4; trade "
                 "cooldown: %5")
                  .arg(policyName(player->donationPolicy), policyName(player->privacyPolicy),
                       allowed(player->mentionPolicy == domain::MentionPolicy::Allow),
                       allowed(player->friendPolicy == domain::FriendPolicy::Allow),
                       player->tradeCooldownPolicy == domain::TradeCooldownPolicy::Cooldown
                           ? tr("applies")
                           : tr("bypassed"))
            + QStringLiteral("<br>");
    } else {
        text += tr("This user has never played (no player row).") + QStringLiteral("<br>");
    }
    return text + banText(summary.ban);
}

QString guildSummary(const storage::GuildSummary &summary)
{
    QString text = tr("<b>Guild %1</b>").arg(summary.guildId) + QStringLiteral("<br>");
    if (const auto &config = summary.config) {
        text += tr("Spawn channel: %1; spawning: %2")
                    .arg(config->spawnChannel ? QString::number(*config->spawnChannel)
                                              : tr("not configured"),
                         config->enabled ? tr("enabled") : tr("disabled"))
            + QStringLiteral("<br>");
    } else {
        text += tr("The bot has no configuration for this guild.") + QStringLiteral("<br>");
    }
    return text + banText(summary.ban);
}

Result<domain::Snowflake, QString> parseDiscordId(const QString &text)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty())
        return fail(tr("Enter a Discord id (17 to 20 digits)."));
    const bool allDigits = std::ranges::all_of(
        digits, [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (!allDigits || digits.size() < 17 || digits.size() > 20)
        return fail(tr("“%1” is not a Discord id: a Discord id has 17 to 20 digits and nothing "
                       "else.")
                        .arg(digits.left(40)));
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok || value <= 0)
        return fail(tr("“%1” is not a Discord id: the number is too large.").arg(digits));
    return domain::Snowflake(value);
}

QString storageMessage(const storage::StorageError &error)
{
    using Kind = storage::StorageError::Kind;
    switch (error.kind) {
    case Kind::ConnectionLost:
    case Kind::Unavailable:
    case Kind::Timeout:
        return tr("The database cannot be reached. Nothing was changed; try again once it is "
                  "back.");
    case Kind::Conflict:
    case Kind::NotFound:
        return error.message;
    default:
        return tr("The database refused the request: %1").arg(error.message);
    }
}

QString reasonWithSignature(const QString &reason, const StudioIdentity &identity)
{
    return reason.trimmed() + QLatin1Char('\n')
        + tr("Done through BallsDex Studio by %1 (%2)")
              .arg(identity.displayName())
              .arg(identity.discordId);
}

QString withoutSignature(const QString &storedReason)
{
    const qsizetype lineStart = storedReason.lastIndexOf(QLatin1Char('\n'));
    if (lineStart < 0)
        return storedReason;
    const QString signature = tr("Done through BallsDex Studio by %1 (%2)");
    const QString lastLine = storedReason.mid(lineStart + 1);
    if (!lastLine.startsWith(signature.left(signature.indexOf(QLatin1Char('%')))))
        return storedReason;
    return storedReason.left(lineStart);
}

} // namespace ballsdex::studio::moderationText

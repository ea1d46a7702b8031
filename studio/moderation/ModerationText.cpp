// SPDX-License-Identifier: MIT
#include "moderation/ModerationText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ballsdex::studio::moderationText {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModerationText)
};

/// Stored in the database and read by the bot, so never translated.
QString signatureTemplate()
{
    return QStringLiteral("Done through BallsDex Studio by %1 (%2)");
}

QString banText(const std::optional<domain::BlacklistEntry> &ban)
{
    if (!ban)
        return Text::tr("Blacklisted: no");
    QString text = Text::tr("Blacklisted: <b>yes</b>");
    if (ban->date)
        text += Text::tr(" since %1").arg(ban->date->toUTC().toString(Qt::ISODate));
    if (ban->moderatorId && *ban->moderatorId > 0)
        text += Text::tr(" by %1").arg(*ban->moderatorId);
    text += QStringLiteral("<br>")
        + Text::tr("Reason: %1")
              .arg(ban->reason ? ban->reason->toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                      QStringLiteral("<br>"))
                               : Text::tr("(none)"));
    return text;
}

QString policyName(domain::DonationPolicy policy)
{
    switch (policy) {
    case domain::DonationPolicy::AlwaysAccept:
        return Text::tr("always accept");
    case domain::DonationPolicy::RequestApproval:
        return Text::tr("request approval");
    case domain::DonationPolicy::AlwaysDeny:
        return Text::tr("always deny");
    case domain::DonationPolicy::FriendsOnly:
        return Text::tr("friends only");
    }
    return {};
}

QString policyName(domain::PrivacyPolicy policy)
{
    switch (policy) {
    case domain::PrivacyPolicy::Public:
        return Text::tr("public");
    case domain::PrivacyPolicy::Private:
        return Text::tr("private");
    case domain::PrivacyPolicy::SameServer:
        return Text::tr("same server");
    case domain::PrivacyPolicy::Friends:
        return Text::tr("friends");
    }
    return {};
}

QString allowed(bool allow)
{
    return allow ? Text::tr("allowed") : Text::tr("denied");
}

} // namespace

QString playerSummary(const storage::PlayerSummary &summary)
{
    QString text = Text::tr("<b>User %1</b>").arg(summary.discordId) + QStringLiteral("<br>");
    if (const auto &player = summary.player) {
        text += Text::tr("Player #%1 — coins: %2").arg(player->id).arg(player->coins)
            + QStringLiteral("<br>")
            + Text::tr("Donations: %1; privacy: %2; mentions: %3; friend requests: %4; trade "
                       "cooldown: %5")
                  .arg(policyName(player->donationPolicy), policyName(player->privacyPolicy),
                       allowed(player->mentionPolicy == domain::MentionPolicy::Allow),
                       allowed(player->friendPolicy == domain::FriendPolicy::Allow),
                       player->tradeCooldownPolicy == domain::TradeCooldownPolicy::Cooldown
                           ? Text::tr("applies")
                           : Text::tr("bypassed"))
            + QStringLiteral("<br>");
    } else {
        text += Text::tr("This user has never played (no player row).") + QStringLiteral("<br>");
    }
    return text + banText(summary.ban);
}

QString guildSummary(const storage::GuildSummary &summary)
{
    QString text = Text::tr("<b>Guild %1</b>").arg(summary.guildId) + QStringLiteral("<br>");
    if (const auto &config = summary.config) {
        text += Text::tr("Spawn channel: %1; spawning: %2")
                    .arg(config->spawnChannel ? QString::number(*config->spawnChannel)
                                              : Text::tr("not configured"),
                         config->enabled ? Text::tr("enabled") : Text::tr("disabled"))
            + QStringLiteral("<br>");
    } else {
        text += Text::tr("The bot has no configuration for this guild.") + QStringLiteral("<br>");
    }
    return text + banText(summary.ban);
}

Result<domain::Snowflake, QString> parseDiscordId(const QString &text)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty())
        return fail(Text::tr("Enter a Discord id (17 to 20 digits)."));
    const bool allDigits = std::ranges::all_of(
        digits, [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (!allDigits || digits.size() < 17 || digits.size() > 20)
        return fail(
            Text::tr("“%1” is not a Discord id: a Discord id has 17 to 20 digits and nothing "
                     "else.")
                .arg(digits.left(40)));
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok || value <= 0)
        return fail(Text::tr("“%1” is not a Discord id: the number is too large.").arg(digits));
    return domain::Snowflake(value);
}

QString storageMessage(const storage::StorageError &error)
{
    using Kind = storage::StorageError::Kind;
    switch (error.kind) {
    case Kind::ConnectionLost:
    case Kind::Unavailable:
    case Kind::Timeout:
        return Text::tr("The database cannot be reached. Nothing was changed; try again once it is "
                        "back.");
    case Kind::Conflict:
    case Kind::NotFound:
        return error.message;
    default:
        return Text::tr("The database refused the request: %1").arg(error.message);
    }
}

QString reasonWithSignature(const QString &reason, const StudioIdentity &identity)
{
    return reason.trimmed() + QLatin1Char('\n')
        + signatureTemplate().arg(identity.displayName(), QString::number(identity.discordId));
}

QString withoutSignature(const QString &storedReason)
{
    const qsizetype lineStart = storedReason.lastIndexOf(QLatin1Char('\n'));
    if (lineStart < 0)
        return storedReason;
    const QString signature = signatureTemplate();
    const QString lastLine = storedReason.mid(lineStart + 1);
    if (!lastLine.startsWith(signature.left(signature.indexOf(QLatin1Char('%')))))
        return storedReason;
    return storedReason.left(lineStart);
}

} // namespace ballsdex::studio::moderationText

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ballsdex::features::countryballs {

/// View of the caches the spawn and catch flow consult (bot-features.md §2, §6); the one write is
/// dropping a spawn channel that no longer exists. Implemented over the bot's services; tests use
/// an in-memory fake. Called on the event-loop thread only.
class CountryballsWorld
{
public:
    virtual ~CountryballsWorld() = default;

    /// Balls whose `enabled` flag is set (the spawn pool).
    [[nodiscard]] virtual QList<domain::Ball> enabledBalls() const = 0;
    /// Every special; the roll filters the active ones itself.
    [[nodiscard]] virtual QList<domain::Special> specials() const = 0;
    /// The enabled spawn channel of a guild (spawn cache), nullopt when spawning is off there.
    [[nodiscard]] virtual std::optional<domain::Snowflake>
    spawnChannelFor(domain::Snowflake guildId) const = 0;
    [[nodiscard]] virtual bool isGuildBlacklisted(domain::Snowflake guildId) const = 0;
    [[nodiscard]] virtual bool isUserBlacklisted(domain::Snowflake userId) const = 0;
    /// Member count received at connection; 0 when unknown.
    [[nodiscard]] virtual int memberCount(domain::Snowflake guildId) const = 0;
    /// Absolute path of a media-relative file (a ball's wild card).
    [[nodiscard]] virtual QString mediaPath(const QString &relative) const = 0;
    /// @p channelId of @p guildId is gone (deleted or unknown to Discord): drop the guild from the
    /// spawn cache unless its channel changed meanwhile. The spawn service also stops using that
    /// channel on its own, so a world without a writable cache may keep this no-op.
    virtual void forgetSpawnChannel(domain::Snowflake /*guildId*/, domain::Snowflake /*channelId*/)
    {
    }
};

/// Wording and limits of the spawn and catch flow (config.yml `catch.*`, bot-features.md §5.2).
struct CountryballsSettings
{
    QString collectible = QStringLiteral("countryball");
    QString collectibles = QStringLiteral("countryballs");
    QString catchButtonLabel = QStringLiteral("Catch me!");
    QStringList spawnMessages {QStringLiteral("A wild {collectible} appeared!")};
    QStringList caughtMessages {QStringLiteral("{user} You caught **{ball}**!")};
    QStringList wrongMessages {QStringLiteral("{user} Wrong name! You wrote: {wrong}")};
    QStringList slowMessages {
        QStringLiteral("{user} Sorry, this {collectible} was caught already!")};
    QString blacklistMessage = QStringLiteral(
        "You are blacklisted from this bot. You can appeal this blacklist on the support server.");
    int maxAttackBonus = 20;
    int maxHealthBonus = 20;
    /// The catch button stops working this long after the spawn or the last accepted click.
    std::chrono::milliseconds viewTimeout {180000};
    /// Whether the gateway delivers message content (short-message penalty, §2.2).
    bool messageContentIntent = true;
    /// After a 403 on the spawn message, no spawn is attempted in that guild for this long
    /// (measured on Discord's message times).
    std::chrono::milliseconds forbiddenPause {std::chrono::minutes(10)};
};

} // namespace ballsdex::features::countryballs

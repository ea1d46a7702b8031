// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

namespace ballsdex::bench {

/// Recorded-style gateway frames, laid out as Discord sends them (compact, keys in Discord's order,
/// every field a real event carries). Deterministic: the same index gives the same bytes.
class GatewayPayloads final
{
public:
    /// About 1 KB: author, member, empty embeds/attachments/components, nonce, timestamps; every
    /// eighth message mentions a user (with its partial member), every sixteenth is from a bot.
    [[nodiscard]] static QByteArray messageCreate(qint64 sequence, int index);
    /// A slash command in a guild: member with user, data with a subcommand group, options of
    /// several types and resolved users/members/channels.
    [[nodiscard]] static QByteArray interactionCreate(qint64 sequence, int index);
    /// A full guild (1–5 KB): roles, text/voice/category channels, emojis, features, stickers.
    [[nodiscard]] static QByteArray guildCreate(qint64 sequence, int index);
    [[nodiscard]] static QByteArray ready(qint64 sequence, int guildCount);

    /// `count` frames of one kind with sequences 1..count.
    [[nodiscard]] static QList<QByteArray> messages(int count);
    [[nodiscard]] static QList<QByteArray> interactions(int count);
    [[nodiscard]] static QList<QByteArray> guilds(int count);

    [[nodiscard]] static qint64 guildId(int index);
};

} // namespace ballsdex::bench

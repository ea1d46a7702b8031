// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ballsdex::sandbox {

struct SandboxUser
{
    QString id;
    QString name;
    bool owner = false; ///< the guild owner (administrator)

    bool operator==(const SandboxUser &) const = default;
};

struct SandboxChannel
{
    QString id;
    QString name;

    bool operator==(const SandboxChannel &) const = default;
};

/// The seeded offline world: one guild with #general and #spawn, a few users and the bot.
/// Builds the Discord-shaped JSON the fakes send to the bot.
struct SandboxWorld
{
    QString guildId;
    QString guildName;
    QString applicationId; ///< also the bot user's id
    QString botName;
    QList<SandboxUser> users;
    QList<SandboxChannel> channels;

    [[nodiscard]] static SandboxWorld seeded();

    /// By name (case-insensitive, with or without '@'), id or mention (<@id>).
    [[nodiscard]] const SandboxUser *findUser(const QString &text) const;
    /// By name (with or without '#'), id or mention (<#id>).
    [[nodiscard]] const SandboxChannel *findChannel(const QString &text) const;
    [[nodiscard]] QString userName(const QString &userId) const;
    [[nodiscard]] QString channelName(const QString &channelId) const;

    [[nodiscard]] QString permissionsOf(const SandboxUser &user) const;
    [[nodiscard]] QJsonObject userJson(const SandboxUser &user) const;
    [[nodiscard]] QJsonObject botUserJson() const;
    /// A guild member; `withUser` false gives the partial form of `resolved.members`.
    [[nodiscard]] QJsonObject memberJson(const SandboxUser &user, bool withUser) const;
    [[nodiscard]] QJsonObject channelJson(const SandboxChannel &channel) const;
    [[nodiscard]] QJsonObject guildJson() const;
    [[nodiscard]] QJsonObject guildCreatePayload() const;
    /// MESSAGE_CREATE `d`; "@Name" words become mentions.
    [[nodiscard]] QJsonObject messageCreatePayload(const SandboxUser &author,
                                                   const SandboxChannel &channel,
                                                   const QString &messageId,
                                                   const QString &content) const;
    /// INTERACTION_CREATE `d` without `data` (and without `message`).
    [[nodiscard]] QJsonObject interactionPayload(const QString &id, const QString &token, int type,
                                                 const SandboxUser &user,
                                                 const SandboxChannel &channel) const;
};

} // namespace ballsdex::sandbox

// SPDX-License-Identifier: MIT
#pragma once

#include "Components.h"
#include "Embed.h"
#include "InteractionTransport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ballsdex::interactions {

/// allowed_mentions; the default (none()) pings nobody, which is what echoing user text needs.
struct AllowedMentions
{
    bool parseUsers = false;
    bool parseRoles = false;
    bool parseEveryone = false;
    QList<Snowflake> users;
    QList<Snowflake> roles;
    bool repliedUser = false;

    static AllowedMentions none() { return {}; }
    static AllowedMentions onlyUsers(QList<Snowflake> ids);
    [[nodiscard]] QJsonObject toJson() const;
};

/// A message body for callbacks, followups and edits. Unset parts are omitted, so an edit
/// built with only components() keeps the content and embeds. toJson() never exceeds a limit.
class Message final
{
public:
    Message() = default;
    explicit Message(QString content);

    Message &content(QString text);
    Message &embed(Embed embed);
    Message &embeds(QList<Embed> embeds);
    Message &components(QJsonArray rows);
    Message &row(const ActionRow &row);
    Message &file(FileUpload file);
    Message &allowedMentions(AllowedMentions mentions);
    Message &suppressEmbeds(bool value = true);

    [[nodiscard]] const std::optional<QString> &contentText() const { return m_content; }
    [[nodiscard]] const QList<Embed> &embedList() const { return m_embeds; }
    [[nodiscard]] const std::optional<QJsonArray> &componentRows() const { return m_components; }
    [[nodiscard]] const QList<FileUpload> &files() const { return m_files; }

    /// extraFlags is OR-ed into `flags` (the context adds EPHEMERAL).
    [[nodiscard]] QJsonObject toJson(int extraFlags = 0) const;

    static constexpr int EphemeralFlag = 1 << 6;
    static constexpr int SuppressEmbedsFlag = 1 << 2;

private:
    std::optional<QString> m_content;
    QList<Embed> m_embeds;
    std::optional<QJsonArray> m_components;
    QList<FileUpload> m_files;
    AllowedMentions m_mentions;
    bool m_embedsSet = false;
    bool m_suppressEmbeds = false;
};

} // namespace ballsdex::interactions

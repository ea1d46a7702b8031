// SPDX-License-Identifier: MIT
#include "Message.h"

#include "TextLimits.h"

namespace ballsdex::interactions {

AllowedMentions AllowedMentions::onlyUsers(QList<Snowflake> ids)
{
    AllowedMentions mentions;
    mentions.users = std::move(ids);
    return mentions;
}

QJsonObject AllowedMentions::toJson() const
{
    QJsonArray parse;
    // "parse: users" together with an explicit user list is a validation error.
    if (parseUsers && users.isEmpty()) {
        parse.append(QStringLiteral("users"));
    }
    if (parseRoles && roles.isEmpty()) {
        parse.append(QStringLiteral("roles"));
    }
    if (parseEveryone) {
        parse.append(QStringLiteral("everyone"));
    }
    QJsonObject json {{QStringLiteral("parse"), parse}};
    const auto ids = [](const QList<Snowflake> &list) {
        QJsonArray array;
        for (const Snowflake id : list.mid(0, 100)) {
            array.append(QString::number(id));
        }
        return array;
    };
    if (!users.isEmpty()) {
        json.insert(QStringLiteral("users"), ids(users));
    }
    if (!roles.isEmpty()) {
        json.insert(QStringLiteral("roles"), ids(roles));
    }
    if (repliedUser) {
        json.insert(QStringLiteral("replied_user"), true);
    }
    return json;
}

Message::Message(QString content)
    : m_content(std::move(content))
{
}

Message &Message::content(QString text)
{
    m_content = std::move(text);
    return *this;
}

Message &Message::embed(Embed embed)
{
    m_embeds.append(std::move(embed));
    m_embedsSet = true;
    return *this;
}

Message &Message::embeds(QList<Embed> embeds)
{
    m_embeds = std::move(embeds);
    m_embedsSet = true;
    return *this;
}

Message &Message::components(QJsonArray rows)
{
    m_components = std::move(rows);
    return *this;
}

Message &Message::row(const ActionRow &row)
{
    if (!m_components) {
        m_components = QJsonArray();
    }
    m_components->append(row.toJson());
    return *this;
}

Message &Message::file(FileUpload file)
{
    m_files.append(std::move(file));
    return *this;
}

Message &Message::allowedMentions(AllowedMentions mentions)
{
    m_mentions = std::move(mentions);
    return *this;
}

Message &Message::suppressEmbeds(bool value)
{
    m_suppressEmbeds = value;
    return *this;
}

QJsonObject Message::toJson(int extraFlags) const
{
    QJsonObject json;
    if (m_content) {
        json.insert(QStringLiteral("content"), truncated(*m_content, limits::Content));
    }
    if (m_embedsSet) {
        QJsonArray embeds;
        int budget = limits::EmbedTotal;
        for (const Embed &embed : m_embeds.mid(0, limits::Embeds)) {
            embeds.append(embed.toJson(budget));
        }
        json.insert(QStringLiteral("embeds"), embeds);
    }
    if (m_components) {
        QJsonArray rows;
        for (const QJsonValue &row : *m_components) {
            if (rows.size() >= limits::ActionRows) {
                break;
            }
            rows.append(row);
        }
        json.insert(QStringLiteral("components"), rows);
    }
    if (!m_files.isEmpty()) {
        QJsonArray attachments;
        for (qsizetype i = 0; i < m_files.size(); ++i) {
            QJsonObject attachment {{QStringLiteral("id"), static_cast<int>(i)},
                                    {QStringLiteral("filename"), m_files.at(i).filename}};
            if (!m_files.at(i).description.isEmpty()) {
                attachment.insert(QStringLiteral("description"), m_files.at(i).description);
            }
            attachments.append(attachment);
        }
        json.insert(QStringLiteral("attachments"), attachments);
    }
    json.insert(QStringLiteral("allowed_mentions"), m_mentions.toJson());
    const int flags = extraFlags | (m_suppressEmbeds ? SuppressEmbedsFlag : 0);
    if (flags != 0) {
        json.insert(QStringLiteral("flags"), flags);
    }
    return json;
}

} // namespace ballsdex::interactions

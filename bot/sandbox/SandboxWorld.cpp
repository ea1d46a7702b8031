// SPDX-License-Identifier: MIT
#include "SandboxWorld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace ballsdex::sandbox {

namespace {

// Every permission bit up to 1<<49; the owner's effective permissions.
const QString AllPermissions = QString::number((1ULL << 50) - 1);
// VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY,
// USE_EXTERNAL_EMOJIS, ADD_REACTIONS, USE_APPLICATION_COMMANDS.
const QString MemberPermissions
    = QString::number((1ULL << 10) | (1ULL << 11) | (1ULL << 14) | (1ULL << 15) | (1ULL << 16)
                      | (1ULL << 18) | (1ULL << 6) | (1ULL << 31));

QString stripped(QString text, QChar sigil)
{
    text = text.trimmed();
    if (text.startsWith(u'<') && text.endsWith(u'>')) {
        text = text.mid(1, text.size() - 2);
        if (text.startsWith(sigil))
            text.remove(0, 1);
        if (text.startsWith(u'!'))
            text.remove(0, 1);
        return text;
    }
    if (text.startsWith(sigil))
        text.remove(0, 1);
    return text;
}

} // namespace

SandboxWorld SandboxWorld::seeded()
{
    SandboxWorld world;
    world.guildId = QStringLiteral("1200000000000000001");
    world.guildName = QStringLiteral("Sandbox Guild");
    world.applicationId = QStringLiteral("100000000000000001");
    world.botName = QStringLiteral("BallsDex");
    world.channels = {{QStringLiteral("1200000000000000010"), QStringLiteral("general")},
                      {QStringLiteral("1200000000000000011"), QStringLiteral("spawn")}};
    world.users = {{QStringLiteral("1200000000000000101"), QStringLiteral("Alice"), true},
                   {QStringLiteral("1200000000000000102"), QStringLiteral("Bob"), false},
                   {QStringLiteral("1200000000000000103"), QStringLiteral("Charlie"), false},
                   {QStringLiteral("1200000000000000104"), QStringLiteral("Dana"), false}};
    return world;
}

const SandboxUser *SandboxWorld::findUser(const QString &text) const
{
    const QString key = stripped(text, u'@');
    for (const SandboxUser &user : users) {
        if (user.id == key || user.name.compare(key, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const SandboxChannel *SandboxWorld::findChannel(const QString &text) const
{
    const QString key = stripped(text, u'#');
    for (const SandboxChannel &channel : channels) {
        if (channel.id == key || channel.name.compare(key, Qt::CaseInsensitive) == 0)
            return &channel;
    }
    return nullptr;
}

QString SandboxWorld::userName(const QString &userId) const
{
    if (userId == applicationId)
        return botName;
    const SandboxUser *user = findUser(userId);
    return user ? user->name : userId;
}

QString SandboxWorld::channelName(const QString &channelId) const
{
    const SandboxChannel *channel = findChannel(channelId);
    return channel ? channel->name : channelId;
}

QString SandboxWorld::permissionsOf(const SandboxUser &user) const
{
    return user.owner ? AllPermissions : MemberPermissions;
}

QJsonObject SandboxWorld::userJson(const SandboxUser &user) const
{
    return QJsonObject {{QStringLiteral("id"), user.id},
                        {QStringLiteral("username"), user.name.toLower()},
                        {QStringLiteral("global_name"), user.name},
                        {QStringLiteral("discriminator"), QStringLiteral("0")},
                        {QStringLiteral("avatar"), QJsonValue::Null},
                        {QStringLiteral("bot"), false}};
}

QJsonObject SandboxWorld::botUserJson() const
{
    return QJsonObject {{QStringLiteral("id"), applicationId},
                        {QStringLiteral("username"), botName},
                        {QStringLiteral("global_name"), QJsonValue::Null},
                        {QStringLiteral("discriminator"), QStringLiteral("0")},
                        {QStringLiteral("avatar"), QJsonValue::Null},
                        {QStringLiteral("bot"), true}};
}

QJsonObject SandboxWorld::memberJson(const SandboxUser &user, bool withUser) const
{
    QJsonObject member {
        {QStringLiteral("roles"), QJsonArray()},
        {QStringLiteral("nick"), QJsonValue::Null},
        {QStringLiteral("joined_at"), QStringLiteral("2024-01-01T00:00:00.000000+00:00")},
        {QStringLiteral("deaf"), false},
        {QStringLiteral("mute"), false},
        {QStringLiteral("flags"), 0},
        {QStringLiteral("pending"), false},
        {QStringLiteral("permissions"), permissionsOf(user)}};
    if (withUser)
        member.insert(QStringLiteral("user"), userJson(user));
    return member;
}

QJsonObject SandboxWorld::channelJson(const SandboxChannel &channel) const
{
    return QJsonObject {{QStringLiteral("id"), channel.id},
                        {QStringLiteral("type"), 0},
                        {QStringLiteral("guild_id"), guildId},
                        {QStringLiteral("name"), channel.name},
                        {QStringLiteral("position"), int(channels.indexOf(channel))},
                        {QStringLiteral("permission_overwrites"), QJsonArray()},
                        {QStringLiteral("nsfw"), false},
                        {QStringLiteral("parent_id"), QJsonValue::Null}};
}

QJsonObject SandboxWorld::guildJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), guildId},
        {QStringLiteral("name"), guildName},
        {QStringLiteral("icon"), QJsonValue::Null},
        {QStringLiteral("owner_id"), users.isEmpty() ? QString() : users.first().id},
        {QStringLiteral("preferred_locale"), QStringLiteral("en-US")},
        {QStringLiteral("features"), QJsonArray()},
        {QStringLiteral("roles"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), guildId},
                                  {QStringLiteral("name"), QStringLiteral("@everyone")},
                                  {QStringLiteral("permissions"), MemberPermissions},
                                  {QStringLiteral("position"), 0}}}}};
}

QJsonObject SandboxWorld::guildCreatePayload() const
{
    QJsonObject d = guildJson();
    QJsonArray channelArray;
    for (const SandboxChannel &channel : channels)
        channelArray.append(channelJson(channel));
    QJsonArray members;
    for (const SandboxUser &user : users)
        members.append(memberJson(user, true));
    QJsonObject bot = memberJson(SandboxUser {applicationId, botName, false}, false);
    bot.insert(QStringLiteral("user"), botUserJson());
    members.append(bot);
    d.insert(QStringLiteral("unavailable"), false);
    d.insert(QStringLiteral("large"), false);
    d.insert(QStringLiteral("member_count"), int(members.size()));
    d.insert(QStringLiteral("joined_at"), QStringLiteral("2024-01-01T00:00:00.000000+00:00"));
    d.insert(QStringLiteral("channels"), channelArray);
    d.insert(QStringLiteral("members"), members);
    d.insert(QStringLiteral("threads"), QJsonArray());
    d.insert(QStringLiteral("presences"), QJsonArray());
    d.insert(QStringLiteral("voice_states"), QJsonArray());
    d.insert(QStringLiteral("emojis"), QJsonArray());
    d.insert(QStringLiteral("stickers"), QJsonArray());
    return d;
}

QJsonObject SandboxWorld::messageCreatePayload(const SandboxUser &author,
                                               const SandboxChannel &channel,
                                               const QString &messageId,
                                               const QString &content) const
{
    static const QRegularExpression mentionWord(QStringLiteral("(^|\\s)@(\\w+)"));
    QString text = content;
    QJsonArray mentions;
    qsizetype offset = 0;
    auto it = mentionWord.globalMatch(content);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(2);
        QString id;
        QJsonObject mentioned;
        if (name.compare(botName, Qt::CaseInsensitive) == 0) {
            id = applicationId;
            mentioned = botUserJson();
        } else if (const SandboxUser *user = findUser(name)) {
            id = user->id;
            mentioned = userJson(*user);
            mentioned.insert(QStringLiteral("member"), memberJson(*user, false));
        } else {
            continue;
        }
        const QString replacement = QStringLiteral("<@") + id + u'>';
        const qsizetype start = match.capturedStart(2) - 1 + offset;
        text.replace(start, name.size() + 1, replacement);
        offset += replacement.size() - (name.size() + 1);
        mentions.append(mentioned);
    }
    return QJsonObject {
        {QStringLiteral("id"), messageId},
        {QStringLiteral("channel_id"), channel.id},
        {QStringLiteral("guild_id"), guildId},
        {QStringLiteral("author"), userJson(author)},
        {QStringLiteral("member"), memberJson(author, false)},
        {QStringLiteral("content"), text},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("edited_timestamp"), QJsonValue::Null},
        {QStringLiteral("tts"), false},
        {QStringLiteral("mention_everyone"), false},
        {QStringLiteral("mentions"), mentions},
        {QStringLiteral("mention_roles"), QJsonArray()},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("embeds"), QJsonArray()},
        {QStringLiteral("components"), QJsonArray()},
        {QStringLiteral("pinned"), false},
        {QStringLiteral("type"), 0},
        {QStringLiteral("flags"), 0},
        {QStringLiteral("channel_type"), 0}};
}

QJsonObject SandboxWorld::interactionPayload(const QString &id, const QString &token, int type,
                                             const SandboxUser &user,
                                             const SandboxChannel &channel) const
{
    QJsonObject channelObject = channelJson(channel);
    channelObject.insert(QStringLiteral("permissions"), permissionsOf(user));
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("application_id"), applicationId},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("token"), token},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("guild_id"), guildId},
                        {QStringLiteral("guild"),
                         QJsonObject {{QStringLiteral("id"), guildId},
                                      {QStringLiteral("locale"), QStringLiteral("en-US")},
                                      {QStringLiteral("features"), QJsonArray()}}},
                        {QStringLiteral("channel_id"), channel.id},
                        {QStringLiteral("channel"), channelObject},
                        {QStringLiteral("member"), memberJson(user, true)},
                        {QStringLiteral("app_permissions"), AllPermissions},
                        {QStringLiteral("locale"), QStringLiteral("en-US")},
                        {QStringLiteral("guild_locale"), QStringLiteral("en-US")},
                        {QStringLiteral("entitlements"), QJsonArray()},
                        {QStringLiteral("authorizing_integration_owners"),
                         QJsonObject {{QStringLiteral("0"), guildId}}},
                        {QStringLiteral("context"), 0},
                        {QStringLiteral("attachment_size_limit"), 10 * 1024 * 1024}};
}

} // namespace ballsdex::sandbox

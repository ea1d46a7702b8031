// SPDX-License-Identifier: MIT
#include "GatewayPayloads.h"

#include <array>

namespace ballsdex::bench {

namespace {

constexpr qint64 DiscordEpochMs = 1420070400000LL;
constexpr qint64 RecordedAtMs = 1714566896789LL; // 2024-05-01T12:34:56.789Z

qint64 snowflake(qint64 msSinceUnixEpoch, int sequence)
{
    return ((msSinceUnixEpoch - DiscordEpochMs) << 22) | (sequence & 0xFFF);
}

// Deterministic 64-bit mix (splitmix64) so that every index has its own ids and sizes.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

QByteArray id(qint64 value)
{
    return '"' + QByteArray::number(value) + '"';
}

QByteArray hash32(quint64 seed)
{
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out(32, '0');
    for (int i = 0; i < 32; ++i) {
        if (i % 16 == 0)
            seed = mix(seed + quint64(i));
        out[i] = hex[(seed >> ((i % 16) * 4)) & 0xF];
    }
    return out;
}

constexpr std::array<const char *, 8> Words {"ball",  "catch",  "trade", "france",
                                             "polan", "rarity", "shiny", "guys"};
constexpr std::array<const char *, 6> Names {"baguette", "pierogi", "kiwi_enjoyer",
                                             "tea.time", "samba",   "fjord"};

QByteArray sentence(quint64 seed, int words)
{
    QByteArray out;
    for (int i = 0; i < words; ++i) {
        if (i != 0)
            out += ' ';
        out += Words[mix(seed + quint64(i)) % Words.size()];
    }
    return out;
}

QByteArray user(qint64 userId, quint64 seed, bool bot)
{
    const QByteArray name = Names[seed % Names.size()];
    QByteArray out = R"({"username":")" + name + R"(","public_flags":)"
        + QByteArray::number(int(seed % 3) * 64) + R"(,"id":)" + id(userId) + R"(,"global_name":")"
        + name.toUpper() + R"(","discriminator":"0","clan":null,)"
        + R"("avatar_decoration_data":null,"avatar":")" + hash32(seed) + '"';
    if (bot)
        out += R"(,"bot":true)";
    return out + '}';
}

QByteArray memberWithoutUser(qint64 roleA, qint64 roleB)
{
    return R"({"roles":[)" + id(roleA) + ',' + id(roleB)
        + R"(],"premium_since":null,"pending":false,"nick":null,"mute":false,)"
          R"("joined_at":"2023-11-02T18:20:11.123000+00:00","flags":0,"deaf":false,)"
          R"("communication_disabled_until":null,"banner":null,"avatar":null})";
}

QByteArray envelope(const char *name, qint64 sequence, const QByteArray &d)
{
    return R"({"t":")" + QByteArray(name) + R"(","s":)" + QByteArray::number(sequence)
        + R"(,"op":0,"d":)" + d + '}';
}

} // namespace

qint64 GatewayPayloads::guildId(int index)
{
    return snowflake(1600000000000LL + qint64(index) * 7919, index);
}

QByteArray GatewayPayloads::messageCreate(qint64 sequence, int index)
{
    const quint64 seed = mix(quint64(index));
    const qint64 guild = guildId(int(seed % 10000));
    const qint64 channel = guild + 1 + qint64(seed % 7);
    const qint64 author = snowflake(1500000000000LL, int(seed % 4096)) + qint64(seed % 100000);
    const qint64 messageId = snowflake(RecordedAtMs + index, index);
    const bool fromBot = index % 16 == 15;
    const bool mentions = index % 8 == 3;

    QByteArray d;
    d.reserve(1400);
    d += R"({"type":0,"tts":false,"timestamp":"2024-05-01T12:34:56.789000+00:00",)"
         R"("referenced_message":null,"pinned":false,"nonce":)"
        + id(messageId - 1000) + R"(,"mentions":[)";
    if (mentions) {
        const qint64 other = author + 17;
        QByteArray mentioned = user(other, seed + 1, false);
        mentioned.chop(1);
        d += mentioned + R"(,"member":)" + memberWithoutUser(guild + 11, guild + 12) + '}';
    }
    d += R"(],"mention_roles":[],"mention_everyone":false,"member":)"
        + memberWithoutUser(guild + 11, guild + 13) + R"(,"id":)" + id(messageId)
        + R"(,"flags":0,"embeds":[],"edited_timestamp":null,"content":")"
        + sentence(seed, 4 + int(seed % 12)) + R"(","components":[],"channel_type":0,"channel_id":)"
        + id(channel) + R"(,"author":)" + user(author, seed, fromBot)
        + R"(,"attachments":[],"guild_id":)" + id(guild) + '}';
    return envelope("MESSAGE_CREATE", sequence, d);
}

QByteArray GatewayPayloads::interactionCreate(qint64 sequence, int index)
{
    const quint64 seed = mix(quint64(index) + 77);
    const qint64 guild = guildId(int(seed % 10000));
    const qint64 channel = guild + 1;
    const qint64 invoker = snowflake(1500000000000LL, int(seed % 4096));
    const qint64 target = invoker + 99;
    const qint64 interactionId = snowflake(RecordedAtMs + index, index);

    QByteArray d;
    d.reserve(2600);
    d += R"({"version":1,"type":2,"token":"aW50ZXJhY3Rpb246)" + hash32(seed) + hash32(seed + 1)
        + hash32(seed + 2) + R"(","member":{"user":)" + user(invoker, seed, false)
        + R"(,"unusual_dm_activity_until":null,"roles":[)" + id(guild + 11)
        + R"(],"premium_since":null,"permissions":"2251799813685247","pending":false,)"
          R"("nick":null,"mute":false,"joined_at":"2023-11-02T18:20:11.123000+00:00",)"
          R"("flags":0,"deaf":false,"communication_disabled_until":null,"banner":null,)"
          R"("avatar":null},"locale":"en-US","id":)"
        + id(interactionId) + R"(,"guild_locale":"en-US","guild_id":)" + id(guild)
        + R"(,"guild":{"locale":"en-US","id":)" + id(guild)
        + R"(,"features":["COMMUNITY","NEWS"]},"entitlements":[],"entitlement_sku_ids":[],)"
          R"("data":{"type":1,"options":[{"type":2,"options":[{"type":1,"options":[)"
          R"({"value":)"
        + id(target)
        + R"(,"type":6,"name":"user"},{"value":"France","type":3,"name":"countryball"},)"
          R"({"value":)"
        + QByteArray::number(1 + int(seed % 100))
        + R"(,"type":4,"name":"n"},)"
          R"({"value":)"
        + id(channel)
        + R"(,"type":7,"name":"channel"},{"value":true,"type":5,"name":"silent"}],)"
          R"("name":"give"}],"name":"balls"}],"name":"admin",)"
          R"("resolved":{"users":{)"
        + id(target) + ':' + user(target, seed + 5, false) + R"(},"members":{)" + id(target)
        + R"(:{"roles":[],"premium_since":null,"permissions":"1024","pending":false,"nick":"spam",)"
          R"("joined_at":"2024-01-09T08:00:00.000000+00:00","flags":0,)"
          R"("communication_disabled_until":null,"avatar":null}},"channels":{)"
        + id(channel)
        + R"(:{"type":0,"topic":null,"rate_limit_per_user":0,"position":3,)"
          R"("permissions":"2251799813685247","parent_id":)"
        + id(guild + 2) + R"(,"nsfw":false,"name":"spawn","last_message_id":null,"id":)"
        + id(channel) + R"(,"guild_id":)" + id(guild)
        + R"(,"flags":0}}},"id":"1600000000000000001","guild_id":)" + id(guild)
        + R"(},"context":0,"channel_id":)" + id(channel)
        + R"(,"channel":{"type":0,"topic":null,"rate_limit_per_user":0,"position":3,)"
          R"("permissions":"2251799813685247","parent_id":)"
        + id(guild + 2) + R"(,"nsfw":false,"name":"spawn","last_message_id":null,"id":)"
        + id(channel) + R"(,"guild_id":)" + id(guild)
        + R"(,"flags":0},"authorizing_integration_owners":{"0":)" + id(guild)
        + R"(},"app_permissions":"562949953421311","application_id":"1100000000000000001"})";
    return envelope("INTERACTION_CREATE", sequence, d);
}

QByteArray GatewayPayloads::guildCreate(qint64 sequence, int index)
{
    const quint64 seed = mix(quint64(index) + 4242);
    const qint64 guild = guildId(index);
    const int roles = 2 + int(seed % 9);
    const int channels = 3 + int((seed >> 8) % 14);
    const int emojis = int((seed >> 16) % 8);
    const qint64 members = 3 + qint64((seed >> 24) % 5000);

    QByteArray d;
    d.reserve(6000);
    d += R"({"version":1714566896000,"verification_level":1,"threads":[],"system_channel_id":)"
        + id(guild + 1)
        + R"(,"stickers":[],"stage_instances":[],"splash":null,)"
          R"("soundboard_sounds":[],"safety_alerts_channel_id":null,"roles":[)";
    for (int r = 0; r < roles; ++r) {
        if (r != 0)
            d += ',';
        const qint64 roleId = r == 0 ? guild : guild + 10 + r;
        d += R"({"version":1714566896000,"unicode_emoji":null,"tags":{},"position":)"
            + QByteArray::number(r) + R"(,"permissions":")"
            + QByteArray::number(r == 0 ? 2248473465835073LL : 1071698660929LL) + R"(","name":")"
            + (r == 0 ? QByteArray("@everyone") : sentence(seed + r, 1))
            + R"(","mentionable":false,"managed":false,"id":)" + id(roleId)
            + R"(,"icon":null,"hoist":false,"flags":0,"color":)"
            + QByteArray::number(int(mix(seed + r) % 16777216)) + '}';
    }
    d += R"(],"rules_channel_id":null,"region":"deprecated","public_updates_channel_id":null,)"
         R"("premium_tier":0,"premium_subscription_count":0,"premium_progress_bar_enabled":false,)"
         R"("presences":[],"preferred_locale":"en-US","owner_id":)"
        + id(guild + 500) + R"(,"nsfw_level":0,"nsfw":false,"name":")" + sentence(seed, 2)
        + R"(","mfa_level":0,"members":[{"user":)" + user(1100000000000000001LL, seed, true)
        + R"(,"roles":[],"premium_since":null,"pending":false,"nick":null,"mute":false,)"
          R"("joined_at":"2024-05-01T12:34:56.789000+00:00","flags":0,"deaf":false,)"
          R"("communication_disabled_until":null,"banner":null,"avatar":null}],"member_count":)"
        + QByteArray::number(members)
        + R"(,"max_video_channel_users":25,"max_stage_video_channel_users":50,)"
          R"("max_members":500000,"latest_onboarding_question_id":null,"large":)"
        + QByteArray(members > 250 ? "true" : "false")
        + R"(,"joined_at":"2024-05-01T12:34:56.789000+00:00","incidents_data":null,"id":)"
        + id(guild) + R"(,"icon":")" + hash32(seed)
        + R"(","hub_type":null,"home_header":null,"guild_scheduled_events":[],)"
          R"("features":["COMMUNITY","NEWS","INVITE_SPLASH"],"explicit_content_filter":2,)"
          R"("emojis":[)";
    for (int e = 0; e < emojis; ++e) {
        if (e != 0)
            d += ',';
        d += R"({"roles":[],"require_colons":true,"name":"ball_)" + QByteArray::number(e)
            + R"(","managed":false,"id":)" + id(guild + 1000 + e)
            + R"(,"available":true,"animated":false})";
    }
    d += R"(],"discovery_splash":null,"description":null,"default_message_notifications":1,)"
         R"("channels":[)";
    for (int c = 0; c < channels; ++c) {
        if (c != 0)
            d += ',';
        const bool category = c == 0;
        const bool voice = !category && c % 5 == 4;
        d += R"({"version":1714566896000,"type":)"
            + QByteArray::number(category    ? 4
                                     : voice ? 2
                                             : 0)
            + R"(,"position":)" + QByteArray::number(c)
            + R"(,"permission_overwrites":[{"type":0,"id":)" + id(guild)
            + R"(,"deny":"0","allow":"1024"}],"name":")" + sentence(seed + 31 * c, 1 + c % 2)
            + R"(","id":)" + id(guild + 100 + c) + R"(,"flags":0)";
        if (!category)
            d += R"(,"parent_id":)" + id(guild + 100);
        if (voice)
            d += R"(,"user_limit":0,"rtc_region":null,"bitrate":64000)";
        else if (!category)
            d += R"(,"topic":null,"rate_limit_per_user":0,"nsfw":false,"last_message_id":)"
                + id(guild + 9000 + c);
        d += '}';
    }
    d += R"(],"banner":null,"application_id":null,"afk_timeout":300,"afk_channel_id":null})";
    return envelope("GUILD_CREATE", sequence, d);
}

QByteArray GatewayPayloads::ready(qint64 sequence, int guildCount)
{
    QByteArray d
        = R"({"v":10,"user":{"username":"BallsDex","id":"1100000000000000001","bot":true},)"
          R"("session_type":"normal","session_id":"0123456789abcdef0123456789abcdef",)"
          R"("resume_gateway_url":"wss://gateway-resume.example.invalid","shard":[0,1],)"
          R"("application":{"id":"1100000000000000001","flags":0},"guilds":[)";
    for (int g = 0; g < guildCount; ++g) {
        if (g != 0)
            d += ',';
        d += R"({"unavailable":true,"id":)" + id(guildId(g)) + '}';
    }
    d += "]}";
    return envelope("READY", sequence, d);
}

QList<QByteArray> GatewayPayloads::messages(int count)
{
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(messageCreate(i + 1, i));
    return out;
}

QList<QByteArray> GatewayPayloads::interactions(int count)
{
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(interactionCreate(i + 1, i));
    return out;
}

QList<QByteArray> GatewayPayloads::guilds(int count)
{
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(guildCreate(i + 1, i));
    return out;
}

} // namespace ballsdex::bench

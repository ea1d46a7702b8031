// SPDX-License-Identifier: MIT
#include "IdentifyValidation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ballsdex::fakediscord {

namespace {

constexpr std::uint64_t PrivilegedIntents = (1u << 1) | (1u << 8) | (1u << 15);
constexpr std::uint64_t KnownIntents = 0x1FFFFu | (1u << 20) | (1u << 21) | (1u << 24) | (1u << 25);

IdentifyCheck refuse(int code, const char *reason)
{
    IdentifyCheck check;
    check.closeCode = code;
    check.reason = QString::fromLatin1(reason);
    return check;
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && double(value.toInteger()) == value.toDouble();
}

} // namespace

IdentifyCheck validateIdentify(const QJsonValue &dValue, const IdentifyRules &rules)
{
    if (!dValue.isObject())
        return refuse(4002, "IDENTIFY d is not an object");
    const QJsonObject d = dValue.toObject();

    const QJsonValue token = d.value(QLatin1String("token"));
    if (!token.isString())
        return refuse(4001, "IDENTIFY without a token");
    if (token.toString() != rules.token)
        return refuse(4004, "Authentication failed.");

    const QJsonValue properties = d.value(QLatin1String("properties"));
    if (!properties.isObject())
        return refuse(4001, "IDENTIFY without properties");
    for (const char *key : {"os", "browser", "device"}) {
        if (!properties.toObject().value(QLatin1String(key)).isString())
            return refuse(4001, "IDENTIFY properties need os, browser and device");
    }

    const QJsonValue intents = d.value(QLatin1String("intents"));
    if (!isInteger(intents) || intents.toInteger() < 0)
        return refuse(4013, "Invalid intent(s).");
    const auto bits = static_cast<std::uint64_t>(intents.toInteger());
    if ((bits & ~KnownIntents) != 0)
        return refuse(4013, "Invalid intent(s).");
    if ((bits & PrivilegedIntents & ~rules.privilegedIntentsAllowed) != 0)
        return refuse(4014, "Disallowed intent(s).");

    const QJsonValue threshold = d.value(QLatin1String("large_threshold"));
    if (!threshold.isUndefined()
        && (!isInteger(threshold) || threshold.toInt() < 50 || threshold.toInt() > 250))
        return refuse(4001, "large_threshold must be 50-250");
    const QJsonValue compress = d.value(QLatin1String("compress"));
    if (!compress.isUndefined() && !compress.isBool())
        return refuse(4001, "compress must be a boolean");

    IdentifyCheck check;
    check.intents = bits;
    const QJsonValue shard = d.value(QLatin1String("shard"));
    if (!shard.isUndefined()) {
        const QJsonArray pair = shard.toArray();
        if (!shard.isArray() || pair.size() != 2 || !isInteger(pair.at(0))
            || !isInteger(pair.at(1)))
            return refuse(4010, "Invalid shard.");
        check.shardId = pair.at(0).toInt();
        check.shardCount = pair.at(1).toInt();
        if (check.shardCount < 1 || check.shardId < 0 || check.shardId >= check.shardCount)
            return refuse(4010, "Invalid shard.");
    }
    if (check.shardCount < rules.requiredShardCount)
        return refuse(4011, "Sharding required.");
    return check;
}

} // namespace ballsdex::fakediscord

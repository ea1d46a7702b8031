// SPDX-License-Identifier: MIT
#include "CloseCode.h"

namespace ballsdex::gateway {

CloseAction closeCodeAction(int code)
{
    switch (code) {
    case 4003: // not authenticated
    case 4005: // already authenticated
    case 4007: // invalid seq
    case 4009: // session timed out
        return CloseAction::Reidentify;
    case 4004: // authentication failed
    case 4010: // invalid shard
    case 4011: // sharding required
    case 4012: // invalid API version
    case 4013: // invalid intents
    case 4014: // disallowed intents
        return CloseAction::Fatal;
    default:
        return CloseAction::Resume;
    }
}

QString closeCodeDescription(int code)
{
    switch (code) {
    case 1000:
        return QStringLiteral("normal closure");
    case 1001:
        return QStringLiteral("going away");
    case 1006:
        return QStringLiteral("connection lost without a close frame");
    case 1009:
        return QStringLiteral("message too big");
    case 4000:
        return QStringLiteral("unknown error");
    case 4001:
        return QStringLiteral("unknown opcode or invalid payload");
    case 4002:
        return QStringLiteral("decode error");
    case 4003:
        return QStringLiteral("not authenticated");
    case 4004:
        return QStringLiteral("authentication failed");
    case 4005:
        return QStringLiteral("already authenticated");
    case 4007:
        return QStringLiteral("invalid sequence on resume");
    case 4008:
        return QStringLiteral("rate limited");
    case 4009:
        return QStringLiteral("session timed out");
    case 4010:
        return QStringLiteral("invalid shard");
    case 4011:
        return QStringLiteral("sharding required");
    case 4012:
        return QStringLiteral("invalid API version");
    case 4013:
        return QStringLiteral("invalid intents");
    case 4014:
        return QStringLiteral("disallowed intents");
    default:
        return QStringLiteral("close code %1").arg(code);
    }
}

QString closeCodeHint(int code)
{
    switch (code) {
    case 4004:
        return QStringLiteral("the bot token was rejected; check the configured token");
    case 4010:
        return QStringLiteral("the shard id or shard count is invalid; check the shard settings");
    case 4011:
        return QStringLiteral(
            "the bot needs more shards; use automatic sharding or raise the shard count");
    case 4012:
        return QStringLiteral("the gateway API version is not supported");
    case 4013:
        return QStringLiteral("the configured intents bitmask is invalid");
    case 4014:
        return QStringLiteral("a privileged intent is not enabled for this application in the "
                              "Developer Portal (message content, members or presences)");
    default:
        return {};
    }
}

} // namespace ballsdex::gateway

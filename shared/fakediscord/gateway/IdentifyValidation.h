// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

#include <cstdint>

namespace ballsdex::fakediscord {

/// What the fake accepts in IDENTIFY (discord-protocol.md §1.9, §1.13, §1.16).
struct IdentifyRules
{
    QString token;
    std::uint64_t privilegedIntentsAllowed
        = 0; ///< subset of GUILD_MEMBERS|PRESENCES|MESSAGE_CONTENT
    int requiredShardCount = 1; ///< fewer shards close with 4011
};

/// The outcome: closeCode 0 = accepted.
struct IdentifyCheck
{
    int closeCode = 0;
    QString reason;
    int shardId = 0;
    int shardCount = 1;
    std::uint64_t intents = 0;
};

[[nodiscard]] IdentifyCheck validateIdentify(const QJsonValue &d, const IdentifyRules &rules);

} // namespace ballsdex::fakediscord

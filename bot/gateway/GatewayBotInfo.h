// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <optional>

namespace ballsdex::gateway {

/// The body of GET /gateway/bot (discord-protocol.md §1.1).
struct GatewayBotInfo
{
    QUrl url;
    int shards = 1;
    int sessionStartTotal = 0;
    int sessionStartRemaining = 0;
    qint64 sessionStartResetAfterMs = 0;
    int maxConcurrency = 1;
};

[[nodiscard]] Result<GatewayBotInfo, QString> parseGatewayBot(QByteArrayView json);

/// Why starting `shardsToStart` sessions must not be attempted (DPP's guards), or nullopt.
[[nodiscard]] std::optional<QString> startupGuardFailure(const GatewayBotInfo &info,
                                                         int shardsToStart);

} // namespace ballsdex::gateway

// SPDX-License-Identifier: MIT
#pragma once

#include "FakeGateway.h"
#include "ZlibStreamDeflater.h"

#include <QPointer>
#include <QWebSocket>

#include <deque>

namespace ballsdex::fakediscord {

struct FakeGateway::Connection
{
    int index = -1;
    QPointer<QWebSocket> socket;
    std::unique_ptr<ZlibStreamDeflater> deflater; ///< set when the client asked for zlib-stream
    std::deque<qint64> receivedAt; ///< for the send limit
    QString sessionId;
    int shardId = -1;
    bool authenticated = false;
    bool closing = false;
    bool closeFrameSeen = false;
};

struct FakeGateway::Session
{
    QString id;
    int shardId = 0;
    int shardCount = 1;
    std::uint64_t intents = 0;
    qint64 seq = 0;
    QList<std::pair<qint64, QByteArray>> history; ///< every dispatch sent in the session, by seq
    int connection = -1; ///< -1 while detached
    bool valid = true;
};

} // namespace ballsdex::fakediscord

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "interactions/Message.h"

#include <QCoroTask>

namespace ballsdex::bot::features {

enum class DirectMessageResult {
    Sent,
    Closed, ///< the user does not accept direct messages from the bot
    TooLarge, ///< Discord refused the attachments' size
    Failed, ///< anything else (network, Discord down); already logged
};

/// Sends a private message to a user (a seam: the REST implementation in production, a fake in
/// tests).
class DirectMessages
{
public:
    virtual ~DirectMessages() = default;
    virtual QCoro::Task<DirectMessageResult> send(domain::Snowflake userId,
                                                  interactions::Message message)
        = 0;
};

} // namespace ballsdex::bot::features

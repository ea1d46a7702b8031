// SPDX-License-Identifier: MIT
#pragma once

#include "features/player/DirectMessages.h"

namespace ballsdex::discord {
class DiscordApi;
struct RestError;
} // namespace ballsdex::discord

namespace ballsdex::bot::features {

/// DirectMessages over the REST API: opens (or reuses) the DM channel, then posts the message
/// with its files. The API must outlive this object.
class RestDirectMessages final : public DirectMessages
{
public:
    explicit RestDirectMessages(discord::DiscordApi &api);

    QCoro::Task<DirectMessageResult> send(domain::Snowflake userId,
                                          interactions::Message message) override;

    /// How a failed DM call reads for the caller (50007: DMs closed; 413 / 40005: too large).
    [[nodiscard]] static DirectMessageResult classify(const discord::RestError &error);

private:
    discord::DiscordApi &m_api;
};

} // namespace ballsdex::bot::features

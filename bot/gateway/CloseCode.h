// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ballsdex::gateway {

/// Discord gateway close codes (discord-protocol.md §1.13).
enum class CloseCode : int {
    UnknownError = 4000,
    UnknownOpcode = 4001,
    DecodeError = 4002,
    NotAuthenticated = 4003,
    AuthenticationFailed = 4004,
    AlreadyAuthenticated = 4005,
    InvalidSeq = 4007,
    RateLimited = 4008,
    SessionTimedOut = 4009,
    InvalidShard = 4010,
    ShardingRequired = 4011,
    InvalidApiVersion = 4012,
    InvalidIntents = 4013,
    DisallowedIntents = 4014,
};

/// What a shard does after the connection closed with a given code.
enum class CloseAction {
    Resume, ///< reconnect to resume_gateway_url and RESUME (falls back to IDENTIFY without a
            ///< session)
    Reidentify, ///< discard the session and IDENTIFY on the base URL
    Fatal, ///< stop every shard; the operator must fix the configuration
};

/// The close code a shard uses when it drops a connection but wants to resume (never 1000/1001).
inline constexpr int ResumableClientCloseCode = 4000;

/// Action for any code received from the server (or 1006 for a connection lost without a close
/// frame). Unknown codes resume; an unexpected 1000/1001 from the server resumes too (discord.py's
/// choice).
CloseAction closeCodeAction(int code);

/// A short English description for logs ("authentication failed").
QString closeCodeDescription(int code);

/// What the operator should do about a fatal code (empty for non-fatal codes).
QString closeCodeHint(int code);

} // namespace ballsdex::gateway

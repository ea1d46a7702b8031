// SPDX-License-Identifier: MIT
#pragma once

namespace ballsdex::gateway {

/// Gateway v10 opcodes a bot sends or receives (discord-protocol.md §1.6).
enum class Opcode : int {
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    PresenceUpdate = 3,
    VoiceStateUpdate = 4,
    Resume = 6,
    Reconnect = 7,
    RequestGuildMembers = 8,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
};

} // namespace ballsdex::gateway

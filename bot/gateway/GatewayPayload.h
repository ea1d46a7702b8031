// SPDX-License-Identifier: MIT
#pragma once

#include "Opcode.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ballsdex::gateway {

/// The gateway envelope {op, d, s, t} (discord-protocol.md §1.5).
struct GatewayPayload
{
    int op = -1;
    QJsonValue d;
    std::optional<qint64> s;
    QString t;
};

enum class PayloadError {
    MalformedJson, ///< not JSON, or invalid UTF-8 inside it
    NotAnObject, ///< JSON, but not an object
    MissingOpcode, ///< no integer "op"
};

struct PayloadFailure
{
    PayloadError kind;
    QString message;
};

/// Decodes one server→client payload; never throws, whatever the bytes are.
[[nodiscard]] Result<GatewayPayload, PayloadFailure> decodePayload(QByteArrayView json);

/// Encodes one client→server payload `{"op":op,"d":d}`.
[[nodiscard]] QByteArray encodePayload(Opcode op, const QJsonValue &d);

/// Client→server payloads above this size close the connection with 4002.
inline constexpr qsizetype MaxOutgoingPayloadBytes = 4096;

} // namespace ballsdex::gateway

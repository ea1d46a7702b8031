// SPDX-License-Identifier: MIT
#pragma once

#include "Opcode.h"
#include "RawJson.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <span>

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

/// The envelope with `d` kept as JSON text: only op, s and t are read (discord-protocol.md §1.5).
struct RawGatewayPayload
{
    int op = -1;
    QByteArray d; ///< JSON text of "d"; empty when the payload has none
    std::optional<qint64> s;
    QString t;

    /// `d` as decodePayload would give it (Undefined when absent).
    [[nodiscard]] QJsonValue parsedD() const;
};

/// decodePayload without building a JSON tree: validates the whole text by the same rules as
/// QJsonDocument and gives the same op/s/t and failure kind, but copies `d` as text so that a
/// handler parses only what it reads (DispatchModels.h, GatewayEvent's raw constructor).
[[nodiscard]] Result<RawGatewayPayload, PayloadFailure> decodePayloadLazily(QByteArrayView json);

/// Encodes one client→server payload `{"op":op,"d":d}`.
[[nodiscard]] QByteArray encodePayload(Opcode op, const QJsonValue &d);

/// Client→server payloads above this size close the connection with 4002.
inline constexpr qsizetype MaxOutgoingPayloadBytes = 4096;

} // namespace ballsdex::gateway

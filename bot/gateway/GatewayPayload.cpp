// SPDX-License-Identifier: MIT
#include "GatewayPayload.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ballsdex::gateway {

Result<GatewayPayload, PayloadFailure> decodePayload(QByteArrayView json)
{
    QJsonParseError error {};
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(PayloadFailure {
            PayloadError::MalformedJson,
            QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset)});
    if (!document.isObject())
        return fail(PayloadFailure {PayloadError::NotAnObject,
                                    QStringLiteral("payload is not a JSON object")});
    const QJsonObject object = document.object();
    const QJsonValue op = object.value(QLatin1String("op"));
    if (!op.isDouble())
        return fail(PayloadFailure {PayloadError::MissingOpcode,
                                    QStringLiteral("payload has no numeric \"op\"")});

    GatewayPayload payload;
    payload.op = op.toInt(-1);
    payload.d = object.value(QLatin1String("d"));
    const QJsonValue s = object.value(QLatin1String("s"));
    if (s.isDouble())
        payload.s = s.toInteger();
    const QJsonValue t = object.value(QLatin1String("t"));
    if (t.isString())
        payload.t = t.toString();
    return payload;
}

QByteArray encodePayload(Opcode op, const QJsonValue &d)
{
    QJsonObject object;
    object.insert(QLatin1String("op"), static_cast<int>(op));
    object.insert(QLatin1String("d"), d);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ballsdex::gateway

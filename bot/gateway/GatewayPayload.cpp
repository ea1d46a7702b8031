// SPDX-License-Identifier: MIT
#include "GatewayPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <climits>

namespace ballsdex::gateway {

QJsonValue RawGatewayPayload::parsedD() const
{
    if (d.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return rawjson::toValue(d);
}

Result<RawGatewayPayload, PayloadFailure> decodePayloadLazily(QByteArrayView json)
{
    static constexpr std::array<QByteArrayView, 4> keys {"op", "d", "s", "t"};
    std::array<QByteArrayView, 4> values {};
    if (!rawjson::findMembers(json, keys, values)) {
        // Rare: let the full parser name the error (and take over should the scanner be stricter).
        auto eager = decodePayload(json);
        if (!eager)
            return fail(std::move(eager.error()));
        RawGatewayPayload payload {eager->op, QByteArray(), eager->s, std::move(eager->t)};
        if (!eager->d.isUndefined())
            payload.d = QJsonDocument(QJsonArray {eager->d})
                            .toJson(QJsonDocument::Compact)
                            .sliced(1)
                            .chopped(1);
        return payload;
    }
    const auto &[op, d, s, t] = values;
    if (!rawjson::isNumber(op))
        return fail(PayloadFailure {PayloadError::MissingOpcode,
                                    QStringLiteral("payload has no numeric \"op\"")});
    RawGatewayPayload payload;
    const auto plainOp = rawjson::plainInteger(op);
    payload.op = plainOp && *plainOp >= INT_MIN && *plainOp <= INT_MAX
        ? int(*plainOp)
        : rawjson::toValue(op).toInt(-1);
    if (!d.isEmpty())
        payload.d = QByteArray(d.data(), d.size());
    if (rawjson::isNumber(s))
        payload.s = rawjson::toInteger(s);
    if (rawjson::isString(t))
        payload.t = rawjson::toString(t);
    return payload;
}

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

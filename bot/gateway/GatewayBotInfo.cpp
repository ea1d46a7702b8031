// SPDX-License-Identifier: MIT
#include "GatewayBotInfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ballsdex::gateway {

Result<GatewayBotInfo, QString> parseGatewayBot(QByteArrayView json)
{
    QJsonParseError error {};
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("GET /gateway/bot returned invalid JSON"));
    const QJsonObject object = document.object();
    GatewayBotInfo info;
    info.url = QUrl(object.value(QLatin1String("url")).toString());
    if (!info.url.isValid() || info.url.scheme().isEmpty())
        return fail(QStringLiteral("GET /gateway/bot returned no usable url"));
    info.shards = object.value(QLatin1String("shards")).toInt(0);
    const QJsonObject limit = object.value(QLatin1String("session_start_limit")).toObject();
    info.sessionStartTotal = limit.value(QLatin1String("total")).toInt(0);
    info.sessionStartRemaining = limit.value(QLatin1String("remaining")).toInt(0);
    info.sessionStartResetAfterMs = limit.value(QLatin1String("reset_after")).toInteger(0);
    info.maxConcurrency = limit.value(QLatin1String("max_concurrency")).toInt(0);
    return info;
}

std::optional<QString> startupGuardFailure(const GatewayBotInfo &info, int shardsToStart)
{
    if (info.shards <= 0)
        return QStringLiteral("/gateway/bot recommends 0 shards");
    if (info.maxConcurrency <= 0)
        return QStringLiteral("/gateway/bot reports max_concurrency 0");
    if (info.sessionStartRemaining < shardsToStart)
        return QStringLiteral("only %1 session starts remain today but %2 shards must identify; "
                              "the limit resets in %3 s")
            .arg(info.sessionStartRemaining)
            .arg(shardsToStart)
            .arg(info.sessionStartResetAfterMs / 1000);
    return std::nullopt;
}

} // namespace ballsdex::gateway

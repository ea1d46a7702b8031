// SPDX-License-Identifier: MIT
#include "RestError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ballsdex::discord {

namespace {

void flattenInto(const QJsonValue &node, const QString &path, QStringList &out)
{
    if (!node.isObject())
        return;
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("_errors")) {
            const QJsonArray leaves = it.value().toArray();
            for (const QJsonValue &leaf : leaves) {
                const QString text = leaf.toObject().value(QLatin1String("message")).toString();
                out.append(path.isEmpty() ? text : path + QStringLiteral(": ") + text);
            }
            continue;
        }
        flattenInto(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    out);
    }
}

} // namespace

QStringList flattenFieldErrors(const QJsonValue &errors)
{
    QStringList out;
    flattenInto(errors, QString(), out);
    return out;
}

RestError RestError::make(Kind kind, QString message)
{
    RestError error;
    error.kind = kind;
    error.message = std::move(message);
    return error;
}

RestError RestError::fromBody(int httpStatus, const QJsonDocument &body)
{
    RestError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    const QJsonObject object = body.object();
    error.discordCode = object.value(QLatin1String("code")).toInt();
    error.message = object.value(QLatin1String("message")).toString();
    if (error.message.isEmpty())
        error.message = QStringLiteral("HTTP %1").arg(httpStatus);
    error.fieldErrors = flattenFieldErrors(object.value(QLatin1String("errors")));
    return error;
}

QString RestError::toString() const
{
    QString text = kindName(kind);
    if (httpStatus != 0)
        text += QLatin1Char(' ') + QString::number(httpStatus);
    if (discordCode != 0)
        text += QStringLiteral(" (") + QString::number(discordCode) + QLatin1Char(')');
    text += QStringLiteral(": ") + message;
    if (!fieldErrors.isEmpty())
        text += QStringLiteral(" [") + fieldErrors.join(QStringLiteral("; ")) + QLatin1Char(']');
    if (!route.isEmpty())
        text += QStringLiteral(" on ") + route;
    return text;
}

QString kindName(RestError::Kind kind)
{
    using Kind = RestError::Kind;
    switch (kind) {
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::InvalidJson:
        return QStringLiteral("InvalidJson");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Stopped:
        return QStringLiteral("Stopped");
    case Kind::Invalid:
        return QStringLiteral("Invalid");
    }
    return QStringLiteral("Unknown");
}

QDebug operator<<(QDebug debug, const RestError &error)
{
    const QDebugStateSaver saver(debug);
    debug.noquote() << error.toString();
    return debug;
}

} // namespace ballsdex::discord

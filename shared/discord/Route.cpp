// SPDX-License-Identifier: MIT
#include "Route.h"

#include <QHash>
#include <QUrl>

namespace ballsdex::discord {

namespace {

bool isTokenParam(const QString &name)
{
    return name.endsWith(QLatin1String("_token"));
}

bool isMajorParam(const QString &name)
{
    static const QStringList majors = {
        QStringLiteral("channel_id"),     QStringLiteral("guild_id"),
        QStringLiteral("webhook_id"),     QStringLiteral("webhook_token"),
        QStringLiteral("interaction_id"), QStringLiteral("interaction_token"),
    };
    return majors.contains(name);
}

} // namespace

QByteArray methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

Route::Route(HttpMethod method, QString pathTemplate, std::initializer_list<Param> params)
    : m_method(method)
    , m_template(std::move(pathTemplate))
    , m_params(params)
{
}

QString Route::param(const QString &name) const
{
    for (const auto &[key, value] : m_params) {
        if (key == name)
            return value;
    }
    return {};
}

QString Route::path() const
{
    QString out = m_template;
    for (const auto &[key, value] : m_params) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value, "@"));
        out.replace(QLatin1Char('{') + key + QLatin1Char('}'), encoded);
    }
    return out;
}

QString Route::loggablePath() const
{
    QString out = m_template;
    for (const auto &[key, value] : m_params) {
        out.replace(QLatin1Char('{') + key + QLatin1Char('}'),
                    isTokenParam(key) ? QStringLiteral("<token>") : value);
    }
    return out;
}

QString Route::routeKey() const
{
    return QString::fromLatin1(methodName(m_method)) + QLatin1Char(' ') + m_template;
}

QString Route::majorParameters() const
{
    QStringList parts;
    const bool webhookByApplication = m_template.contains(QLatin1String("{interaction_token}"))
        && m_template.startsWith(QLatin1String("/webhooks/"));
    for (const auto &[key, value] : m_params) {
        if (!isMajorParam(key) && !(webhookByApplication && key == QLatin1String("application_id")))
            continue;
        // Tokens are secrets: the key only needs to tell them apart.
        const QString shown = isTokenParam(key) ? QString::number(qHash(value), 16) : value;
        parts.append(key + QLatin1Char('=') + shown);
    }
    return parts.join(QLatin1Char('&'));
}

bool Route::isInteractionRoute() const
{
    return m_template.startsWith(
               QLatin1String("/interactions/{interaction_id}/{interaction_token}"))
        || m_template.startsWith(QLatin1String("/webhooks/{application_id}/{interaction_token}"));
}

} // namespace ballsdex::discord

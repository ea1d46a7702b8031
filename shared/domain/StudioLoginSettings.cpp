// SPDX-License-Identifier: MIT
#include "domain/StudioLoginSettings.h"

#include <QJsonArray>

namespace ballsdex::domain {

namespace {

QJsonArray idArray(const QList<Snowflake> &ids)
{
    QJsonArray array;
    for (const Snowflake id : ids)
        array.append(QString::number(id));
    return array;
}

Result<QList<Snowflake>, QString> readIds(const QJsonObject &json, const QString &field)
{
    QList<Snowflake> ids;
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return ids;
    if (!value.isArray())
        return fail(QStringLiteral("%1 must be a list of Discord ids").arg(field));
    for (const QJsonValue &item : value.toArray()) {
        const auto id = parseSnowflake(item.toString());
        if (!item.isString() || !id)
            return fail(QStringLiteral("%1 holds something that is not a Discord id").arg(field));
        ids.append(*id);
    }
    return ids;
}

Result<QUrl, QString> readUrl(const QJsonObject &json, const QString &field, const QUrl &fallback)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!value.isString() || !url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(QStringLiteral("%1 is not an http(s) URL").arg(field));
    return url;
}

QUrl appendPath(QUrl base, const QString &path)
{
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

} // namespace

QUrl StudioLoginSettings::tokenUrl() const
{
    return appendPath(apiBaseUrl, QStringLiteral("/oauth2/token"));
}

QUrl StudioLoginSettings::revokeUrl() const
{
    return appendPath(apiBaseUrl, QStringLiteral("/oauth2/token/revoke"));
}

QJsonObject StudioLoginSettings::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("client_id"),
                clientId ? QJsonValue(QString::number(*clientId)) : QJsonValue());
    json.insert(QStringLiteral("authorize_url"), authorizeUrl.toString());
    json.insert(QStringLiteral("api_base_url"), apiBaseUrl.toString());
    json.insert(QStringLiteral("admin_guild_ids"), idArray(adminGuildIds));
    json.insert(QStringLiteral("root_role_ids"), idArray(rootRoleIds));
    json.insert(QStringLiteral("admin_role_ids"), idArray(adminRoleIds));
    json.insert(QStringLiteral("artist_role_ids"), idArray(artistRoleIds));
    json.insert(QStringLiteral("owner_ids"), idArray(ownerIds));
    return json;
}

Result<StudioLoginSettings, QString> StudioLoginSettings::fromJson(const QJsonObject &json)
{
    StudioLoginSettings settings;
    const QJsonValue client = json.value(QStringLiteral("client_id"));
    if (!client.isUndefined() && !client.isNull()) {
        settings.clientId = parseSnowflake(client.toString());
        if (!client.isString() || !settings.clientId)
            return fail(QStringLiteral("client_id is not a Discord id"));
    }
    auto authorize = readUrl(json, QStringLiteral("authorize_url"), settings.authorizeUrl);
    if (!authorize)
        return fail(authorize.error());
    settings.authorizeUrl = *authorize;
    auto api = readUrl(json, QStringLiteral("api_base_url"), settings.apiBaseUrl);
    if (!api)
        return fail(api.error());
    settings.apiBaseUrl = *api;
    const std::pair<const char *, QList<Snowflake> *> lists[] = {
        {"admin_guild_ids", &settings.adminGuildIds},
        {"root_role_ids", &settings.rootRoleIds},
        {"admin_role_ids", &settings.adminRoleIds},
        {"artist_role_ids", &settings.artistRoleIds},
        {"owner_ids", &settings.ownerIds},
    };
    for (const auto &[field, target] : lists) {
        auto ids = readIds(json, QString::fromLatin1(field));
        if (!ids)
            return fail(ids.error());
        *target = std::move(*ids);
    }
    return settings;
}

} // namespace ballsdex::domain

// SPDX-License-Identifier: MIT
#include "services/StudioLoginPublisher.h"

#include "services/StaffDirectory.h"
#include "util/Logging.h"

#include <QCoroFuture>

namespace ballsdex::bot::services {

StudioLoginPublisher::StudioLoginPublisher(storage::Database &database)
    : m_botState(database)
{
}

domain::StudioLoginSettings StudioLoginPublisher::loginSettings(const config::Settings &settings,
                                                                const StaffDirectory &staff)
{
    domain::StudioLoginSettings login;
    login.clientId = settings.adminPanel.clientId;
    login.apiBaseUrl = settings.discord.apiUrl;
    login.authorizeUrl = authorizeUrlFor(settings.discord.apiUrl);
    login.adminGuildIds = settings.adminCommand.guildIds;
    login.rootRoleIds = settings.adminCommand.rootRoleIds;
    login.adminRoleIds = settings.adminCommand.adminRoleIds;
    login.artistRoleIds = settings.adminCommand.artistRoleIds;
    login.ownerIds = staff.ownerIds();
    return login;
}

QUrl StudioLoginPublisher::authorizeUrlFor(const QUrl &apiBaseUrl)
{
    const QString host = apiBaseUrl.host().toLower();
    if (host == QLatin1String("discord.com") || host.endsWith(QLatin1String(".discord.com")))
        return QUrl(QStringLiteral("https://discord.com/oauth2/authorize"));
    QUrl url;
    url.setScheme(apiBaseUrl.scheme());
    url.setHost(apiBaseUrl.host());
    url.setPort(apiBaseUrl.port());
    url.setPath(QStringLiteral("/oauth2/authorize"));
    return url;
}

QCoro::Task<bool> StudioLoginPublisher::publish(domain::StudioLoginSettings settings)
{
    const QJsonObject json = settings.toJson();
    const QString key = QString::fromLatin1(domain::StudioLoginSettings::Key);
    auto saving = m_botState.save(key, json);
    const Result<void, storage::StorageError> saved = co_await saving;
    if (!saved) {
        qCWarning(lcBot).noquote()
            << "Cannot publish the Studio login settings (bot_state" << key
            << "); Studio keeps the previous ones:" << saved.error().toString();
        co_return false;
    }
    qCInfo(lcBot) << "Published the Studio login settings for" << settings.ownerIds.size()
                  << "owner(s) and" << settings.adminGuildIds.size() << "admin guild(s)";
    co_return true;
}

} // namespace ballsdex::bot::services

// SPDX-License-Identifier: MIT
#include "connection/ConnectionSettings.h"

#include "auth/SecretStore.h"

#include <QSettings>

namespace ballsdex::studio {
namespace {

const QString kGroup = QStringLiteral("connections/recent");
const QString kUrl = QStringLiteral("url");
const QString kRememberPassword = QStringLiteral("rememberPassword");

} // namespace

ConnectionSettings::ConnectionSettings(QSettings &settings, SecretStore &secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
}

QList<RecentConnection> ConnectionSettings::recentConnections() const
{
    QList<RecentConnection> connections;
    const int size = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        const auto profile = ConnectionProfile::fromUrl(m_settings.value(kUrl).toString());
        if (profile)
            connections.append({*profile, m_settings.value(kRememberPassword).toBool()});
    }
    m_settings.endArray();
    return connections;
}

void ConnectionSettings::remember(const ConnectionProfile &profile, bool rememberPassword)
{
    QList<RecentConnection> connections = recentConnections();
    const QString key = profile.secretKey();
    connections.removeIf(
        [&key](const RecentConnection &entry) { return entry.profile.secretKey() == key; });
    connections.prepend({profile, rememberPassword});
    if (connections.size() > MaxRecent)
        connections.resize(MaxRecent);
    write(connections);
}

void ConnectionSettings::forget(const ConnectionProfile &profile)
{
    QList<RecentConnection> connections = recentConnections();
    const QString key = profile.secretKey();
    connections.removeIf(
        [&key](const RecentConnection &entry) { return entry.profile.secretKey() == key; });
    write(connections);
}

void ConnectionSettings::write(const QList<RecentConnection> &connections)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(kUrl, connections[i].profile.toUrl());
        m_settings.setValue(kRememberPassword, connections[i].rememberPassword);
    }
    m_settings.endArray();
    m_settings.sync();
}

QCoro::Task<Result<std::optional<QString>, QString>>
ConnectionSettings::storedPassword(ConnectionProfile profile)
{
    const QString key = profile.secretKey();
    auto result = co_await m_secrets.read(key);
    co_return result;
}

QCoro::Task<Result<void, QString>> ConnectionSettings::storePassword(ConnectionProfile profile,
                                                                     QString password)
{
    const QString key = profile.secretKey();
    auto result = co_await m_secrets.write(key, password);
    co_return result;
}

QCoro::Task<Result<void, QString>> ConnectionSettings::forgetPassword(ConnectionProfile profile)
{
    const QString key = profile.secretKey();
    auto result = co_await m_secrets.remove(key);
    co_return result;
}

} // namespace ballsdex::studio

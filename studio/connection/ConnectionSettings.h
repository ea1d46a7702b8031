// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionProfile.h"
#include "util/Result.h"

#include <QCoroTask>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace ballsdex::studio {

class SecretStore;

/// One remembered connection: the profile (no password) and whether its password is kept in
/// the SecretStore.
struct RecentConnection
{
    ConnectionProfile profile;
    bool rememberPassword = false;

    friend bool operator==(const RecentConnection &, const RecentConnection &) = default;
};

/// Remembers recent connections in QSettings and their passwords in the SecretStore only
/// (QSettings never sees a password).
class ConnectionSettings final
{
public:
    static constexpr int MaxRecent = 10;

    ConnectionSettings(QSettings &settings, SecretStore &secrets);

    /// Most recent first; entries QSettings cannot parse are skipped.
    [[nodiscard]] QList<RecentConnection> recentConnections() const;
    /// Puts the profile first in the list (replacing an entry with the same secret key).
    void remember(const ConnectionProfile &profile, bool rememberPassword);
    /// Drops the profile from the list (its password, if any, stays until forgetPassword).
    void forget(const ConnectionProfile &profile);

    [[nodiscard]] QCoro::Task<Result<std::optional<QString>, QString>>
    storedPassword(ConnectionProfile profile);
    [[nodiscard]] QCoro::Task<Result<void, QString>> storePassword(ConnectionProfile profile,
                                                                   QString password);
    [[nodiscard]] QCoro::Task<Result<void, QString>> forgetPassword(ConnectionProfile profile);

    [[nodiscard]] SecretStore &secrets() { return m_secrets; }

private:
    void write(const QList<RecentConnection> &connections);

    QSettings &m_settings;
    SecretStore &m_secrets;
};

} // namespace ballsdex::studio

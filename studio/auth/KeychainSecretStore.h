// SPDX-License-Identifier: MIT
#pragma once

#include "auth/SecretStore.h"

#include <chrono>

namespace ballsdex::studio {

/// SecretStore over the system keychain (QtKeychain: Secret Service / KWallet on Linux, Keychain
/// on macOS, Credential Manager on Windows). Every call gives up after the timeout, so a missing
/// or locked keyring never hangs Studio.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(10);
    static constexpr const char *DefaultService = "BallsDex Studio";

    explicit KeychainSecretStore(QString service = QLatin1String(DefaultService),
                                 std::chrono::milliseconds timeout = DefaultTimeout);

    QCoro::Task<Result<std::optional<QString>, QString>> read(QString key) override;
    QCoro::Task<Result<void, QString>> write(QString key, QString secret) override;
    QCoro::Task<Result<void, QString>> remove(QString key) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace ballsdex::studio

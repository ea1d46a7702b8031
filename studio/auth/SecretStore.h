// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QCoroTask>
#include <QHash>
#include <QString>

#include <optional>

namespace ballsdex::studio {

/// Where Studio keeps secrets (Discord tokens, database passwords): the system keychain in the
/// app, an in-memory map in tests. Errors are short human-readable texts without the secret.
class SecretStore
{
public:
    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    /// nullopt when nothing is stored under the key.
    virtual QCoro::Task<Result<std::optional<QString>, QString>> read(QString key) = 0;
    virtual QCoro::Task<Result<void, QString>> write(QString key, QString secret) = 0;
    /// Succeeds when the key was absent too.
    virtual QCoro::Task<Result<void, QString>> remove(QString key) = 0;
};

/// The test fake (and the store used with --no-keychain): secrets live in memory only.
class MemorySecretStore final : public SecretStore
{
public:
    QCoro::Task<Result<std::optional<QString>, QString>> read(QString key) override;
    QCoro::Task<Result<void, QString>> write(QString key, QString secret) override;
    QCoro::Task<Result<void, QString>> remove(QString key) override;

    /// Makes every later call fail with this message (empty: work again).
    void setFailure(const QString &message) { m_failure = message; }
    [[nodiscard]] const QHash<QString, QString> &contents() const { return m_secrets; }

private:
    QHash<QString, QString> m_secrets;
    QString m_failure;
};

} // namespace ballsdex::studio

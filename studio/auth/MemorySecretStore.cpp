// SPDX-License-Identifier: MIT
#include "auth/SecretStore.h"

namespace ballsdex::studio {

QCoro::Task<Result<std::optional<QString>, QString>> MemorySecretStore::read(QString key)
{
    if (!m_failure.isEmpty())
        co_return fail(m_failure);
    const auto found = m_secrets.constFind(key);
    std::optional<QString> secret;
    if (found != m_secrets.constEnd())
        secret = *found;
    co_return secret;
}

QCoro::Task<Result<void, QString>> MemorySecretStore::write(QString key, QString secret)
{
    if (!m_failure.isEmpty())
        co_return fail(m_failure);
    m_secrets.insert(key, secret);
    co_return Result<void, QString> {};
}

QCoro::Task<Result<void, QString>> MemorySecretStore::remove(QString key)
{
    if (!m_failure.isEmpty())
        co_return fail(m_failure);
    m_secrets.remove(key);
    co_return Result<void, QString> {};
}

} // namespace ballsdex::studio

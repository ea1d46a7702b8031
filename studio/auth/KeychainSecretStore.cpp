// SPDX-License-Identifier: MIT
#include "auth/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <qt6keychain/keychain.h>

#include <memory>

namespace ballsdex::studio {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("KeychainSecretStore", text);
}

/// A short text for the UI: what went wrong, never the secret.
QString errorText(const QKeychain::Job &job)
{
    const char *what = nullptr;
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        what
            = QT_TRANSLATE_NOOP("KeychainSecretStore", "access to the system keychain was refused");
        break;
    case QKeychain::AccessDenied:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore", "the system keychain denied access");
        break;
    case QKeychain::NoBackendAvailable:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore",
                                 "no system keychain is available (for example gnome-keyring or "
                                 "KWallet)");
        break;
    case QKeychain::CouldNotDeleteEntry:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore",
                                 "the entry could not be removed from the system keychain");
        break;
    case QKeychain::NotImplemented:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore",
                                 "the system keychain does not support this operation");
        break;
    default:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore", "the system keychain failed");
        break;
    }
    const QString details = job.errorString();
    return details.isEmpty() ? translated(what)
                             : translated(what) + QStringLiteral(" (") + details + QLatin1Char(')');
}

QString timeoutText(std::chrono::milliseconds timeout)
{
    return translated(QT_TRANSLATE_NOOP("KeychainSecretStore",
                                        "the system keychain did not answer within %1 s "
                                        "(is it locked or waiting for a password?)"))
        .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
}

struct JobDeleter
{
    void operator()(QKeychain::Job *job) const { job->deleteLater(); }
};

template<typename JobType> using JobPtr = std::unique_ptr<JobType, JobDeleter>;

/// Starts the job; the flag turns true when it finishes (even right away inside start()).
/// Kept out of the coroutine below: no lambda objects in coroutine frames (GCC 12 pitfalls).
std::shared_ptr<bool> start(QKeychain::Job *job)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [done] { *done = true; });
    job->start();
    return done;
}

/// Starts the job and waits for it. False on timeout: the job then deletes itself whenever it
/// finishes, as destroying it while the backend still works on it is not safe.
QCoro::Task<bool> run(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    const std::shared_ptr<bool> done = start(job);
    if (!*done)
        co_await qCoro(job, &QKeychain::Job::finished, timeout);
    co_return *done;
}

template<typename JobType> JobPtr<JobType> makeJob(const QString &service, const QString &key)
{
    JobPtr<JobType> job(new JobType(service));
    job->setAutoDelete(false);
    job->setKey(key);
    return job;
}

template<typename JobType> void abandon(JobPtr<JobType> &job)
{
    job->setAutoDelete(true);
    static_cast<void>(job.release());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

QCoro::Task<Result<std::optional<QString>, QString>> KeychainSecretStore::read(QString key)
{
    const std::chrono::milliseconds timeout = m_timeout;
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    const bool finished = co_await run(job.get(), timeout);
    if (!finished) {
        abandon(job);
        co_return fail(timeoutText(timeout));
    }
    std::optional<QString> secret;
    if (job->error() == QKeychain::EntryNotFound)
        co_return secret;
    if (job->error() != QKeychain::NoError)
        co_return fail(errorText(*job));
    secret = job->textData();
    co_return secret;
}

QCoro::Task<Result<void, QString>> KeychainSecretStore::write(QString key, QString secret)
{
    const std::chrono::milliseconds timeout = m_timeout;
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    const bool finished = co_await run(job.get(), timeout);
    if (!finished) {
        abandon(job);
        co_return fail(timeoutText(timeout));
    }
    if (job->error() != QKeychain::NoError)
        co_return fail(errorText(*job));
    co_return Result<void, QString> {};
}

QCoro::Task<Result<void, QString>> KeychainSecretStore::remove(QString key)
{
    const std::chrono::milliseconds timeout = m_timeout;
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    const bool finished = co_await run(job.get(), timeout);
    if (!finished) {
        abandon(job);
        co_return fail(timeoutText(timeout));
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return fail(errorText(*job));
    co_return Result<void, QString> {};
}

} // namespace ballsdex::studio

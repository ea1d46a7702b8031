// SPDX-License-Identifier: MIT
#include "logging/SentryReporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>
#include <QUuid>

namespace ballsdex::logging {

Result<SentryTarget, QString> SentryTarget::fromDsn(const QString &dsn)
{
    const QUrl url(dsn.trimmed(), QUrl::StrictMode);
    const QString project = url.path().section(QLatin1Char('/'), -1);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return fail(QStringLiteral("sentry.dsn is not a URL like https://KEY@HOST/PROJECT"));
    if (url.userName().isEmpty())
        return fail(QStringLiteral("sentry.dsn has no public key before the @"));
    if (project.isEmpty())
        return fail(QStringLiteral("sentry.dsn has no project id at the end of its path"));
    SentryTarget target;
    target.publicKey = url.userName();
    QUrl store = url.adjusted(QUrl::RemoveUserInfo);
    const QString prefix = url.path().section(QLatin1Char('/'), 0, -2);
    store.setPath(prefix + QStringLiteral("/api/") + project + QStringLiteral("/store/"));
    target.storeUrl = store;
    return target;
}

SentryReporter::SentryReporter(SentryTarget target, Options options, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
}

void SentryReporter::report(const LogRecord &record)
{
    QMetaObject::invokeMethod(
        this, [this, record] { send(record); }, Qt::QueuedConnection);
}

void SentryReporter::send(const LogRecord &record)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_windowStart.isValid() || m_windowStart.secsTo(now) >= 60) {
        m_windowStart = now;
        m_inWindow = 0;
    }
    if (m_inWindow >= m_options.maxEventsPerMinute) {
        ++m_dropped;
        return;
    }
    ++m_inWindow;

    const QJsonObject event {
        {QStringLiteral("event_id"), QUuid::createUuid().toString(QUuid::Id128)},
        {QStringLiteral("timestamp"), record.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"),
         record.type == QtFatalMsg ? QStringLiteral("fatal") : QStringLiteral("error")},
        {QStringLiteral("logger"), record.category},
        {QStringLiteral("platform"), QStringLiteral("native")},
        {QStringLiteral("release"), m_options.release},
        {QStringLiteral("environment"), m_options.environment},
        {QStringLiteral("server_name"), QSysInfo::machineHostName()},
        {QStringLiteral("message"),
         QJsonObject {{QStringLiteral("formatted"), record.message.left(8192)}}},
    };
    QNetworkRequest request(m_target.storeUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Sentry-Auth",
                         "Sentry sentry_version=7, sentry_client=ballsdex-cpp/"
                             + m_options.release.toUtf8()
                             + ", sentry_key=" + m_target.publicKey.toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(event).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            ++m_sent;
        Q_EMIT eventSent(status);
    });
}

} // namespace ballsdex::logging

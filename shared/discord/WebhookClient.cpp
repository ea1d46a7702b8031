// SPDX-License-Identifier: MIT
#include "WebhookClient.h"

#include "DiscordLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>

namespace ballsdex::discord {
namespace {

constexpr int maxContentLength = 2000;

std::chrono::milliseconds retryAfter(QNetworkReply *reply)
{
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    double seconds = body.value(QStringLiteral("retry_after")).toDouble(-1);
    if (seconds < 0)
        seconds = reply->rawHeader("Retry-After").toDouble();
    return std::chrono::milliseconds(static_cast<qint64>(std::ceil(std::max(seconds, 0.0) * 1000)));
}

} // namespace

WebhookClient::WebhookClient(QUrl url, Options options, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WebhookClient::sendNext);
}

WebhookClient::~WebhookClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString WebhookClient::describe() const
{
    const QStringList segments = m_url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype index = segments.indexOf(QStringLiteral("webhooks"));
    return QStringLiteral("webhook %1")
        .arg(index >= 0 && index + 1 < segments.size() ? segments.at(index + 1)
                                                       : QStringLiteral("(unnamed)"));
}

void WebhookClient::post(const QString &content)
{
    if (m_queue.size() >= m_options.maxQueued) {
        const QString oldest = m_queue.dequeue();
        qCWarning(lcDiscordRest).noquote()
            << describe() << "is falling behind; dropped the oldest queued notice";
        Q_EMIT dropped(oldest, QStringLiteral("queue full"));
    }
    m_queue.enqueue(content.left(maxContentLength));
    if (!m_reply && !m_retry.isActive() && m_current.isNull())
        sendNext();
}

void WebhookClient::sendNext()
{
    if (m_current.isNull()) {
        if (m_queue.isEmpty())
            return;
        m_current = m_queue.dequeue();
        m_attempt = 0;
    }
    ++m_attempt;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    const QJsonObject body {
        {QStringLiteral("content"), m_current},
        {QStringLiteral("username"), m_options.username},
        {QStringLiteral("allowed_mentions"),
         QJsonObject {{QStringLiteral("parse"), QJsonArray {}}}},
    };
    m_reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, &WebhookClient::onFinished);
}

void WebhookClient::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        Q_EMIT delivered(std::exchange(m_current, QString()));
        sendNext();
        return;
    }
    if (status == 429) {
        retryLater(retryAfter(reply));
        return;
    }
    const bool transient = status == 0 || status >= 500;
    if (transient && m_attempt < m_options.maxAttempts) {
        const qint64 base = m_options.backoffBase.count() << std::min(m_attempt - 1, 16);
        retryLater(std::min(std::chrono::milliseconds(base), m_options.backoffMax));
        return;
    }
    const QString reason = transient
        ? QStringLiteral("gave up after %1 attempts (%2)")
              .arg(m_attempt)
              .arg(QString::fromLatin1(
                  QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error())))
        : QStringLiteral("HTTP %1").arg(status);
    qCWarning(lcDiscordRest).noquote() << describe() << "did not accept a notice:" << reason;
    Q_EMIT dropped(std::exchange(m_current, QString()), reason);
    sendNext();
}

void WebhookClient::retryLater(std::chrono::milliseconds delay)
{
    m_retry.start(delay);
}

} // namespace ballsdex::discord

// SPDX-License-Identifier: MIT
#include "FakeBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ballsdex::fakediscord {

namespace {

QNetworkRequest pageRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Mozilla/5.0 (X11; Linux x86_64) FakeBrowser/1.0"));
    return request;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

FakeBrowser::FakeBrowser(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void FakeBrowser::open(const QUrl &url)
{
    BrowserVisit visit;
    visit.url = url;
    m_visits.append(visit);
    const qsizetype index = m_visits.size() - 1;
    QNetworkReply *reply = m_network->get(pageRequest(url));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, index] { onAuthorizeReply(reply, index); });
}

void FakeBrowser::onAuthorizeReply(QNetworkReply *reply, qsizetype index)
{
    reply->deleteLater();
    BrowserVisit &visit = m_visits[index];
    visit.status = statusOf(reply);
    const QByteArray location = reply->rawHeader("Location");
    if (visit.status == 0) {
        visit.error = reply->errorString();
        complete(index);
        return;
    }
    if (visit.status < 300 || visit.status >= 400 || location.isEmpty()) {
        complete(index);
        return;
    }
    visit.redirect = visit.url.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
    QNetworkReply *callback = m_network->get(pageRequest(visit.redirect));
    connect(callback, &QNetworkReply::finished, this,
            [this, callback, index] { onCallbackReply(callback, index); });
}

void FakeBrowser::onCallbackReply(QNetworkReply *reply, qsizetype index)
{
    reply->deleteLater();
    BrowserVisit &visit = m_visits[index];
    visit.callbackStatus = statusOf(reply);
    visit.callbackBody = reply->readAll();
    if (visit.callbackStatus == 0)
        visit.error = reply->errorString();
    complete(index);
}

void FakeBrowser::complete(qsizetype index)
{
    Q_EMIT visitFinished(m_visits.at(index));
}

} // namespace ballsdex::fakediscord

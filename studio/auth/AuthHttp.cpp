// SPDX-License-Identifier: MIT
#include "auth/AuthHttp.h"

#include <QCoroSignal>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace ballsdex::studio::authhttp {

namespace {

QNetworkRequest baseRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QByteArrayLiteral("DiscordBot (https://github.com/Ballsdex-Team, " BALLSDEX_VERSION
                          ") BallsDexStudio"));
    return request;
}

struct ReplyDeleter
{
    void operator()(QNetworkReply *reply) const { reply->deleteLater(); }
};

QCoro::Task<Answer> finish(QNetworkReply *started)
{
    const std::unique_ptr<QNetworkReply, ReplyDeleter> reply(started);
    if (!reply->isFinished())
        co_await qCoro(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    co_return answer;
}

QString describe(const QJsonObject &json, const QString &codeKey, const QString &textKey)
{
    const QString code = json.value(codeKey).toVariant().toString();
    const QString text = json.value(textKey).toString();
    if (text.isEmpty())
        return code;
    return code.isEmpty() ? text : code + QStringLiteral(": ") + text;
}

std::optional<AuthError> transportError(const Answer &answer)
{
    if (answer.status == 0)
        return AuthError {AuthError::Kind::Network, answer.networkError};
    if (answer.status >= 500)
        return AuthError {AuthError::Kind::ServerError,
                          QStringLiteral("HTTP %1").arg(answer.status)};
    if (answer.status == 429)
        return AuthError {AuthError::Kind::ServerError,
                          QStringLiteral("HTTP 429 (too many requests)")};
    if (!answer.json())
        return AuthError {AuthError::Kind::ServerError,
                          QStringLiteral("HTTP %1 without a JSON answer").arg(answer.status)};
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> Answer::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray encodeForm(const Form &form)
{
    QByteArray out;
    for (const auto &[name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QCoro::Task<Answer> postForm(QNetworkAccessManager *network, QUrl url, QByteArray body)
{
    QNetworkRequest request = baseRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network->post(request, body);
    co_return co_await finish(reply);
}

QCoro::Task<Answer> getWithBearer(QNetworkAccessManager *network, QUrl url, QString accessToken)
{
    QNetworkRequest request = baseRequest(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    QNetworkReply *reply = network->get(request);
    co_return co_await finish(reply);
}

AuthError oauthError(const Answer &answer)
{
    if (auto error = transportError(answer))
        return *error;
    const QJsonObject json = *answer.json();
    const QString code = json.value(QStringLiteral("error")).toString();
    const QString detail
        = describe(json, QStringLiteral("error"), QStringLiteral("error_description"));
    if (code == QLatin1String("invalid_grant"))
        return AuthError {AuthError::Kind::InvalidGrant, detail};
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")
        || code == QLatin1String("invalid_scope"))
        return AuthError {AuthError::Kind::NotConfigured, detail};
    return AuthError {AuthError::Kind::ServerError,
                      detail.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.status) : detail};
}

AuthError apiError(const Answer &answer)
{
    if (auto error = transportError(answer))
        return *error;
    const QString detail = QStringLiteral("HTTP %1 ").arg(answer.status)
        + describe(*answer.json(), QStringLiteral("code"), QStringLiteral("message"));
    if (answer.status == 401)
        return AuthError {AuthError::Kind::InvalidGrant, detail.trimmed()};
    return AuthError {AuthError::Kind::ServerError, detail.trimmed()};
}

} // namespace ballsdex::studio::authhttp

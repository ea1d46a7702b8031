// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"

#include <QByteArray>
#include <QCoroTask>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;

namespace ballsdex::studio::authhttp {

/// One HTTP answer as the login code needs it. status 0: no HTTP answer (network error).
struct Answer
{
    int status = 0;
    QByteArray body;
    QString networkError;

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
    /// The body as a JSON object; nullopt when it is not one (an HTML error page…).
    [[nodiscard]] std::optional<QJsonObject> json() const;
};

using Form = QList<std::pair<QString, QString>>;

/// How long one request may take before it counts as a network failure.
inline constexpr int TransferTimeoutMs = 30000;

/// application/x-www-form-urlencoded with every value percent-encoded.
[[nodiscard]] QByteArray encodeForm(const Form &form);

/// POST a form (token and revoke endpoints). The network manager must outlive the call.
QCoro::Task<Answer> postForm(QNetworkAccessManager *network, QUrl url, QByteArray body);
/// GET with "Authorization: Bearer <token>" (user endpoints).
QCoro::Task<Answer> getWithBearer(QNetworkAccessManager *network, QUrl url, QString accessToken);

/// Network → Network; 5xx, 429 or a non-JSON body → ServerError; RFC 6749 error JSON mapped by
/// its "error" (invalid_grant → InvalidGrant, invalid_client… → NotConfigured).
[[nodiscard]] AuthError oauthError(const Answer &answer);
/// The same for Discord's REST errors ({"message", "code"}); 401 → InvalidGrant.
[[nodiscard]] AuthError apiError(const Answer &answer);

} // namespace ballsdex::studio::authhttp

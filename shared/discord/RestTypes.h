// SPDX-License-Identifier: MIT
#pragma once

#include "RestError.h"
#include "Route.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace ballsdex::discord {

/// One file of a multipart upload; sent as part "files[n]" and listed in payload_json.attachments.
struct RestFile
{
    QString filename;
    QByteArray data;
    QString contentType = QStringLiteral("application/octet-stream");
    QString description;
};

struct RestRequest
{
    Route route;
    std::optional<QJsonDocument> json; ///< the body (or payload_json when files are attached)
    QList<RestFile> files;
    QUrlQuery query;
    QString auditLogReason; ///< sent URL-encoded as X-Audit-Log-Reason
    /// Retry 5xx/network errors with backoff. On for GET/PUT/PATCH/DELETE; a POST opts in only
    /// when a retry cannot duplicate anything (create message with nonce + enforce_nonce).
    std::optional<bool> retryOnServerError;
};

struct RestResponse
{
    int status = 0;
    QJsonDocument json; ///< null for 204 No Content

    [[nodiscard]] QJsonObject object() const { return json.object(); }
    [[nodiscard]] QJsonArray array() const { return json.array(); }
};

using RestResult = Result<RestResponse, RestError>;

} // namespace ballsdex::discord

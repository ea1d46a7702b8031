// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace ballsdex::fakediscord {

/// One part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name; ///< form field name, e.g. "payload_json" or "files[0]"
    QString filename;
    QByteArray contentType;
    QByteArray data;
};

struct HttpRequest
{
    QByteArray method;
    QString path; ///< percent-decoded path without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> params; ///< {name} captures of the matched route pattern
    QString routePattern; ///< the pattern that matched ("" when none did)
    QList<MultipartPart> parts; ///< parsed when the body is multipart/form-data
    QString multipartError; ///< why a multipart body could not be parsed
    qint64 receivedAtMs = 0; ///< monotonic, since the server started
    int responseStatus = 0; ///< filled in once answered (for recordings)

    /// Case-insensitive; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    [[nodiscard]] const MultipartPart *part(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; ///< the server waits this long before writing the answer

    [[nodiscard]] static HttpResponse json(int status, const QJsonDocument &document);
    [[nodiscard]] static HttpResponse raw(int status, const QByteArray &contentType,
                                          QByteArray body);
    [[nodiscard]] static HttpResponse noContent() { return HttpResponse {204, {}, {}, 0}; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

} // namespace ballsdex::fakediscord

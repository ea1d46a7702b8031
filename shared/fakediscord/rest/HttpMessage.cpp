// SPDX-License-Identifier: MIT
#include "HttpMessage.h"

namespace ballsdex::fakediscord {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

const MultipartPart *HttpRequest::part(const QByteArray &name) const
{
    for (const MultipartPart &candidate : parts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return response;
}

HttpResponse HttpResponse::raw(int status, const QByteArray &contentType, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace ballsdex::fakediscord

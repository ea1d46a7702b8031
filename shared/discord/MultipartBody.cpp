// SPDX-License-Identifier: MIT
#include "MultipartBody.h"

#include <QHttpMultiPart>
#include <QNetworkRequest>

namespace ballsdex::discord {

namespace {

QByteArray quotedFilename(const QString &filename)
{
    QByteArray name = filename.toUtf8();
    name.replace('\\', "_").replace('"', "_").replace('\r', "_").replace('\n', "_");
    return '"' + name + '"';
}

} // namespace

QJsonObject withAttachmentEntries(QJsonObject payload, const QList<RestFile> &files)
{
    if (files.isEmpty())
        return payload;
    QJsonArray attachments = payload.value(QLatin1String("attachments")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject entry {{QStringLiteral("id"), static_cast<int>(i)},
                           {QStringLiteral("filename"), files.at(i).filename}};
        if (!files.at(i).description.isEmpty())
            entry.insert(QStringLiteral("description"), files.at(i).description);
        attachments.append(entry);
    }
    payload.insert(QStringLiteral("attachments"), attachments);
    return payload;
}

QHttpMultiPart *buildMultipart(const QJsonObject &payload, const QList<RestFile> &files,
                               QObject *parent)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType, parent);
    QHttpPart json;
    json.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    json.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"payload_json\""));
    json.setBody(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    multipart->append(json);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, files.at(i).contentType.toLatin1());
        const QByteArray disposition = QByteArrayLiteral("form-data; name=\"files[")
            + QByteArray::number(i) + QByteArrayLiteral("]\"; filename=")
            + quotedFilename(files.at(i).filename);
        part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
        part.setBody(files.at(i).data);
        multipart->append(part);
    }
    return multipart;
}

} // namespace ballsdex::discord

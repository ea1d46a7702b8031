// SPDX-License-Identifier: MIT
#include "MultipartParser.h"

namespace ballsdex::fakediscord {

QByteArray headerParameter(const QByteArray &header, const QByteArray &key)
{
    qsizetype at = 0;
    while (at < header.size()) {
        qsizetype end = at;
        bool quoted = false;
        while (end < header.size() && (quoted || header.at(end) != ';')) {
            if (header.at(end) == '"' && (end == 0 || header.at(end - 1) != '\\'))
                quoted = !quoted;
            ++end;
        }
        const QByteArray item = header.mid(at, end - at).trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq > 0 && item.left(eq).trimmed().compare(key, Qt::CaseInsensitive) == 0) {
            QByteArray value = item.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2).replace("\\\"", "\"");
            return value;
        }
        at = end + 1;
    }
    return {};
}

Result<QList<MultipartPart>, QString> parseMultipart(const QByteArray &contentType,
                                                     const QByteArray &body)
{
    const QByteArray boundary = headerParameter(contentType, QByteArrayLiteral("boundary"));
    if (boundary.isEmpty())
        return fail(QStringLiteral("multipart body without a boundary"));
    const QByteArray delimiter = QByteArrayLiteral("--") + boundary;
    const QByteArray separator = QByteArrayLiteral("\r\n") + delimiter;
    QList<MultipartPart> parts;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return fail(QStringLiteral("boundary not found in the body"));
    for (;;) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return fail(QStringLiteral("malformed boundary line"));
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        if (headersEnd < 0)
            return fail(QStringLiteral("part without a header block"));
        const qsizetype next = body.indexOf(separator, headersEnd + 4);
        if (next < 0)
            return fail(QStringLiteral("unterminated part"));
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(at, headersEnd - at).split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("Content-Disposition", Qt::CaseInsensitive) == 0) {
                part.name = headerParameter(value, QByteArrayLiteral("name"));
                part.filename
                    = QString::fromUtf8(headerParameter(value, QByteArrayLiteral("filename")));
            } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty())
            return fail(QStringLiteral("part without a Content-Disposition name"));
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(std::move(part));
        at = next + 2;
    }
}

} // namespace ballsdex::fakediscord

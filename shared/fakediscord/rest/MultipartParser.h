// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "util/Result.h"

namespace ballsdex::fakediscord {

/// Splits a multipart/form-data body (RFC 7578) using the boundary from its Content-Type.
[[nodiscard]] Result<QList<MultipartPart>, QString> parseMultipart(const QByteArray &contentType,
                                                                   const QByteArray &body);

/// The value of one `key=value` parameter of a header such as Content-Disposition (unquoted).
[[nodiscard]] QByteArray headerParameter(const QByteArray &header, const QByteArray &key);

} // namespace ballsdex::fakediscord

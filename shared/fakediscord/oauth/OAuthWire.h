// SPDX-License-Identifier: MIT
#pragma once

#include "fakediscord/rest/HttpMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace ballsdex::fakediscord::oauthwire {

using Params = QList<std::pair<QString, QString>>;

/// application/x-www-form-urlencoded ('+' is a space). nullopt when a name repeats, which
/// RFC 6749 §3.1 forbids.
[[nodiscard]] std::optional<Params> parseForm(const QByteArray &encoded);
[[nodiscard]] QString value(const Params &params, const QString &name);
[[nodiscard]] bool contains(const Params &params, const QString &name);
/// Percent-encodes every value (RFC 3986 unreserved characters stay as they are).
[[nodiscard]] QByteArray encodeForm(const Params &params);
/// Appends the parameters to the URL's existing query.
[[nodiscard]] QUrl withQuery(const QUrl &url, const Params &params);

/// "Basic base64(id:secret)" with form-encoded id and secret (RFC 6749 §2.3.1).
[[nodiscard]] std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray &header);

/// RFC 7636 §4.1: 43–128 characters of [A-Za-z0-9-._~].
[[nodiscard]] bool isValidVerifier(const QString &verifier);
/// BASE64URL(SHA256(verifier)) without padding.
[[nodiscard]] QString s256(const QString &verifier);

/// Exact match, or a loopback IP redirect that differs only in its port (RFC 8252 §7.3).
[[nodiscard]] bool redirectMatches(const QString &registered, const QString &requested,
                                   bool loopbackAnyPort);

[[nodiscard]] QStringList splitScopes(const QString &scope);

/// RFC 6749 §5.2 error body {error, error_description} with no-store caching headers.
[[nodiscard]] HttpResponse oauthError(int status, const QString &error,
                                      const QString &description = {});

/// A random token of URL-safe characters.
[[nodiscard]] QString randomToken(int length);

} // namespace ballsdex::fakediscord::oauthwire

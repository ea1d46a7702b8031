// SPDX-License-Identifier: MIT
#pragma once

#include <QDebug>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace ballsdex::discord {

/// Every failure of a REST call, as a value.
struct RestError
{
    enum class Kind {
        Http, ///< a 4xx/5xx answer with Discord's code and message (after any retries)
        RateLimited, ///< 429s kept coming after the allowed retries (or a Cloudflare-style block)
        Network, ///< connection refused/reset, DNS, TLS; after the allowed retries
        Unauthorized, ///< 401: the token is invalid; the client has stopped all traffic
        InvalidJson, ///< the server answered something that is not the JSON Discord sends
        Timeout, ///< no answer within the transfer timeout, after the allowed retries
        Stopped, ///< refused locally because the client stopped (after a 401 or on shutdown)
        Invalid, ///< refused locally before sending (e.g. a payload over Discord's limits)
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; ///< 0 when no HTTP answer was received
    int discordCode = 0; ///< the JSON `code` (e.g. 10062, 40060, 50035); 0 if none
    QString message;
    /// Flattened 50035 errors: "embeds.0.title: Must be 256 or fewer in length."
    QStringList fieldErrors;
    double retryAfter = 0; ///< seconds, for RateLimited
    QString route; ///< the route key ("POST /channels/{channel_id}/messages")

    [[nodiscard]] static RestError make(Kind kind, QString message);
    /// Builds an Http error from a Discord error body `{code, message, errors?}`.
    [[nodiscard]] static RestError fromBody(int httpStatus, const QJsonDocument &body);
    /// "Http 400 (50035): Invalid Form Body [embeds.0.title: Must be 256 or fewer in length.]"
    [[nodiscard]] QString toString() const;
};

/// Walks Discord's nested `errors` object into "path: message" lines (leaves are `_errors` arrays).
[[nodiscard]] QStringList flattenFieldErrors(const QJsonValue &errors);

[[nodiscard]] QString kindName(RestError::Kind kind);

QDebug operator<<(QDebug debug, const RestError &error);

} // namespace ballsdex::discord

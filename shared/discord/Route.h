// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

namespace ballsdex::discord {

enum class HttpMethod { Get, Post, Put, Patch, Delete };

[[nodiscard]] QByteArray methodName(HttpMethod method);

/// One REST endpoint with its parameters: "POST /channels/{channel_id}/messages" + channel_id=123.
/// Knows the path to request, the rate-limit keys (spec §4.5) and whether the global limit applies.
class Route final
{
public:
    using Param = std::pair<QString, QString>;

    Route() = default;
    Route(HttpMethod method, QString pathTemplate, std::initializer_list<Param> params = {});

    [[nodiscard]] HttpMethod method() const { return m_method; }
    [[nodiscard]] const QString &pathTemplate() const { return m_template; }
    [[nodiscard]] QString param(const QString &name) const;

    /// The template with every {name} replaced by its percent-encoded value.
    [[nodiscard]] QString path() const;
    /// The path with interaction/webhook tokens replaced by "<token>", for logs.
    [[nodiscard]] QString loggablePath() const;
    /// "POST /channels/{channel_id}/messages": the rate-limit route key and the metrics label.
    [[nodiscard]] QString routeKey() const;
    /// The top-level ids that split a bucket: channel_id, guild_id, webhook_id(+token), interaction
    /// id.
    [[nodiscard]] QString majorParameters() const;
    /// Interaction callbacks, @original and followups: exempt from the global limit (spec §2.6,
    /// §4.4).
    [[nodiscard]] bool isInteractionRoute() const;

private:
    HttpMethod m_method = HttpMethod::Get;
    QString m_template;
    QList<Param> m_params;
};

} // namespace ballsdex::discord

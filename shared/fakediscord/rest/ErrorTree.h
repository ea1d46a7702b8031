// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"

#include <QJsonObject>
#include <QString>

namespace ballsdex::fakediscord {

/// Collects field errors by path ("embeds.0.title") and renders Discord's nested 50035 body:
/// {"code":50035,"message":"Invalid Form
/// Body","errors":{"embeds":{"0":{"title":{"_errors":[…]}}}}}.
class ErrorTree final
{
public:
    void add(const QString &path, const QString &code, const QString &message);
    /// "Must be N or fewer in length." (BASE_TYPE_MAX_LENGTH)
    void tooLong(const QString &path, int max);
    /// "Must be between min and max in length." (BASE_TYPE_BAD_LENGTH)
    void badLength(const QString &path, int min, int max);
    void required(const QString &path);

    [[nodiscard]] bool isEmpty() const { return m_errors.isEmpty(); }
    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] QJsonObject errors() const { return m_errors; }
    [[nodiscard]] HttpResponse response() const;

private:
    QJsonObject m_errors;
    int m_count = 0;
};

/// {code, message} with the given HTTP status.
[[nodiscard]] HttpResponse discordError(int status, int code, const QString &message);

} // namespace ballsdex::fakediscord

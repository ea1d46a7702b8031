// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace ballsdex::util {

/// The source of "now" for everything that depends on time, so tests can use a fake one.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace ballsdex::util

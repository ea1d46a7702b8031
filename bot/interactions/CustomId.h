// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ballsdex::interactions {

/// custom_id = "<prefix>:<arg>:<arg>..."; ':' and '%' inside args are percent-escaped.
/// The prefix routes the interaction to its handler; the whole id is at most 100 characters.
struct CustomId
{
    static constexpr int MaxLength = 100;

    QString prefix;
    QStringList args;

    [[nodiscard]] QString arg(qsizetype index) const { return args.value(index); }

    /// Fails (with a reason) when the prefix is empty or holds ':'/'%', or the id is too long.
    [[nodiscard]] static Result<QString, QString> encode(const QString &prefix,
                                                         const QStringList &args = {});
    /// Any non-empty text decodes; malformed escapes are kept literally.
    [[nodiscard]] static std::optional<CustomId> decode(const QString &customId);

    friend bool operator==(const CustomId &, const CustomId &) = default;
};

} // namespace ballsdex::interactions

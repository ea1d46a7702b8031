// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ballsdex::interactions {

/// A command declaration Discord would refuse (or the framework cannot route).
struct CommandSpecError
{
    enum class Kind {
        BadName,
        BadDescription,
        BadLocalization,
        TooManyOptions,
        BadNesting,
        DuplicateName,
        RequiredAfterOptional,
        BadChoices,
        BadBounds,
        MisplacedSetting,
        MissingHandler,
        TooLarge,
        TooManyCommands,
    };

    Kind kind = Kind::BadName;
    QString path; ///< "balls list amount"
    QString detail;

    [[nodiscard]] QString toString() const { return path + QStringLiteral(": ") + detail; }
};

/// Discord's rule for CHAT_INPUT command and option names (§3.2), lowercase included.
[[nodiscard]] bool isValidCommandName(const QString &name);

} // namespace ballsdex::interactions

// SPDX-License-Identifier: MIT
#pragma once

#include "Interaction.h"
#include "util/Result.h"

#include <QJsonObject>

namespace ballsdex::interactions {

/// The envelope (id, token, type, invoker) is unusable: nothing can be answered.
struct InteractionParseError
{
    QString detail;
};

/// Parses the `d` of INTERACTION_CREATE. Fails only when the envelope is unusable; problems in
/// `data` (mistyped options, a malformed modal) are reported in Interaction::dataError.
[[nodiscard]] Result<Interaction, InteractionParseError> parseInteraction(const QJsonObject &json);

/// Parses a Discord permission string; bits beyond 64 are dropped (only low bits are checked).
[[nodiscard]] std::optional<quint64> parsePermissions(const QJsonValue &value);

[[nodiscard]] ResolvedData parseResolved(const QJsonObject &resolved);

} // namespace ballsdex::interactions

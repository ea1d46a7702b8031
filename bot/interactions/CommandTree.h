// SPDX-License-Identifier: MIT
#pragma once

#include "CommandSpec.h"
#include "util/Result.h"

#include <QJsonArray>

#include <vector>

namespace ballsdex::interactions {

/// Every slash command of the bot. Features add() their commands; the tree rejects anything
/// Discord would refuse, so the bulk-overwrite JSON is always valid.
class CommandTree final
{
public:
    static constexpr int MaxCommandsPerScope = 100;

    /// Validates the command (names, sizes, nesting, handlers) and unique top-level names.
    Result<void, CommandSpecError> add(CommandSpec command);

    [[nodiscard]] const std::vector<CommandSpec> &commands() const { return m_commands; }
    [[nodiscard]] const CommandSpec *command(const QString &name) const;
    /// The invokable node for {"command", "group", "sub"}; nullptr when unknown or not a leaf.
    [[nodiscard]] const CommandSpec *leaf(const QStringList &path) const;

    /// The body of PUT /applications/{app}[/guilds/{guild}]/commands for that scope.
    [[nodiscard]] QJsonArray toJson(CommandScope scope) const;
    /// Hex SHA-256 of the canonical JSON of a scope: equal hashes mean nothing to sync.
    [[nodiscard]] QString hash(CommandScope scope) const;

private:
    std::vector<CommandSpec> m_commands;
};

} // namespace ballsdex::interactions

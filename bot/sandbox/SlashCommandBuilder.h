// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxWorld.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace ballsdex::sandbox {

/// Builds the `data` of an APPLICATION_COMMAND interaction from what a person typed, typed
/// against the commands the bot registered (as Discord's client would): `words` is
/// {"balls", "give", "user:Bob", "countryball:France"}. Subcommand groups and subcommands are
/// words; parameters are key:value (or key=value) or positional in declaration order. Users and
/// channels are named as in the sandbox world and land in `resolved`. Errors are one-line texts.
[[nodiscard]] Result<QJsonObject, QString> buildSlashCommandData(const QJsonArray &commands,
                                                                 const QStringList &words,
                                                                 const SandboxWorld &world);

/// One line per runnable command path with its parameters: "/balls give user:<user>
/// [special:<string>]".
[[nodiscard]] QStringList describeCommands(const QJsonArray &commands);

/// The chat-input command names, sorted.
[[nodiscard]] QStringList commandNames(const QJsonArray &commands);

} // namespace ballsdex::sandbox

// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ballsdex::sandbox {

/// Exit statuses of ballsdex-sandbox.
enum SandboxExit : int {
    SandboxExitOk = 0, ///< the person (or the script) quit
    SandboxExitBotFailed = 1, ///< the bot could not start, stopped on its own or never connected
    SandboxExitUsage = 2, ///< bad arguments, or the fakes / folders could not be set up
};

struct SandboxOptions
{
    QString botPath; ///< empty = locate next to the sandbox or on PATH
    QString configPath; ///< passed to the bot as --config when set
    QStringList botArguments; ///< after "--"
    QString filesDirectory = QStringLiteral("data/sandbox-files");
    QString logPath = QStringLiteral("data/sandbox-bot.log");
    QString startAs; ///< user to start as (default: the first)
    QString startIn; ///< channel to start in (default: #general)
    int waitTimeoutSeconds = 15; ///< default of /wait
    int readyTimeoutSeconds = 90; ///< the bot's start (migrations included) must finish by then
    bool verbose = false; ///< show the bot's log lines in the terminal
    std::optional<bool> scripted; ///< unset = scripted when stdin is not a terminal
    bool colour = true;
    bool help = false;
};

/// Parses `ballsdex-sandbox [options] [-- bot arguments]`; the error is a one-line message.
[[nodiscard]] Result<SandboxOptions, QString> parseSandboxArguments(const QStringList &arguments);
[[nodiscard]] QString sandboxUsage();

} // namespace ballsdex::sandbox

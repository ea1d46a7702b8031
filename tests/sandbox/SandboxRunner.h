// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs ballsdex-sandbox with `script` on its stdin (then end of input) and waits for it.
struct SandboxRun
{
    int exitCode = -1;
    bool finished = false;
    QString output; ///< stdout and stderr

    [[nodiscard]] bool has(const QString &text) const { return output.contains(text); }
    /// Whether `first` is printed before `second` (both present).
    [[nodiscard]] bool inOrder(const QString &first, const QString &second) const
    {
        const qsizetype a = output.indexOf(first);
        return a >= 0 && output.indexOf(second, a + first.size()) >= 0;
    }
};

inline SandboxRun runSandbox(const QString &executable, const QStringList &arguments,
                             const QString &script, const QProcessEnvironment &environment,
                             const QString &workingDirectory, int timeoutMs = 120'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(executable, arguments);
    SandboxRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace ballsdex::sandbox {

/// The real ballsdex-bot as a child process: its output (stdout and stderr merged) goes line by
/// line to a log file, optionally to the terminal, and the last lines are kept for reports.
class BotProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotProcess)

public:
    explicit BotProcess(QObject *parent = nullptr);
    ~BotProcess() override;

    /// Opens (truncates) the log file; false with a message when it cannot.
    bool openLog(const QString &path, QString *error);
    void start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment);
    /// SIGTERM, then SIGKILL after `killAfterMs`; stopped() follows.
    void stop(int killAfterMs = 10'000);

    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    [[nodiscard]] bool stopRequested() const { return m_stopRequested; }
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    [[nodiscard]] QStringList lastLines() const { return m_lastLines; }
    /// "exited with status 1", "was killed by a signal", "could not be started: ..."
    [[nodiscard]] QString exitDescription() const { return m_exitDescription; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] bool crashed() const { return m_crashed; }

    /// Resolves the bot executable: `explicitPath` if given, else next to `applicationDir`
    /// (same dir, .., ../bot), else on PATH. Empty when not found.
    [[nodiscard]] static QString locate(const QString &explicitPath, const QString &applicationDir);

Q_SIGNALS:
    void lineLogged(const QString &line);
    /// The process ended (or could not start); see exitDescription().
    void stopped();

private:
    void readOutput();
    void finish(const QString &description);

    QProcess m_process;
    QFile m_log;
    QByteArray m_partial;
    QStringList m_lastLines;
    QString m_exitDescription;
    int m_exitCode = -1;
    bool m_crashed = false;
    bool m_stopRequested = false;
    bool m_finished = false;
};

} // namespace ballsdex::sandbox

// SPDX-License-Identifier: MIT
#include "BotProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace ballsdex::sandbox {

namespace {
constexpr int KeptLines = 30;
}

BotProcess::BotProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &BotProcess::readOutput);
    connect(&m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                readOutput();
                m_exitCode = exitCode;
                m_crashed = status == QProcess::CrashExit;
                finish(m_crashed ? QStringLiteral("was killed by a signal (crash or kill)")
                                 : QStringLiteral("exited with status %1").arg(exitCode));
            });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(QStringLiteral("could not be started: ") + m_process.errorString());
    });
}

BotProcess::~BotProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool BotProcess::openLog(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_log.setFileName(path);
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = m_log.errorString();
        return false;
    }
    return true;
}

void BotProcess::start(const QString &program, const QStringList &arguments,
                       const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.start(program, arguments, QIODevice::ReadOnly);
}

void BotProcess::stop(int killAfterMs)
{
    m_stopRequested = true;
    if (m_process.state() == QProcess::NotRunning) {
        if (!m_finished)
            finish(QStringLiteral("was not running"));
        return;
    }
    m_process.terminate();
    QTimer::singleShot(killAfterMs, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

QString BotProcess::locate(const QString &explicitPath, const QString &applicationDir)
{
    if (!explicitPath.isEmpty()) {
        const QFileInfo info(explicitPath);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QDir dir(applicationDir);
    for (const QString &candidate :
         {QStringLiteral("ballsdex-bot"), QStringLiteral("../ballsdex-bot"),
          QStringLiteral("../bot/ballsdex-bot")}) {
        const QFileInfo info(dir.filePath(candidate));
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("ballsdex-bot"));
}

void BotProcess::readOutput()
{
    m_partial += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(newline)).trimmed();
        m_partial.remove(0, newline + 1);
        if (m_log.isOpen()) {
            m_log.write(line.toUtf8() + '\n');
            m_log.flush();
        }
        m_lastLines.append(line);
        if (m_lastLines.size() > KeptLines)
            m_lastLines.removeFirst();
        Q_EMIT lineLogged(line);
    }
}

void BotProcess::finish(const QString &description)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_partial.isEmpty()) {
        m_partial += '\n';
        readOutput();
    }
    m_exitDescription = description;
    Q_EMIT stopped();
}

} // namespace ballsdex::sandbox

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace ballsdex::sandbox {

/// Reads lines from a file descriptor (stdin) without blocking the event loop.
class TerminalInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalInput)

public:
    explicit TerminalInput(int fd = 0, QObject *parent = nullptr);
    ~TerminalInput() override;

    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] static bool isTerminal(int fd);

Q_SIGNALS:
    void lineRead(const QString &line);
    void endOfInput();

private:
    void readAvailable();

    int m_fd;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    bool m_atEnd = false;
};

} // namespace ballsdex::sandbox

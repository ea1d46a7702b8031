// SPDX-License-Identifier: MIT
#include "TerminalInput.h"

#include <cerrno>
#include <unistd.h>

namespace ballsdex::sandbox {

TerminalInput::TerminalInput(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_notifier(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read))
{
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminalInput::readAvailable);
}

TerminalInput::~TerminalInput() = default;

bool TerminalInput::isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

void TerminalInput::readAvailable()
{
    char chunk[4096];
    const ssize_t count = ::read(m_fd, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) {
        m_notifier->setEnabled(false);
        if (!m_buffer.isEmpty()) {
            const QString last = QString::fromUtf8(m_buffer);
            m_buffer.clear();
            Q_EMIT lineRead(last);
        }
        m_atEnd = true;
        Q_EMIT endOfInput();
        return;
    }
    m_buffer.append(chunk, count);
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(QString::fromUtf8(line));
    }
}

} // namespace ballsdex::sandbox

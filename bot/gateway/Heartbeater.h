// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ballsdex::gateway {

/// Heartbeat schedule of one connection (§1.8): first beat after interval x jitter, then every
/// interval; a beat that comes due while the previous one is unacknowledged means a zombie link.
class Heartbeater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeater)

public:
    explicit Heartbeater(QObject *parent = nullptr);

    void start(int intervalMs, double jitter01);
    void stop();
    /// An op 11 arrived.
    void acknowledge();

    [[nodiscard]] bool isRunning() const { return m_first.isActive() || m_periodic.isActive(); }
    [[nodiscard]] bool isAckPending() const { return m_ackPending; }
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }
    /// Round trip of the last acknowledged beat, -1 before the first ACK.
    [[nodiscard]] qint64 latencyMs() const { return m_latencyMs; }

Q_SIGNALS:
    void beatDue();
    void zombieDetected();

private:
    void onTimer();

    QTimer m_first;
    QTimer m_periodic;
    QElapsedTimer m_sentAt;
    qint64 m_latencyMs = -1;
    int m_intervalMs = 0;
    bool m_ackPending = false;
};

} // namespace ballsdex::gateway

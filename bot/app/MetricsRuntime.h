// SPDX-License-Identifier: MIT
#pragma once

#include "config/Settings.h"
#include "metrics/BotMetrics.h"
#include "metrics/EventLoopProbe.h"
#include "metrics/MetricsServer.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace ballsdex::storage {
class Database;
}

namespace ballsdex::bot {

/// The metrics of one bot run: the families, the endpoint (when prometheus.enabled), the
/// event-loop probe and a periodic sampler for gauges read from the event-loop thread.
class MetricsRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsRuntime)

public:
    explicit MetricsRuntime(config::PrometheusSettings settings, QObject *parent = nullptr);
    ~MetricsRuntime() override;

    /// Starts the endpoint when enabled. False only when it cannot listen and
    /// prometheus.required is set (the error is logged either way).
    bool start();
    /// Records transaction timings and samples the pool.
    void observe(storage::Database &database);
    /// Called on the event loop every few seconds (and before each sample of the pool).
    void addSampler(std::function<void(metrics::BotMetrics &)> sampler);

    [[nodiscard]] metrics::BotMetrics &metrics() { return m_metrics; }
    /// The bound port (0 when the endpoint is off).
    [[nodiscard]] int port() const { return m_port; }

private:
    void sample();

    config::PrometheusSettings m_settings;
    metrics::BotMetrics m_metrics;
    metrics::MetricsServer m_server;
    metrics::EventLoopProbe m_probe;
    QTimer m_sampleTimer;
    QList<std::function<void(metrics::BotMetrics &)>> m_samplers;
    int m_port = 0;
};

} // namespace ballsdex::bot

// SPDX-License-Identifier: MIT
#include "app/MetricsRuntime.h"

#include "storage/ConnectionPool.h"
#include "storage/Database.h"
#include "util/Logging.h"

namespace ballsdex::bot {

using namespace std::chrono_literals;

MetricsRuntime::MetricsRuntime(config::PrometheusSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_probe(m_metrics, 1s)
{
    m_sampleTimer.setInterval(5s);
    connect(&m_sampleTimer, &QTimer::timeout, this, &MetricsRuntime::sample);
}

MetricsRuntime::~MetricsRuntime() = default;

bool MetricsRuntime::start()
{
    if (!m_settings.enabled)
        return true;
    const auto port = m_server.start(m_settings.host, m_settings.port, m_metrics.registry());
    if (!port) {
        if (m_settings.required) {
            qCCritical(lcBot).noquote()
                << "Metrics:" << port.error() << "(prometheus.required is set, so the bot stops)";
            return false;
        }
        qCCritical(lcBot).noquote()
            << "Metrics:" << port.error()
            << "- running on without metrics (set prometheus.required to refuse instead)";
        return true;
    }
    m_port = *port;
    qCInfo(lcBot).noquote()
        << QStringLiteral("Metrics at http://%1:%2/metrics").arg(m_settings.host).arg(m_port);
    m_probe.start();
    m_sampleTimer.start();
    return true;
}

void MetricsRuntime::observe(storage::Database &database)
{
    database.setObserver([this](const storage::TransactionReport &report) {
        m_metrics.observeTransaction(report.duration, !report.failure.has_value());
    });
    addSampler([&database](metrics::BotMetrics &metrics) {
        const storage::ConnectionPool &pool = database.pool();
        metrics.setPool(pool.openCount(), pool.idleCount(), pool.capacity());
    });
}

void MetricsRuntime::addSampler(std::function<void(metrics::BotMetrics &)> sampler)
{
    m_samplers.append(std::move(sampler));
}

void MetricsRuntime::sample()
{
    for (const auto &sampler : std::as_const(m_samplers))
        sampler(m_metrics);
}

} // namespace ballsdex::bot

// SPDX-License-Identifier: MIT
#include "metrics/MetricsServer.h"

#include <prometheus/exposer.h>
#include <prometheus/registry.h>

#include <exception>

namespace ballsdex::bot::metrics {

MetricsServer::MetricsServer() = default;

MetricsServer::~MetricsServer() = default;

Result<int, QString> MetricsServer::start(const QString &host, int port,
                                          std::shared_ptr<prometheus::Registry> registry)
{
    stop();
    const bool ipv6 = host.contains(QLatin1Char(':'));
    const QString address = (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host)
        + QLatin1Char(':') + QString::number(port);
    try {
        auto exposer = std::make_unique<prometheus::Exposer>(address.toStdString());
        exposer->RegisterCollectable(registry);
        const std::vector<int> ports = exposer->GetListeningPorts();
        if (ports.empty())
            return fail(QStringLiteral("the metrics server is not listening on %1").arg(address));
        m_exposer = std::move(exposer);
        return ports.front();
    } catch (const std::exception &) {
        // civetweb only says "null context"; the usual cause is a port in use or a bad address.
        return fail(QStringLiteral("cannot listen on %1 for metrics (port in use or address not "
                                   "available); change prometheus.host/port")
                        .arg(address));
    }
}

void MetricsServer::stop()
{
    m_exposer.reset();
}

} // namespace ballsdex::bot::metrics

// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

namespace prometheus {
class Exposer;
class Registry;
} // namespace prometheus

namespace ballsdex::bot::metrics {

/// The HTTP endpoint Prometheus scrapes (GET /metrics), served by prometheus-cpp's own thread.
class MetricsServer final
{
public:
    MetricsServer();
    ~MetricsServer();
    MetricsServer(const MetricsServer &) = delete;
    MetricsServer &operator=(const MetricsServer &) = delete;

    /// Listens on host:port (port 0: any free port) and serves `registry`. Returns the bound
    /// port, or a message naming the address when it cannot listen (e.g. the port is taken).
    Result<int, QString> start(const QString &host, int port,
                               std::shared_ptr<prometheus::Registry> registry);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_exposer != nullptr; }

private:
    std::unique_ptr<prometheus::Exposer> m_exposer;
};

} // namespace ballsdex::bot::metrics

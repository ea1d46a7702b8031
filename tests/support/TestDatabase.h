// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ballsdex::testing {

/// A fresh, empty PostgreSQL database on the test cluster, dropped when the object dies.
/// The cluster itself is started once per ctest run by the "postgres" fixture.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// Whether the cluster is reachable; tests QSKIP when it is not (e.g. run by hand without
    /// ctest).
    [[nodiscard]] bool isAvailable() const { return m_available; }
    [[nodiscard]] QString name() const { return m_name; }
    /// A postgresql:// URL for this database, as users write it in config.yml.
    [[nodiscard]] QString url() const;
    /// The same as a libpq keyword/value string.
    [[nodiscard]] QString conninfo() const;
    /// The cluster's socket directory and port.
    [[nodiscard]] static QString socketDirectory();
    [[nodiscard]] static int port();

    /// Stops the cluster (simulated outage) and starts it again; both block until done.
    static bool stopServer();
    static bool startServer();

private:
    bool m_available = false;
    QString m_name;
};

} // namespace ballsdex::testing

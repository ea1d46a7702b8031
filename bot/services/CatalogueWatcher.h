// SPDX-License-Identifier: MIT
#pragma once

#include "storage/NotificationListener.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace ballsdex::bot::services {

/// Says when the catalogue changed in the database (an artist saved in Studio, SQL by hand): it
/// LISTENs on "ballsdex_catalogue" (migration 0010) and folds a burst of changes into one
/// changed() after a short quiet time. A reconnect counts as a change, since notifications sent
/// while the connection was down are lost.
class CatalogueWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueWatcher)

public:
    static constexpr const char *Channel = "ballsdex_catalogue";

    explicit CatalogueWatcher(QString conninfo,
                              std::chrono::milliseconds quietTime = std::chrono::seconds(1),
                              QObject *parent = nullptr);
    ~CatalogueWatcher() override;

    void start();
    [[nodiscard]] storage::NotificationListener &listener() { return *m_listener; }

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<storage::NotificationListener> m_listener;
    QTimer m_quiet;
};

} // namespace ballsdex::bot::services

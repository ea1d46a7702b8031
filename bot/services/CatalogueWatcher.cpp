// SPDX-License-Identifier: MIT
#include "services/CatalogueWatcher.h"

namespace ballsdex::bot::services {

namespace {

storage::NotificationListener::Options listenOptions(QString conninfo)
{
    storage::NotificationListener::Options options;
    options.conninfo = std::move(conninfo);
    options.channel = QString::fromLatin1(CatalogueWatcher::Channel);
    return options;
}

} // namespace

CatalogueWatcher::CatalogueWatcher(QString conninfo, std::chrono::milliseconds quietTime,
                                   QObject *parent)
    : QObject(parent)
    , m_listener(
          std::make_unique<storage::NotificationListener>(listenOptions(std::move(conninfo))))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietTime);
    connect(&m_quiet, &QTimer::timeout, this, &CatalogueWatcher::changed);
    // Each notification restarts the quiet time: a batch of edits is read once.
    connect(m_listener.get(), &storage::NotificationListener::notified, this,
            [this] { m_quiet.start(); });
    connect(m_listener.get(), &storage::NotificationListener::resynchronise, this,
            [this] { m_quiet.start(); });
}

CatalogueWatcher::~CatalogueWatcher()
{
    m_listener->stop();
}

void CatalogueWatcher::start()
{
    m_listener->start();
}

} // namespace ballsdex::bot::services

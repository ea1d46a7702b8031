// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace ballsdex::studio {

/// Calls done(result) on owner's thread once future finishes; never after owner is destroyed
/// (the watcher is owner's child, so it dies with it).
template<typename T, typename F> void whenReady(QObject *owner, QFuture<T> future, F done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace ballsdex::studio
